// `embed` for providers reached with the OpenAI SDK at their own base URL (Alibaba's compatible mode,
// Nebius): POST /embeddings with `encoding_format: "float"` (DashScope documents float only; the SDK
// would otherwise ask for base64), split at the model's batch limit and fitted to the asked length.
import type OpenAI from 'openai';
import type { ProviderId } from '../../../../shared/domain/providers/ids';
import { EMBEDDING_MODELS, type EmbeddingModel } from '../../../../shared/domain/pricing/embeddings';
import type { CallRunner } from './callRunner';
import { embedInBatches } from './embeddings';
import type { CallOptions, EmbedRequest, EmbedResult } from './Provider';

/** The catalog's facts about a model, or cautious ones for a model the catalog does not list. */
export function embeddingFacts(provider: ProviderId, model: string): EmbeddingModel {
  return (
    EMBEDDING_MODELS.find((m) => m.provider === provider && m.model === model) ?? {
      provider,
      model,
      nativeDimensions: 0,
      acceptsDimensions: false,
      reduce: 'project',
      batchLimit: 10,
      maxInputTokens: 512,
      encoding: 'cl100k_base',
    }
  );
}

export function embedOverOpenAIClient(
  client: OpenAI,
  runner: CallRunner,
  provider: ProviderId,
  texts: readonly string[],
  request: EmbedRequest,
  options: CallOptions,
): Promise<EmbedResult> {
  const facts = embeddingFacts(provider, request.model);
  const ask = facts.acceptsDimensions ? request.dimensions : undefined;
  return embedInBatches(
    texts,
    {
      batchLimit: facts.batchLimit,
      reduce: facts.reduce,
      ...(request.dimensions !== undefined ? { dimensions: request.dimensions } : {}),
    },
    async (batch) => {
      const answer = await runner.call('general', options, (req) =>
        client.embeddings.create(
          {
            model: request.model,
            input: batch,
            encoding_format: 'float',
            ...(ask !== undefined ? { dimensions: ask } : {}),
          },
          req,
        ),
      );
      return { data: answer.data, tokens: answer.usage?.total_tokens ?? 0 };
    },
  );
}
