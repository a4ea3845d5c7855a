// Providers that quote a run's price themselves (Together's `estimate-price`, capabilities.priceEstimation
// `provider-endpoint`) can only do so for a file they hold and have validated. So, when the user asks for
// that quote, the exact training part the run would upload is converted, uploaded once (the same bytes at
// start are then reused, never sent twice) and priced. Nothing is trained; the answer says whether the
// account's spending limit lets the run proceed, and start refuses when it does not (the adapter checks
// again before creating the job).
import { toJsonl } from '../../../../shared/domain/providers/convert';
import type { RunSettings } from '../../../../shared/domain/training/plan';
import type { ProviderEstimateAnswer } from '../../../../shared/ipc/schemas/training';
import { appError } from '../../../../shared/ipc/errors';
import type { FineTuningProvider } from '../providers/Provider';
import type { TrainingDataSource } from './TrainingDataSource';
import type { TrainingFile } from './TrainingStore';
import { uploadOnce, type Sleep } from './Uploader';

export interface ProviderEstimateDeps {
  store: TrainingFile;
  source: TrainingDataSource;
  sleep: Sleep;
  provider: FineTuningProvider;
  accountKey: string;
}

export async function providerEstimate(
  deps: ProviderEstimateDeps,
  settings: RunSettings,
  signal: AbortSignal = new AbortController().signal,
): Promise<ProviderEstimateAnswer> {
  const { provider } = deps;
  if (!provider.estimatePrice) throw appError('not_supported');
  const examples = await deps.source.examplesOf(settings.sourceId, 'train');
  if (examples.length === 0) throw appError('bad_input', { path: 'sourceId' });
  const converted = provider.convert(
    examples.map((e) => e.example),
    settings.model,
  );
  const content = new TextEncoder().encode(toJsonl(converted.examples));
  const fileId = await uploadOnce(
    { store: deps.store, sleep: deps.sleep },
    {
      provider,
      accountKey: deps.accountKey,
      filename: `tunesmith-estimate-${settings.sourceId}.jsonl`,
      content,
      signal,
      onProgress: () => undefined,
    },
  );
  const quote = await provider.estimatePrice(
    {
      clientRef: `estimate-${settings.sourceId}`,
      baseModel: settings.model,
      trainingFileId: fileId,
      epochs: settings.epochs,
    },
    { signal },
  );
  return {
    usd: quote.usd,
    allowed: quote.allowed,
    userLimitUsd: quote.userLimitUsd ?? null,
    trainTokens: quote.trainTokens ?? null,
    mergedTurns: converted.issues.filter((i) => i.code === 'turns_merged').length,
  };
}
