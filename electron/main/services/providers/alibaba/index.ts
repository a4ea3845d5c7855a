// The Alibaba folder's entry in the provider registry: the adapter built from the stored key and account
// settings (region chosen or found, workspace), remembering the region its probe finds.
import { ALIBABA_PRACTICE_HOSTS, ALIBABA_PRACTICE_KEYS } from '../../practice/alibaba';
import type { ProviderEntry } from '../registry';
import { AlibabaProvider, type AlibabaProviderOptions } from './AlibabaProvider';
import { ALIBABA_RULES } from './rules';

export { AlibabaProvider, type AlibabaProviderOptions } from './AlibabaProvider';

export type AlibabaEndpoint = Partial<
  Pick<
    AlibabaProviderOptions,
    'hosts' | 'fetch' | 'interactiveTimeoutMs' | 'retryPolicy' | 'sleep' | 'createSettleMs' | 'now'
  >
>;

export const ALIBABA_ENTRY: ProviderEntry = {
  rules: ALIBABA_RULES,
  create: (ctx) => {
    const account = ctx.accounts.alibaba;
    // A practice key ("sk-practice-singapore") reaches the in-process practice Model Studio: practice
    // mode for Alibaba runs this same adapter, with only the hosts and the transport swapped.
    const practice = isAlibabaPracticeKey(ctx.apiKey) ? ctx.practices.alibaba : undefined;
    return new AlibabaProvider({
      apiKey: ctx.apiKey,
      region: account.region === 'auto' ? null : account.region,
      knownRegion: account.foundRegion,
      workspace: account.workspace,
      network: ctx.network,
      onRetry: ctx.onRetry,
      onRegionFound: (region) =>
        ctx.remember((a) => ({ ...a, alibaba: { ...a.alibaba, foundRegion: region } })),
      ...(practice ? { hosts: ALIBABA_PRACTICE_HOSTS, fetch: practice.fetch } : {}),
      ...ctx.endpoints.alibaba,
    });
  },
};

const PRACTICE_KEYS = new Set<string>(Object.values(ALIBABA_PRACTICE_KEYS));
export const isAlibabaPracticeKey = (key: string): boolean => PRACTICE_KEYS.has(key);
