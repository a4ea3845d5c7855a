// Electron's native open/save dialogs behind the DialogPort the projects service uses. Main owns the
// paths the user picks; the renderer only ever learns a file name through an opaque token.
import { BrowserWindow, dialog, type FileFilter } from 'electron';
import type { DialogPort, OpenPurpose, SavePurpose } from '../services/projects/DialogPort';

// Filter names are file-type labels the OS shows next to the extensions; kept short and language-neutral.
const OPEN_FILTERS: Record<OpenPurpose, FileFilter[]> = {
  examples: [
    { name: 'JSONL, JSON, CSV, TSV, XLSX, TXT', extensions: ['jsonl', 'json', 'csv', 'tsv', 'xlsx', 'txt'] },
  ],
  project: [{ name: 'Tunesmith', extensions: ['json'] }],
};
const SAVE_FILTERS: Record<SavePurpose, FileFilter[]> = {
  jsonl: [{ name: 'JSONL', extensions: ['jsonl'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
  xlsx: [{ name: 'Excel', extensions: ['xlsx'] }],
  project: [{ name: 'Tunesmith', extensions: ['json'] }],
  // Try page reports (issue 7).
  html: [{ name: 'HTML', extensions: ['html'] }],
};

const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

export const electronDialogs: DialogPort = {
  async showOpenDialog(purpose) {
    const options = { properties: ['openFile' as const], filters: OPEN_FILTERS[purpose] };
    const window = parent();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async showSaveDialog(purpose, defaultName) {
    const options = { defaultPath: defaultName, filters: SAVE_FILTERS[purpose] };
    const window = parent();
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled ? null : (result.filePath ?? null);
  },
  async chooseFolder() {
    const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
    const window = parent();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
