// Together's POST /v1/embeddings (OpenAI-shaped answer). Its embeddings models take no `dimensions`, so a
// longer vector is fitted on our side (providers/embeddings.ts); requests carry at most the model's batch
// limit from the catalog.
import { embedInBatches } from '../embeddings';
import { embeddingFacts } from '../openaiCompatEmbeddings';
import type { CallOptions, EmbedRequest, EmbedResult } from '../Provider';
import type { TogetherRequest } from './http';

interface EmbeddingAnswer {
  data?: { index: number; embedding: number[] }[];
  usage?: { total_tokens?: number; prompt_tokens?: number } | null;
}

export function togetherEmbed(
  api: (options: CallOptions, req: TogetherRequest) => Promise<unknown>,
  texts: readonly string[],
  request: EmbedRequest,
  options: CallOptions,
): Promise<EmbedResult> {
  const facts = embeddingFacts('together', request.model);
  return embedInBatches(
    texts,
    {
      batchLimit: facts.batchLimit,
      reduce: facts.reduce,
      ...(request.dimensions !== undefined ? { dimensions: request.dimensions } : {}),
    },
    async (batch) => {
      const answer = (await api(options, {
        method: 'POST',
        path: '/embeddings',
        body: { model: request.model, input: batch },
      })) as EmbeddingAnswer;
      return {
        data: answer.data ?? [],
        tokens: answer.usage?.total_tokens ?? answer.usage?.prompt_tokens ?? 0,
      };
    },
  );
}
