// Together AI's rules: keys made on the API keys page (no published shape, so only a loose check); the shared
// call policy; no announced wind-down; the open-model catalog (shared/domain/pricing/together.ts), counted with
// each family's own tokenizer (Qwen3, Llama 3.1) and estimated only for a family without one; "can this
// account train?" is yes once the fine-tunes list answers.
import { TOGETHER_MODELS } from '../../../../../shared/domain/pricing/together';
import type { ProviderRules } from '../rules';
import { HOSTED_CALLS, jobsListVerdict, looseKey } from '../rulesKit';

export const TOGETHER_KEYS_URL = 'https://api.together.ai/settings/api-keys';

export const TOGETHER_RULES: ProviderRules = {
  id: 'together',
  // Together keys are long opaque strings (commonly 64 hex digits, newer ones prefixed `tgp_v1_`).
  key: looseKey(200, 'tgp_v1_…', TOGETHER_KEYS_URL),
  calls: HOSTED_CALLS,
  windDown: null,
  catalog: () => TOGETHER_MODELS,
  // The catalog's first base is Qwen; each model entry names its own encoding (Llama's is its own too).
  tokenizer: 'qwen',
  availability: jobsListVerdict,
};
