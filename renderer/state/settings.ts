import { create } from 'zustand';
import type { LanguageChoice, Settings } from '../../shared/domain/settings';
import { request } from '../ipc/client';

interface SettingsState {
  settings: Settings | null;
  settingsReceived(settings: Settings): void;
}

export const useSettings = create<SettingsState>((set) => ({
  settings: null,
  settingsReceived: (settings) => set({ settings }),
}));

export async function chooseLanguage(language: LanguageChoice): Promise<boolean> {
  const result = await request('settings.update', { language });
  if (result.ok) useSettings.getState().settingsReceived(result.data);
  return result.ok;
}
