// Who may call main: only the top frame of one of our own windows, showing our own app:// origin.
// Plain data in, boolean out, so the policy is tested without Electron (tests/unit/electron/sender.test.ts).
export interface SenderInfo {
  /** webContents.getType(): 'window' for our BrowserWindow; 'webview', 'browserView', … are refused. */
  type: string;
  webContentsId: number;
  /** null when the frame is gone (navigated away or destroyed) by the time the message is handled. */
  frameUrl: string | null;
  isTopFrame: boolean;
}

export const APP_SCHEME = 'app';
export const APP_HOST = 'tunesmith';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export function isAppUrl(raw: string | null | undefined): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    // URL.origin is "null" for custom schemes, so compare scheme and host explicitly.
    return (
      url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === ''
    );
  } catch {
    return false;
  }
}

export function isTrustedSender(sender: SenderInfo, ourWebContentsIds: ReadonlySet<number>): boolean {
  return (
    sender.type === 'window' &&
    sender.isTopFrame &&
    ourWebContentsIds.has(sender.webContentsId) &&
    isAppUrl(sender.frameUrl)
  );
}
