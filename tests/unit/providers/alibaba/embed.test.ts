// Alibaba's embeddings over loopback: DashScope's compatible-mode /embeddings in the account's region, at
// most 10 rows a request (more are split), `dimensions: 512` asked of text-embedding-v4 (so nothing is
// fitted on our side), float vectors, billed tokens summed; the practice service refuses an 11-row request.
import { afterEach, describe, expect, it } from 'vitest';
import { startAlibabaHarness, type AlibabaHarness } from '../../practice/alibaba/harness';
import { adapterFor } from './helpers';

let h: AlibabaHarness;
afterEach(async () => h?.close());

const texts = (n: number) =>
  Array.from({ length: n }, (_, i) => `Price list line ${i}: oolong tea ${40 + i} dollars`);

describe('Alibaba embed', () => {
  it('embeds 23 passages in requests of 10, 10 and 3 at 512 dimensions', async () => {
    h = await startAlibabaHarness();
    const adapter = adapterFor(h);
    h.service.faults.resetLog();
    const result = await adapter.embed(texts(23), { model: 'text-embedding-v4', dimensions: 512 });
    expect(h.service.faults.count('POST /compatible-mode/v1/embeddings')).toBe(3);
    expect(result.vectors).toHaveLength(23);
    for (const v of result.vectors) expect(v).toHaveLength(512);
    expect(result.tokens).toBeGreaterThan(23);
    // Same text, same vector: the order was kept across requests.
    const again = await adapter.embed([texts(23)[17]!], { model: 'text-embedding-v4', dimensions: 512 });
    expect(Array.from(again.vectors[0]!)).toEqual(Array.from(result.vectors[17]!));
  });

  it('is refused by the service above 10 rows and for a length the model does not offer', async () => {
    h = await startAlibabaHarness();
    const sdk = h.compat();
    await expect(
      sdk.embeddings.create({ model: 'text-embedding-v4', input: texts(11), encoding_format: 'float' }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      sdk.embeddings.create({
        model: 'text-embedding-v4',
        input: ['a'],
        dimensions: 500,
        encoding_format: 'float',
      }),
    ).rejects.toMatchObject({ status: 400 });
    const ok = await sdk.embeddings.create({
      model: 'text-embedding-v3',
      input: ['a'],
      encoding_format: 'float',
    });
    expect(ok.data[0]!.embedding).toHaveLength(1024);
  });

  it('names an unknown embeddings model as model_not_found', async () => {
    h = await startAlibabaHarness();
    await expect(adapterFor(h).embed(['a'], { model: 'text-embedding-v9' })).rejects.toMatchObject({
      ipcError: { code: 'model_not_found' },
    });
  });
});
