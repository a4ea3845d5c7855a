// The one BrowserWindow factory, locked down per Electron's security checklist: isolated, sandboxed, no
// Node in the page, no new windows, no navigation away from app://, every permission denied.
import { BrowserWindow, session, type WebContents } from 'electron';
import path from 'node:path';
import { isAppUrl, APP_ORIGIN } from './ipc/sender';
import { openExternalSafely } from './adapters/platform';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Tunesmith',
    webPreferences: {
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK: our own generic bridge, reviewed; exposes request/on only (tests/unit/electron/preload.test.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Middle-click would otherwise open links in a new window, outside the navigation lock.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  lockDownContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}

export function lockDownContents(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    // Links the user chose to open go to the system browser, through the allowlist; the app never opens
    // a second window of its own.
    void openExternalSafely(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

export function denyAllPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
}

export const preloadPathFrom = (mainDir: string) => path.join(mainDir, 'preload.cjs');
