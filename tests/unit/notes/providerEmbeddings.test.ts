// Notes with each provider's own embeddings (issue 16 §2): Alibaba, Nebius and Together through their
// adapters over loopback against their practice services. The quote comes before any call (tokens counted
// with the model's tokenizer, the catalog price with its date, or "no price" where none was confirmed),
// embedding runs in batches within the provider's limit, and search over the 512-long vectors finds the
// passage that answers, whether the model returned 512 (asked) or another length (fitted).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotesService, type NotesEmbedder } from '../../../electron/main/services/notes/NotesService';
import type { ProviderId } from '../../../shared/domain/providers/ids';
import { adapterFor as alibabaAdapter } from '../providers/alibaba/helpers';
import { adapterFor as nebiusAdapter } from '../providers/nebius/helpers';
import { adapterFor as togetherAdapter } from '../providers/together/helpers';
import { startAlibabaHarness } from '../practice/alibaba/harness';
import { startNebiusHarness } from '../practice/nebius/harness';
import { startTogetherHarness } from '../practice/together/harness';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/notes', name);

let dir: string;
let close: (() => Promise<void>) | null = null;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-notes-providers-'));
});
afterEach(async () => {
  await close?.();
  close = null;
  await fs.rm(dir, { recursive: true, force: true });
});

type Embed = NotesEmbedder['embed'];

async function connect(provider: ProviderId): Promise<Embed> {
  if (provider === 'alibaba') {
    const h = await startAlibabaHarness();
    close = () => h.close();
    const a = alibabaAdapter(h);
    return (texts, request, options) => a.embed(texts, request, options);
  }
  if (provider === 'nebius') {
    const h = await startNebiusHarness();
    close = () => h.close();
    const a = nebiusAdapter(h);
    return (texts, request, options) => a.embed(texts, request, options);
  }
  const h = await startTogetherHarness();
  close = () => h.close();
  const a = togetherAdapter(h);
  return (texts, request, options) => a.embed(texts, request, options);
}

const CASES = [
  { provider: 'alibaba', model: 'text-embedding-v4', per1M: 0.07, batch: 10 },
  { provider: 'nebius', model: 'Qwen/Qwen3-Embedding-8B', per1M: null, batch: 64 },
  { provider: 'together', model: 'BAAI/bge-large-en-v1.5', per1M: null, batch: 64 },
] as const;

describe.each(CASES)('notes with $provider embeddings', ({ provider, model, per1M, batch }) => {
  it('quotes before any call, embeds within the batch limit and finds the answering passage', async () => {
    const embed = await connect(provider);
    const sizes: number[] = [];
    const notes = new NotesService({
      projectDir: (id) => path.join(dir, id),
      examplesOf: async () => [],
      embedder: () => ({
        provider,
        embed: (texts, request, options) => {
          sizes.push(texts.length);
          expect(request).toEqual({ model, dimensions: 512 });
          return embed(texts, request, options);
        },
      }),
      now: () => new Date('2026-12-05T10:00:00Z'),
    });
    const { id } = await notes.create('p1', 'Shop facts');
    await notes.addFiles('p1', id, [fixture('price-list.docx'), fixture('faq.pdf'), fixture('kettle.md')]);

    const quote = await notes.quote('p1', id);
    expect(sizes).toEqual([]);
    expect(quote).toMatchObject({ provider, model, toEmbed: 7, alreadyEmbedded: 0, per1M, free: false });
    expect(quote.tokens).toBeGreaterThan(0);
    expect(quote.checkedOn).toBe('2026-12-05');
    if (per1M === null) expect(quote.cost).toBeNull();
    else expect(quote.cost).toBeCloseTo((quote.tokens / 1_000_000) * per1M, 12);

    const outcome = await notes.embed('p1', id);
    expect(outcome).toMatchObject({ embedded: 7, cancelled: false });
    // Alibaba's practice service bills with Qwen's tokenizer, as Model Studio does: the quote counted the
    // same way matches the bill (OpenAI's cl100k count of these Chinese passages is 279, not 232).
    if (provider === 'alibaba') expect(outcome.tokens).toBe(quote.tokens);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(batch);

    const { hits } = await notes.search('p1', id, '退貨請在幾天內聯絡？', 1);
    expect(hits[0]).toMatchObject({
      sourceName: 'faq.pdf',
      text: '退貨請在七天內聯絡我們。運費由本店負擔。',
    });
  });
});
