import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_SETTINGS, LANGUAGE_CHOICES, type Settings } from '../../../../shared/domain/settings';
import { DurableJsonFile } from '../storage/DurableJsonFile';

const settingsSchema = z.object({ language: z.enum(LANGUAGE_CHOICES) });

export const SETTINGS_VERSION = 1;

export async function openSettings(dir: string): Promise<DurableJsonFile<Settings>> {
  return DurableJsonFile.open({
    file: path.join(dir, 'settings.json'),
    version: SETTINGS_VERSION,
    schema: settingsSchema,
    defaults: () => ({ ...DEFAULT_SETTINGS }),
  });
}
