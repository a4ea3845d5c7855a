// What the connect screen learns about an account, as plain data that crosses IPC. Main decides; the
// renderer only words it. "Can this account still train?" has no OpenAI endpoint, so the verdict is
// graded and honest about what could not be checked (see availabilityFrom below).
import type { ModelPrice, ProviderId } from '../pricing/catalog';
import { daysUntil, OPENAI_WIND_DOWN, type WindDownStatus } from './windDown';

export type TrainingVerdict = 'yes' | 'likely' | 'unknown' | 'unlikely' | 'no';

export type VerdictReason =
  /** The practice service always trains. */
  | 'practice'
  /** OpenAI stopped all new jobs. */
  | 'wind_down_ended'
  /** The provider refused to list fine-tuning jobs for this key (403). */
  | 'no_access'
  /** No fine-tuning job is visible: OpenAI has closed fine-tuning to organizations that never used it. */
  | 'never_trained'
  /** A job was created in the last 60 days, so the account was allowed recently. */
  | 'recent_job'
  /** Older jobs only: allowed only if a fine-tuned model was used in the last 60 days, which no API shows. */
  | 'activity_unknown'
  /** A provider without access rules beyond the key (Alibaba): the key lists fine-tunes, so it may train. */
  | 'key_accepted';

export interface TrainingAvailability {
  verdict: TrainingVerdict;
  reason: VerdictReason;
  /** The newest job we could see (epoch ms), when there is one. */
  lastJobAt: number | null;
}

/** A base model this account can fine-tune, with the price the app will use (overrides applied). */
export interface BaseModelOffer {
  price: ModelPrice;
  overridden: boolean;
  /** Whole days until the shutdown date; null when none is announced. */
  daysLeft: number | null;
}

export interface FineTunedModelInfo {
  id: string;
  baseModel: string;
  createdAt: number;
  /** The provider's own date when it gives one, else the base model's (fine-tunes follow their base). */
  shutdownDate: string | null;
  daysLeft: number | null;
}

/** A base as a provider's own catalog describes it (Nebius): trainable, and whether a LoRA on it serves per token. */
export interface ServingBase {
  /** The id a training job is created with. */
  fineTuneId: string;
  /** The id chat and deployments use (may differ: `Meta-Llama-3.1-8B-Instruct`). */
  servingId: string;
  servesLoraPerToken: boolean;
  deprecated: boolean;
  /** USD per 1M tokens, from the catalog (or the shipped list); null when not given. */
  trainingPer1M: number | null;
  inputPer1M: number | null;
  outputPer1M: number | null;
}

/** `live`: read from the provider just now; `fallback`: the list shipped with the app, dated `checkedAt`. */
export interface ServingBases {
  source: 'live' | 'fallback';
  /** ISO time of the read (live) or YYYY-MM-DD of the shipped list (fallback). */
  checkedAt: string;
  bases: ServingBase[];
}

export interface AccountReport {
  provider: ProviderId;
  /** ISO time of the check, from the app's clock. */
  checkedAt: string;
  availability: TrainingAvailability;
  /** OpenAI only: the wind-down dates and the days left until each. */
  windDown: WindDownStatus | null;
  baseModels: BaseModelOffer[];
  fineTunedModels: FineTunedModelInfo[];
  /** Providers whose servable bases change (Nebius): what can be trained and served, read live. */
  servingBases?: ServingBases;
}

export interface VisibleJob {
  createdAt: number;
}

/**
 * The OpenAI verdict from what the key can see. A dry-run create is deliberately NOT used: there is no
 * dry-run mode, and a real create could start a paid job.
 */
export function openAiAvailability(
  now: Date,
  jobs: readonly VisibleJob[] | 'forbidden',
): TrainingAvailability {
  const lastJobAt =
    jobs === 'forbidden'
      ? null
      : jobs.reduce<number | null>((max, j) => Math.max(max ?? 0, j.createdAt), null);
  if (daysUntil(OPENAI_WIND_DOWN.noNewJobsFrom, now) <= 0)
    return { verdict: 'no', reason: 'wind_down_ended', lastJobAt };
  if (jobs === 'forbidden') return { verdict: 'no', reason: 'no_access', lastJobAt };
  if (lastJobAt === null) return { verdict: 'unlikely', reason: 'never_trained', lastJobAt };
  const windowStart = now.getTime() - OPENAI_WIND_DOWN.activityWindowDays * 86_400_000;
  if (lastJobAt >= windowStart) return { verdict: 'likely', reason: 'recent_job', lastJobAt };
  return { verdict: 'unknown', reason: 'activity_unknown', lastJobAt };
}
