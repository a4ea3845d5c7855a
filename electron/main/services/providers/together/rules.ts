// Together AI's rules: keys made on the API keys page (no published shape, so only a loose check); the shared
// call policy; no announced wind-down; the open-model catalog (shared/domain/pricing/together.ts), counted with
// each family's own tokenizer (Qwen3, Llama 3.1) and estimated only for a family without one; "can this
// account train?" is yes once the fine-tunes list answers.
import { TOGETHER_MODELS } from '../../../../../shared/domain/pricing/together';
import { DEFAULT_RETRY_POLICY, INTERACTIVE_TIMEOUT_MS } from '../callPolicy';
import type { ProviderRules } from '../rules';

export const TOGETHER_KEYS_URL = 'https://api.together.ai/settings/api-keys';

export const TOGETHER_RULES: ProviderRules = {
  id: 'together',
  key: {
    // Together keys are long opaque strings (commonly 64 hex digits, newer ones prefixed `tgp_v1_`).
    pattern: /^[\w.-]{16,200}$/,
    example: 'tgp_v1_…',
    consoleUrl: TOGETHER_KEYS_URL,
  },
  calls: {
    retry: DEFAULT_RETRY_POLICY,
    interactiveTimeoutMs: INTERACTIVE_TIMEOUT_MS,
    createAttempts: 3,
    createSettleMs: 2_000,
  },
  windDown: null,
  catalog: () => TOGETHER_MODELS,
  // The catalog's first base is Qwen; each model entry names its own encoding (Llama's is its own too).
  tokenizer: 'qwen',
  availability: (_now, probe) =>
    probe.jobs === 'forbidden'
      ? { verdict: 'no', reason: 'no_access', lastJobAt: null }
      : {
          verdict: 'yes',
          reason: 'key_accepted',
          lastJobAt: probe.jobs.reduce<number | null>((max, j) => Math.max(max ?? 0, j.createdAt), null),
        },
};
