import { z } from 'zod';
import { defineRoute } from '../define';
import { LANGUAGE_CHOICES, type Settings } from '../../domain/settings';

export interface AppInfo {
  version: string;
  platform: string;
  /** Notices the user must see once at start, e.g. a settings file that was found corrupt and restored. */
  startupNotices: StartupNotice[];
}

export interface StartupNotice {
  code:
    | 'settings_restored_from_backup'
    | 'settings_reset_to_defaults'
    | 'encryption_unavailable'
    /** A deployment billed by the hour was found running at start (it costs money while it runs). */
    | 'hourly_deployment_running';
  file?: string;
}

export const appRoutes = {
  'app.info': defineRoute<AppInfo>()(z.object({}).strict()),
  'settings.get': defineRoute<Settings>()(z.object({}).strict()),
  'settings.update': defineRoute<Settings>()(
    z
      .object({
        language: z.enum(LANGUAGE_CHOICES).optional(),
      })
      .strict(),
  ),
  'links.open': defineRoute<{ opened: boolean }>()(z.object({ url: z.string().max(2048) }).strict()),
};
