// Together's embeddings over loopback: /v1/embeddings with no `dimensions` sent (its models take none);
// bge-large's 1,024-long vectors are projected to the 512 asked for, the same way every time, and more than
// 100 texts go in several requests.
import { afterEach, describe, expect, it } from 'vitest';
import { startTogetherHarness, type TogetherHarness } from '../../practice/together/harness';
import { adapterFor } from './helpers';

let h: TogetherHarness;
afterEach(async () => h?.close());

const texts = (n: number) =>
  Array.from({ length: n }, (_, i) => `Menu item ${i}: green tea latte, size ${i % 3}`);

describe('Together embed', () => {
  it('embeds 205 passages in requests of 100, 100 and 5, fitted to 512 dimensions', async () => {
    h = await startTogetherHarness();
    h.service.faults.resetLog();
    const adapter = adapterFor(h);
    const result = await adapter.embed(texts(205), { model: 'BAAI/bge-large-en-v1.5', dimensions: 512 });
    expect(h.service.faults.count('POST /v1/embeddings')).toBe(3);
    expect(result.vectors).toHaveLength(205);
    for (const v of result.vectors) expect(v).toHaveLength(512);
    expect(result.tokens).toBeGreaterThan(205);
    const again = await adapter.embed([texts(205)[150]!], {
      model: 'BAAI/bge-large-en-v1.5',
      dimensions: 512,
    });
    expect(Array.from(again.vectors[0]!)).toEqual(Array.from(result.vectors[150]!));
  });

  it('returns the native length when no length is asked for, and the service refuses 101 rows', async () => {
    h = await startTogetherHarness();
    const result = await adapterFor(h).embed(['a cup of tea'], { model: 'BAAI/bge-large-en-v1.5' });
    expect(result.vectors[0]).toHaveLength(1024);
    const refused = await h.call('POST', '/v1/embeddings', {
      model: 'BAAI/bge-large-en-v1.5',
      input: texts(101),
    });
    expect(refused.status).toBe(400);
  });
});
