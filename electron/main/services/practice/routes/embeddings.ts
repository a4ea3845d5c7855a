// POST /embeddings and POST /moderations, answered by the practice brain (deterministic vectors in which
// similar texts lie close together; phrase-list moderation with OpenAI's categories and shape).
import { Hono } from 'hono';
import { z } from 'zod';
import { countTextTokens } from '../../../../../shared/domain/tokens';
import { decode } from 'gpt-tokenizer/encoding/cl100k_base';
import { requireQuota } from '../accounts';
import { embed, moderate } from '../brain';
import { type AppEnv, type PracticeContext, readJson } from '../context';
import { errors } from '../errors';
import { newId } from '../ids';
import { EMBEDDING_MODELS, MODERATION_MODELS } from './models';

const EmbeddingBody = z.object({
  model: z.string().min(1),
  input: z.union([
    z.string(),
    z.array(z.string()).min(1),
    z.array(z.number().int()).min(1),
    z.array(z.array(z.number().int()).min(1)).min(1),
  ]),
  encoding_format: z.enum(['float', 'base64']).default('float'),
  dimensions: z.number().int().min(1).optional(),
  user: z.string().optional(),
});

const ModerationPart = z.object({ type: z.string(), text: z.string().optional() }).passthrough();
const ModerationBody = z.object({
  input: z.union([z.string(), z.array(z.string()), z.array(ModerationPart)]),
  model: z.string().default('omni-moderation-latest'),
});

/** Token arrays are embedded as the text they stand for (embedding models use cl100k_base). */
function inputTexts(input: z.infer<typeof EmbeddingBody>['input']): string[] {
  if (typeof input === 'string') return [input];
  if (input.every((x) => typeof x === 'string')) return input as string[];
  if (input.every((x) => typeof x === 'number')) return [decode(input as number[])];
  return (input as number[][]).map((tokens) => decode(tokens));
}

/** `encoding_format: base64` is little-endian float32, which the SDK requests by default and decodes. */
export function vectorAsBase64(vector: number[]): string {
  return Buffer.from(new Float32Array(vector).buffer).toString('base64');
}

export function embeddingRoutes(_ctx: PracticeContext) {
  const app = new Hono<AppEnv>();

  app.post('/embeddings', async (c) => {
    const body = await readJson(c, EmbeddingBody);
    const nativeDimensions = EMBEDDING_MODELS[body.model];
    if (nativeDimensions === undefined) throw errors.modelNotFound(body.model);
    requireQuota(c.get('account'));
    if (body.dimensions !== undefined && body.model === 'text-embedding-ada-002') {
      throw errors.badRequest('This model does not support specifying dimensions.', 'dimensions');
    }
    if (body.dimensions !== undefined && body.dimensions > nativeDimensions) {
      throw errors.badRequest(`This model supports at most ${nativeDimensions} dimensions.`, 'dimensions');
    }
    const texts = inputTexts(body.input);
    if (texts.some((t) => t === '')) {
      throw errors.badRequest(
        "'$.input' is invalid. Please check the API reference: https://platform.openai.com/docs/api-reference.",
        'input',
      );
    }
    const dimensions = body.dimensions ?? nativeDimensions;
    const tokens = texts.reduce((sum, t) => sum + countTextTokens(t, 'cl100k_base'), 0);
    return c.json({
      object: 'list',
      data: texts.map((text, index) => {
        const vector = embed(text, dimensions);
        return {
          object: 'embedding',
          index,
          embedding: body.encoding_format === 'base64' ? vectorAsBase64(vector) : vector,
        };
      }),
      model: body.model,
      usage: { prompt_tokens: tokens, total_tokens: tokens },
    });
  });

  app.post('/moderations', async (c) => {
    const body = await readJson(c, ModerationBody);
    if (!MODERATION_MODELS.includes(body.model)) throw errors.modelNotFound(body.model);
    const texts =
      typeof body.input === 'string'
        ? [body.input]
        : body.input.every((x) => typeof x === 'string')
          ? (body.input as string[])
          : // Multimodal input is one item; the practice moderation reads its text parts.
            [(body.input as z.infer<typeof ModerationPart>[]).map((p) => p.text ?? '').join('\n')];
    return c.json({
      id: newId.moderation(),
      model: body.model === 'omni-moderation-latest' ? 'omni-moderation-2024-09-26' : body.model,
      results: texts.map((text) => moderate(text)),
    });
  });

  return app;
}
