// POST /v1/embeddings, OpenAI-shaped. Together's embeddings models return their own length (no
// `dimensions` is documented; one sent is ignored here). The row limit (100) is a third-party figure;
// README.md lists every guess. Vectors come from the practice brain.
import { Hono } from 'hono';
import { z } from 'zod';
import { embed } from '../../brain';
import { type TogetherContext, type TogetherEnv, readTogetherJson } from '../context';
import { togetherErrors } from '../errors';

export const TOGETHER_EMBEDDING_MODELS: Record<string, number> = {
  'BAAI/bge-large-en-v1.5': 1024,
  'BAAI/bge-base-en-v1.5': 768,
};
export const TOGETHER_EMBEDDING_BATCH = 100;

const Body = z.object({
  model: z.string().min(1),
  input: z.union([z.string(), z.array(z.string()).min(1)]),
});

export function togetherEmbeddingRoutes(ctx: TogetherContext) {
  const app = new Hono<TogetherEnv>();
  app.post('/embeddings', async (c) => {
    const { model, input } = await readTogetherJson(c, Body);
    const dimensions = TOGETHER_EMBEDDING_MODELS[model];
    if (dimensions === undefined)
      throw togetherErrors.notFound(
        `Unable to access model ${model}. Please visit https://api.together.ai/models.`,
      );
    const texts = typeof input === 'string' ? [input] : input;
    if (texts.length > TOGETHER_EMBEDDING_BATCH)
      throw togetherErrors.badRequest(`At most ${TOGETHER_EMBEDDING_BATCH} inputs per request.`, 'input');
    const tokens = texts.reduce((sum, t) => sum + ctx.countTextTokens(t), 0);
    return c.json({
      object: 'list',
      model,
      data: texts.map((text, index) => ({ object: 'embedding', index, embedding: embed(text, dimensions) })),
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  });
  return app;
}
