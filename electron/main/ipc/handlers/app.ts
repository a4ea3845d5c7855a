import type { AppInfo } from '../../../../shared/ipc/schemas/app';
import { appError } from '../../../../shared/ipc/errors';
import type { AppServices } from '../../services/app/AppServices';
import { isAllowedExternalUrl } from '../../services/app/externalLinks';
import type { Handlers } from '../router';

export function appHandlers(
  s: AppServices,
): Pick<Handlers, 'app.info' | 'settings.get' | 'settings.update' | 'links.open'> {
  return {
    'app.info': (): AppInfo => ({
      version: s.version,
      platform: s.platform,
      startupNotices: s.startupNotices,
    }),
    'settings.get': () => s.settings.get(),
    'settings.update': (patch) => s.settings.update((current) => ({ ...current, ...patch })),
    'links.open': async ({ url }) => {
      if (!isAllowedExternalUrl(url)) throw appError('bad_input', { path: 'url' });
      await s.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: allowlisted https URL only (isAllowedExternalUrl above)
      return { opened: true };
    },
  };
}
