// Providers, accounts, prices and network state. Thin: the decisions live in services/providers.
import type { AppServices } from '../../services/app/AppServices';
import type { Handlers } from '../router';

type ProviderRoutes =
  | 'providers.list'
  | 'accounts.use'
  | 'accounts.test'
  | 'accounts.settings'
  | 'accounts.configure'
  | 'prices.list'
  | 'prices.override'
  | 'accounts.firstRun'
  | 'accounts.firstRunDone'
  | 'network.status';

export function providerHandlers(s: AppServices): Pick<Handlers, ProviderRoutes> {
  return {
    'providers.list': () => s.providers.summaries(),
    'accounts.use': async ({ provider }) => {
      const providers = await s.providers.use(provider);
      s.emit('providers.changed', { providers });
      return providers;
    },
    'accounts.test': ({ provider }) => s.providers.testAccount(provider),
    'accounts.settings': ({ provider }) => s.providers.accountSettings(provider),
    'accounts.configure': (settings) => s.providers.configure(settings),
    'prices.list': () => s.prices.entries(),
    'prices.override': ({ provider, model, override, region }) =>
      s.prices.setOverride(provider, model, override, region),
    'accounts.firstRun': () => ({ show: !s.providers.firstRunPromptDone() }),
    'accounts.firstRunDone': async () => {
      await s.providers.finishFirstRunPrompt();
      return { show: false };
    },
    'network.status': () => ({ online: s.providers.network.online }),
  };
}
