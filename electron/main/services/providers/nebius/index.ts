// The Nebius folder's entry in the provider registry: the adapter built from the stored key. The practice
// key reaches the in-process Nebius practice service: practice mode for Nebius runs this same adapter,
// with only the origin and the transport swapped.
import { NEBIUS_PRACTICE_BASE_URL, NEBIUS_PRACTICE_KEY, NEBIUS_PRACTICE_ORIGIN } from '../../practice/nebius';
import type { ProviderEntry } from '../registry';
import { NebiusProvider, type NebiusProviderOptions } from './NebiusProvider';
import { NEBIUS_RULES } from './rules';

export {
  NebiusProvider,
  NEBIUS_BASE_URL,
  NEBIUS_CATALOG_URL,
  type NebiusProviderOptions,
} from './NebiusProvider';
export { NEBIUS_RULES } from './rules';

export type NebiusEndpoint = Partial<
  Pick<
    NebiusProviderOptions,
    | 'baseURL'
    | 'catalogUrl'
    | 'fetch'
    | 'interactiveTimeoutMs'
    | 'retryPolicy'
    | 'sleep'
    | 'createSettleMs'
    | 'now'
  >
>;

/** Where the practice service's catalog sits (same origin, the real one's path). */
export const NEBIUS_PRACTICE_CATALOG_URL = `${NEBIUS_PRACTICE_ORIGIN}/api/public/models_info`;

export const NEBIUS_ENTRY: ProviderEntry = {
  rules: NEBIUS_RULES,
  create: (ctx) => {
    const practice = ctx.apiKey === NEBIUS_PRACTICE_KEY ? ctx.practices.nebius : undefined;
    return new NebiusProvider({
      apiKey: ctx.apiKey,
      network: ctx.network,
      onRetry: ctx.onRetry,
      ...(practice
        ? {
            baseURL: NEBIUS_PRACTICE_BASE_URL,
            catalogUrl: NEBIUS_PRACTICE_CATALOG_URL,
            fetch: practice.fetch,
          }
        : {}),
      ...ctx.endpoints.nebius,
    });
  },
};
