// Nebius Token Factory's rules: project API keys from the Token Factory console (shape unverified, so a
// loose check), the shared call policy, no announced wind-down, the Llama/Qwen catalog in
// shared/domain/pricing/nebius.ts, and "can this account train?" is yes once the jobs list answers.
import { NEBIUS_MODELS } from '../../../../../shared/domain/pricing/nebius';
import { DEFAULT_RETRY_POLICY, INTERACTIVE_TIMEOUT_MS } from '../callPolicy';
import type { ProviderRules } from '../rules';

export const NEBIUS_KEY_CONSOLE_URL = 'https://tokenfactory.nebius.com/project/api-keys';

export const NEBIUS_RULES: ProviderRules = {
  id: 'nebius',
  key: {
    // No published key format: anything long without spaces (the real keys seen are long JWT-like strings).
    pattern: /^[\w.-]{16,2048}$/,
    example: 'eyJ…',
    consoleUrl: NEBIUS_KEY_CONSOLE_URL,
  },
  calls: {
    retry: DEFAULT_RETRY_POLICY,
    interactiveTimeoutMs: INTERACTIVE_TIMEOUT_MS,
    createAttempts: 3,
    createSettleMs: 2_000,
  },
  windDown: null,
  catalog: () => NEBIUS_MODELS,
  // Per model (Llama 3 or Qwen): the catalog entry's encoding decides; this is the family default.
  tokenizer: 'llama3',
  // No "closed to new accounts" rule is known: a key that may list jobs may create them.
  availability: (_now, probe) =>
    probe.jobs === 'forbidden'
      ? { verdict: 'no', reason: 'no_access', lastJobAt: null }
      : {
          verdict: 'yes',
          reason: 'key_accepted',
          lastJobAt: probe.jobs.reduce<number | null>((max, j) => Math.max(max ?? 0, j.createdAt), null),
        },
};
