// The Alibaba folder's entry in the provider registry: the adapter built from the stored key and account
// settings (region chosen or found, workspace), remembering the region its probe finds.
import type { ProviderEntry } from '../registry';
import { AlibabaProvider, type AlibabaProviderOptions } from './AlibabaProvider';
import { ALIBABA_RULES } from './rules';

export { AlibabaProvider } from './AlibabaProvider';

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
    return new AlibabaProvider({
      apiKey: ctx.apiKey,
      region: account.region === 'auto' ? null : account.region,
      knownRegion: account.foundRegion,
      workspace: account.workspace,
      network: ctx.network,
      onRetry: ctx.onRetry,
      onRegionFound: (region) =>
        ctx.remember((a) => ({ ...a, alibaba: { ...a.alibaba, foundRegion: region } })),
      ...ctx.endpoints.alibaba,
    });
  },
};
