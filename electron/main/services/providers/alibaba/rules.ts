// Alibaba Model Studio's rules: `sk-` keys made per region in the Model Studio console; the shared call
// policy; no announced wind-down; the Qwen catalog (shared/domain/pricing, in the region's currency) counted
// with the Qwen tokenizer; "can this account train?" is yes once the fine-tunes list answers.
import { ALIBABA_MODELS } from '../../../../../shared/domain/pricing/alibaba';
import type { ProviderRules } from '../rules';
import { HOSTED_CALLS, jobsListVerdict } from '../rulesKit';
import { ALIBABA_LINKS } from './hosts';

export const ALIBABA_RULES: ProviderRules = {
  id: 'alibaba',
  key: {
    // DashScope keys are `sk-` and 32 hex digits; a little slack for formats we have not seen.
    pattern: /^sk-[\w-]{8,80}$/,
    example: 'sk-…',
    consoleUrl: ALIBABA_LINKS.singapore.keys,
  },
  calls: HOSTED_CALLS,
  windDown: null,
  catalog: () => ALIBABA_MODELS,
  tokenizer: 'qwen',
  // Model Studio has no "closed to new accounts" rule: a key that may list fine-tunes may create them.
  availability: jobsListVerdict,
};
