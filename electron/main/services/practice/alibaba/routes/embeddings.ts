// POST /compatible-mode/v1/embeddings: DashScope's OpenAI-compatible embeddings (docs:
// text-embedding-synchronous-api, 2026-03). text-embedding-v4 and -v3, `dimensions` from each model's list,
// at most 10 rows a request, float vectors only (README lists what is guessed). Vectors come from the
// practice brain, so similar passages land close together and notes search is walkable with no key.
import { Hono } from 'hono';
import { z } from 'zod';
import { embed } from '../../brain';
import { requireGoodStanding } from '../accounts';
import { type AlibabaContext, type AlibabaEnv, readJsonBody } from '../context';
import { dashscopeErrors } from '../errors';
import { newRequestId } from '../format';

/** Allowed output lengths, the default first (Singapore table; v3 has the China page's longer list). */
export const ALIBABA_EMBEDDING_MODELS: Record<string, readonly number[]> = {
  'text-embedding-v4': [1024, 2048, 1536, 768, 512, 256, 128, 64],
  'text-embedding-v3': [1024, 768, 512, 256, 128, 64],
};
export const ALIBABA_EMBEDDING_BATCH = 10;

const Body = z.object({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string())]),
  dimensions: z.number().int().optional(),
  encoding_format: z.string().optional(),
});

export function compatEmbeddingRoutes(ctx: AlibabaContext) {
  const app = new Hono<AlibabaEnv>();
  app.post('/embeddings', async (c) => {
    const body = await readJsonBody(c, Body);
    const lengths = ALIBABA_EMBEDDING_MODELS[body.model];
    if (!lengths) throw dashscopeErrors.modelNotFoundCompat(body.model);
    requireGoodStanding(c.get('account'));
    const texts = typeof body.input === 'string' ? [body.input] : body.input;
    if (texts.length === 0 || texts.some((t) => t.trim() === ''))
      throw dashscopeErrors.invalidParameter('Input should not be empty.');
    if (texts.length > ALIBABA_EMBEDDING_BATCH)
      throw dashscopeErrors.invalidParameter(
        `Value error, batch size is invalid, it should not be larger than ${ALIBABA_EMBEDDING_BATCH}.`,
      );
    if (body.encoding_format !== undefined && body.encoding_format !== 'float')
      throw dashscopeErrors.invalidParameter('encoding_format only supports "float".');
    const dimensions = body.dimensions ?? (lengths[0] as number);
    if (!lengths.includes(dimensions))
      throw dashscopeErrors.invalidParameter(`dimensions must be one of ${lengths.join(', ')}.`);
    const tokens = texts.reduce((sum, t) => sum + ctx.countTextTokens(t), 0);
    return c.json({
      id: newRequestId(),
      object: 'list',
      model: body.model,
      data: texts.map((text, index) => ({ object: 'embedding', index, embedding: embed(text, dimensions) })),
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  });
  return app;
}
