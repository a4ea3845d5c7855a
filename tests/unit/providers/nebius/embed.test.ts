// Nebius's embeddings over loopback: OpenAI-shaped /v1/embeddings. Qwen3-Embedding-8B is asked for 512
// dimensions and returns them; a model that ignores `dimensions` (bge-multilingual-gemma2, 3,584) is
// projected to 512 on our side; more than 64 texts go in several requests.
import { afterEach, describe, expect, it } from 'vitest';
import { startNebiusHarness, type NebiusHarness } from '../../practice/nebius/harness';
import { adapterFor } from './helpers';

let h: NebiusHarness;
afterEach(async () => h?.close());

const texts = (n: number) => Array.from({ length: n }, (_, i) => `FAQ ${i}: we open at ${8 + (i % 4)} am`);
const norm = (v: Float32Array) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('Nebius embed', () => {
  it('embeds 130 passages in requests of 64, 64 and 2 at 512 dimensions', async () => {
    h = await startNebiusHarness();
    h.service.faults.resetLog();
    const result = await adapterFor(h).embed(texts(130), {
      model: 'Qwen/Qwen3-Embedding-8B',
      dimensions: 512,
    });
    expect(h.service.faults.count('POST /v1/embeddings')).toBe(3);
    expect(result.vectors).toHaveLength(130);
    for (const v of result.vectors) expect(v).toHaveLength(512);
    expect(result.tokens).toBeGreaterThan(130);
  });

  it('fits a model that returns its own length to the 512 asked for', async () => {
    h = await startNebiusHarness();
    const raw = await h.client.embeddings.create({
      model: 'BAAI/bge-multilingual-gemma2',
      input: ['hello'],
      dimensions: 512,
      encoding_format: 'float',
    });
    expect(raw.data[0]!.embedding).toHaveLength(3584);
    const fitted = await adapterFor(h).embed(['hello', 'hello there'], {
      model: 'BAAI/bge-multilingual-gemma2',
      dimensions: 512,
    });
    for (const v of fitted.vectors) {
      expect(v).toHaveLength(512);
      expect(norm(v)).toBeCloseTo(1, 4);
    }
  });

  it('answers 422-style errors for a bad body and 404 for an unknown model', async () => {
    h = await startNebiusHarness();
    const bad = await h.call('POST', '/v1/embeddings', { model: 'Qwen/Qwen3-Embedding-8B' });
    expect(bad.status).toBe(422);
    await expect(adapterFor(h).embed(['a'], { model: 'nope/none' })).rejects.toMatchObject({
      ipcError: { code: 'model_not_found' },
    });
  });
});
