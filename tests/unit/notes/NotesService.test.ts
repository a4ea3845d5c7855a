// NotesService against the practice service's /v1/embeddings through the real OpenAI adapter: the quote
// before embedding (tokens, price, date), batched embedding with progress, cancel keeping what was paid
// for, a resumed run that embeds only the rest, re-embedding only changed passages, and search that
// finds the passage answering a question with its source.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createPracticeService,
  DEFAULT_PRACTICE_KEY,
  PRACTICE_BASE_URL,
  type PracticeService,
} from '../../../electron/main/services/practice';
import { OpenAIProvider } from '../../../electron/main/services/providers';
import { NotesService, type NotesEmbedder } from '../../../electron/main/services/notes/NotesService';
import { countTextTokens } from '../../../shared/domain/tokens';

const fixture = (name: string) => path.resolve(import.meta.dirname, '../../fixtures/notes', name);

let dir: string;
let practice: PracticeService;
let calls: number[];

function service(embedder: NotesEmbedder | null = null) {
  const provider = new OpenAIProvider({
    id: 'practice',
    apiKey: DEFAULT_PRACTICE_KEY,
    baseURL: PRACTICE_BASE_URL,
    fetch: practice.fetch,
  });
  const counting: NotesEmbedder = {
    provider: 'practice',
    embed: async (texts, request, options) => {
      calls.push(texts.length);
      return provider.embed(texts, request, options);
    },
  };
  return new NotesService({
    projectDir: (id) => path.join(dir, id),
    examplesOf: async () => [
      {
        example: {
          messages: [
            { role: 'user', content: 'Hi' },
            { role: 'assistant', content: 'Hello!' },
          ],
        },
      },
    ],
    embedder: () => embedder ?? counting,
    now: () => new Date('2026-12-05T10:00:00Z'),
  });
}

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-notes-service-'));
  practice = createPracticeService({});
  calls = [];
});
afterEach(async () => {
  await practice.dispose();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('NotesService', () => {
  it('adds documents, reports the ones it cannot read, and quotes tokens and cost before embedding', async () => {
    const notes = service();
    const { id } = await notes.create('p1', 'Shop facts');
    const added = await notes.addFiles('p1', id, [
      fixture('price-list.docx'),
      fixture('scanned.pdf'),
      fixture('faq.pdf'),
    ]);
    expect(added.added.map((s) => [s.name, s.kind, s.passages])).toEqual([
      ['price-list.docx', 'docx', 2],
      ['faq.pdf', 'pdf', 2],
    ]);
    expect(added.problems).toEqual([{ code: 'pdf_no_text', file: 'scanned.pdf', params: { pages: 1 } }]);
    expect(calls).toEqual([]); // nothing is sent before the user accepts the quote

    const quote = await notes.quote('p1', id);
    const [listed] = await notes.list('p1');
    expect(listed?.passages).toBe(4);
    expect(quote).toMatchObject({
      provider: 'practice',
      model: 'text-embedding-3-small',
      toEmbed: 4,
      alreadyEmbedded: 0,
    });
    expect(quote.tokens).toBeGreaterThan(0);
    expect(quote.cost).toBeCloseTo((quote.tokens / 1_000_000) * 0.02, 12);
    expect([quote.per1M, quote.free, quote.checkedOn]).toEqual([0.02, true, '2026-12-05']);
  });

  it('embeds in batches with progress, bills the tokens the service reports, and finds the answering passage', async () => {
    const notes = service();
    const { id } = await notes.create('p1', 'Shop facts');
    await notes.addFiles('p1', id, [fixture('price-list.docx'), fixture('faq.pdf'), fixture('kettle.md')]);
    const quote = await notes.quote('p1', id);
    const progress: number[] = [];
    const outcome = await notes.embed('p1', id, (p) => progress.push(p.done));
    expect(outcome).toEqual({ embedded: 7, tokens: quote.tokens, cancelled: false });
    expect(progress).toEqual([0, 7]);
    expect((await notes.list('p1'))[0]?.embedded).toBe(7);
    expect((await notes.quote('p1', id)).toEmbed).toBe(0);

    const question = '退貨請在幾天內聯絡？';
    const { hits, tokens } = await notes.search('p1', id, question, 2);
    expect(tokens).toBe(countTextTokens(question, 'cl100k_base'));
    expect(hits[0]).toMatchObject({
      sourceName: 'faq.pdf',
      page: 2,
      text: '退貨請在七天內聯絡我們。運費由本店負擔。',
    });
    expect(hits).toHaveLength(2);
  });

  it('keeps the batches embedded before a cancel and embeds only the rest when resumed', async () => {
    const controller = new AbortController();
    const provider = new OpenAIProvider({
      id: 'practice',
      apiKey: DEFAULT_PRACTICE_KEY,
      baseURL: PRACTICE_BASE_URL,
      fetch: practice.fetch,
    });
    const stopping: NotesEmbedder = {
      provider: 'practice',
      embed: async (texts, request, options) => {
        calls.push(texts.length);
        const answer = await provider.embed(texts, request, options);
        if (calls.length === 2) controller.abort(); // the user presses Cancel during the second batch
        return answer;
      },
    };
    const notes = service(stopping);
    const { id } = await notes.create('p1', 'Examples');
    // 150 paragraphs in one text file: three batches of 64, 64 and 22 passages at most.
    const file = path.join(dir, 'many.txt');
    await fs.writeFile(
      file,
      Array.from({ length: 150 }, (_, i) =>
        `Fact number ${i}: the shelf ${i} holds ${i * 3} mugs.`.padEnd(590, '.'),
      ).join('\n\n'),
    );
    await notes.addFiles('p1', id, [file]);
    const first = await notes.embed('p1', id, undefined, controller.signal);
    expect(first).toMatchObject({ embedded: 128, cancelled: true });
    expect(calls).toEqual([64, 64]);

    // A new service (the app restarted) reads the vectors log and embeds only the 22 left.
    calls = [];
    const again = service();
    expect((await again.quote('p1', id)).toEmbed).toBe(22);
    expect(await again.embed('p1', id)).toMatchObject({ embedded: 22, cancelled: false });
    expect(calls).toEqual([22]);
  });

  it('re-embeds only the passages that changed when a document is replaced', async () => {
    const notes = service();
    const { id } = await notes.create('p1', 'Facts');
    const file = path.join(dir, 'hours.md');
    await fs.writeFile(file, '# Hours\n\nOpen 9 to 5.\n\n# Returns\n\nWithin 7 days.\n');
    const first = await notes.addFiles('p1', id, [file]);
    await notes.embed('p1', id);
    await notes.removeSource('p1', id, first.added[0]?.id as string);
    await fs.writeFile(file, '# Hours\n\nOpen 9 to 6.\n\n# Returns\n\nWithin 7 days.\n');
    await notes.addFiles('p1', id, [file]);
    calls = [];
    expect(await notes.quote('p1', id)).toMatchObject({ toEmbed: 1, alreadyEmbedded: 1 });
    await notes.embed('p1', id);
    expect(calls).toEqual([1]);
  });

  it('takes the project examples as a source and says when the provider has no embeddings', async () => {
    const notes = service();
    const { id } = await notes.create('p1', 'Facts');
    const result = await notes.addExamples('p1', id, 'Examples');
    expect(result.added.map((s) => [s.kind, s.passages])).toEqual([['examples', 1]]);
    const none = new NotesService({
      projectDir: (p) => path.join(dir, p),
      examplesOf: async () => [],
      embedder: () => null,
    });
    await expect(none.quote('p1', id)).rejects.toMatchObject({ ipcError: { code: 'not_supported' } });
  });
});
