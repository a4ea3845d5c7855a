// OpenAI's rules (and practice's, which imitates OpenAI): `sk-` keys, a 30 s call budget with two retries,
// the 2027 wind-down, the gpt-4o/4.1 catalog counted with o200k_base.
import { OPENAI_MODELS, PRACTICE_MODELS } from '../../../../../shared/domain/pricing/catalog';
import { openAiAvailability } from '../../../../../shared/domain/providers/account';
import { OPENAI_WIND_DOWN } from '../../../../../shared/domain/providers/windDown';
import { DEFAULT_RETRY_POLICY, INTERACTIVE_TIMEOUT_MS } from '../callPolicy';
import type { CallRules, ProviderRules } from '../rules';

const CALLS: CallRules = {
  retry: DEFAULT_RETRY_POLICY,
  interactiveTimeoutMs: INTERACTIVE_TIMEOUT_MS,
  createAttempts: 3,
  createSettleMs: 2_000,
};

const WIND_DOWN = {
  noNewJobsFrom: OPENAI_WIND_DOWN.noNewJobsFrom,
  modelsShutDown: OPENAI_WIND_DOWN.modelsShutDown,
};

export const OPENAI_RULES: ProviderRules = {
  id: 'openai',
  key: {
    pattern: /^sk-[\w-]{20,}$/,
    example: 'sk-…',
    consoleUrl: 'https://platform.openai.com/api-keys',
  },
  calls: CALLS,
  windDown: WIND_DOWN,
  catalog: () => OPENAI_MODELS,
  tokenizer: 'o200k_base',
  availability: (now, probe) => openAiAvailability(now, probe.jobs),
};

/** Practice shows OpenAI's dates and prices so users learn what the same run would mean for real. */
export const PRACTICE_RULES: ProviderRules = {
  ...OPENAI_RULES,
  id: 'practice',
  key: null,
  catalog: () => PRACTICE_MODELS,
  availability: () => ({ verdict: 'yes', reason: 'practice', lastJobAt: null }),
};
