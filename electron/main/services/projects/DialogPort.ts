// What the projects service needs from the native file dialogs. The Electron adapter (adapters/dialogs.ts)
// implements it with dialog.showOpenDialog/showSaveDialog; the end-to-end harness passes a fake that
// answers with fixture paths. Main chooses the paths, so the renderer never sends one.
export type OpenPurpose = 'examples' | 'project';
export type SavePurpose = 'jsonl' | 'csv' | 'xlsx' | 'project' | 'html';

export interface DialogPort {
  /** The chosen file, or null when the user cancelled. */
  showOpenDialog(purpose: OpenPurpose): Promise<string | null>;
  showSaveDialog(purpose: SavePurpose, defaultName: string): Promise<string | null>;
  /** A folder to save into ("Save the trained weights"); null when cancelled. Optional: absent = cancelled. */
  chooseFolder?(purpose: 'weights'): Promise<string | null>;
}

/** Used when no dialogs are wired (plain Node tools): every dialog is "cancelled". */
export const NO_DIALOGS: DialogPort = {
  showOpenDialog: async () => null,
  showSaveDialog: async () => null,
};
