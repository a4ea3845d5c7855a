// POST /v1/embeddings, OpenAI-shaped (docs: api-reference/inference/create-embeddings, spec 20260506):
// `dimensions` and `encoding_format` float|base64 are documented. Models, native lengths, which ones honour
// `dimensions` and the per-request row limit are guesses listed in README.md. Vectors come from the
// practice brain.
import { Hono } from 'hono';
import { z } from 'zod';
import { embed } from '../../brain';
import { requireBudget } from '../accounts';
import { vectorAsBase64 } from '../../routes/embeddings';
import { type NebiusContext, type NebiusEnv, readNebiusJson } from '../context';
import { nebiusErrors } from '../errors';

/** Native length, and whether a shorter one can be asked for (Matryoshka-trained models only). */
export const NEBIUS_EMBEDDING_MODELS: Record<string, { dimensions: number; shortens: boolean }> = {
  'Qwen/Qwen3-Embedding-8B': { dimensions: 4096, shortens: true },
  'BAAI/bge-multilingual-gemma2': { dimensions: 3584, shortens: false },
};
export const NEBIUS_EMBEDDING_BATCH = 64;

const Body = z.object({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string()).min(1)]),
  encoding_format: z.enum(['float', 'base64']).default('float'),
  dimensions: z.number().int().min(1).nullable().optional(),
  user: z.string().nullable().optional(),
  service_tier: z.string().nullable().optional(),
});

export function nebiusEmbeddingRoutes(ctx: NebiusContext) {
  const app = new Hono<NebiusEnv>();
  app.post('/embeddings', async (c) => {
    const { data: body } = await readNebiusJson(c, Body);
    const model = NEBIUS_EMBEDDING_MODELS[body.model];
    if (!model) throw nebiusErrors.modelNotFound(body.model);
    requireBudget(c.get('account'));
    const texts = typeof body.input === 'string' ? [body.input] : body.input;
    if (texts.length > NEBIUS_EMBEDDING_BATCH)
      throw nebiusErrors.badRequest(`At most ${NEBIUS_EMBEDDING_BATCH} inputs per request.`);
    const asked = body.dimensions ?? undefined;
    if (asked !== undefined && asked > model.dimensions)
      throw nebiusErrors.badRequest(`dimensions must be at most ${model.dimensions}.`);
    const dimensions = model.shortens && asked !== undefined ? asked : model.dimensions;
    const tokens = texts.reduce((sum, t) => sum + ctx.countTextTokens(t), 0);
    return c.json({
      object: 'list',
      model: body.model,
      data: texts.map((text, index) => {
        const vector = embed(text, dimensions);
        return {
          object: 'embedding',
          index,
          embedding: body.encoding_format === 'base64' ? vectorAsBase64(vector) : vector,
        };
      }),
      usage: { prompt_tokens: tokens, total_tokens: tokens },
      service_tier: 'default',
    });
  });
  return app;
}
