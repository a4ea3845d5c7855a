// Nebius Token Factory's rules: project API keys from the Token Factory console (shape unverified, so a
// loose check), the shared call policy, no announced wind-down, the Llama/Qwen catalog in
// shared/domain/pricing/nebius.ts, and "can this account train?" is yes once the jobs list answers.
import { NEBIUS_MODELS } from '../../../../../shared/domain/pricing/nebius';
import type { ProviderRules } from '../rules';
import { HOSTED_CALLS, jobsListVerdict, looseKey } from '../rulesKit';

export const NEBIUS_KEY_CONSOLE_URL = 'https://tokenfactory.nebius.com/project/api-keys';

export const NEBIUS_RULES: ProviderRules = {
  id: 'nebius',
  // No published key format: anything long without spaces (the real keys seen are long JWT-like strings).
  key: looseKey(2048, 'eyJ…', NEBIUS_KEY_CONSOLE_URL),
  calls: HOSTED_CALLS,
  windDown: null,
  catalog: () => NEBIUS_MODELS,
  // Per model (Llama 3 or Qwen): the catalog entry's encoding decides; this is the family default.
  tokenizer: 'llama3',
  // No "closed to new accounts" rule is known: a key that may list jobs may create them.
  availability: jobsListVerdict,
};
