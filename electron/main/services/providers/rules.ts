// What each adapter folder decides for its own provider, as data the rest of the app asks for instead of
// checking provider names: how its key looks and where to get one, how long calls wait and how often they
// are retried, when the provider stops taking work, its model catalog (base models, per-example limit,
// prices with the date checked, tokenizer family), and how "can this account train?" is answered.
import type { ModelPrice } from '../../../../shared/domain/pricing/catalog';
import type { TrainingAvailability } from '../../../../shared/domain/providers/account';
import type { ProviderId } from '../../../../shared/domain/providers/ids';
import type { TokenEncoding } from '../../../../shared/domain/tokens';
import type { RetryPolicy } from './callPolicy';
import type { AccountProbe } from './Provider';

export interface KeyRules {
  /** A pasted key that does not match is refused before it is stored (with `example` shown). */
  pattern: RegExp;
  example: string;
  /** Where the user creates a key (opened in the browser from Settings). */
  consoleUrl: string;
}

export interface WindDown {
  /** First day on which no new job can be created. */
  noNewJobsFrom: string;
  /** Day on which base models (and their fine-tunes) stop answering. */
  modelsShutDown: string;
}

export interface CallRules {
  retry: RetryPolicy;
  /** Budget of one interactive call, retries included. */
  interactiveTimeoutMs: number;
  /** Job and deployment creation: attempts per user action, and the settle pause between look-ups. */
  createAttempts: number;
  createSettleMs: number;
}

export interface ProviderRules {
  id: ProviderId;
  key: KeyRules | null;
  calls: CallRules;
  windDown: WindDown | null;
  /** Base models this provider fine-tunes, from the shared price catalog. */
  catalog(): readonly ModelPrice[];
  tokenizer: TokenEncoding;
  /** "Can this account train?" from what the key could see. */
  availability(now: Date, probe: AccountProbe): TrainingAvailability;
}
