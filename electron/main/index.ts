// Lifecycle only: single instance, protocol, services, IPC, window. Everything with logic lives in
// services/ (plain TypeScript) so it runs and is tested without Electron.
import { app, BrowserWindow, dialog, protocol, net } from 'electron';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createAppServices } from './services/app/AppServices';
import { createHandlers } from './ipc/handlers';
import { createRouter } from './ipc/router';
import { isTrustedSender, APP_SCHEME, type SenderInfo } from './ipc/sender';
import { registerRoutes, sendEvent } from './ipc/register';
import { electronCipher, openExternalSafely, userDataDir } from './adapters/platform';
import { electronDialogs } from './adapters/dialogs';
import { electronTrainingOptions } from './adapters/notifications';
import { electronReminderNotifier } from './adapters/rescueNotifications';
import { createMainWindow, denyAllPermissions, preloadPathFrom } from './window';
import { resolveAppAsset, mimeTypeOf } from './appProtocol';
import { CONTENT_SECURITY_POLICY } from './csp';
import { installQuitGuard } from './quitGuard';
import { languageOfLocale } from '../../shared/domain/training/notificationText';

const mainDir = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(mainDir, '..', 'dist');

protocol.registerSchemesAsPrivileged([
  {
    scheme: APP_SCHEME,
    privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false },
  },
]);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows();
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  denyAllPermissions();
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    if (!response.ok) return new Response('Not found', { status: 404 });
    return new Response(response.body, {
      headers: { 'content-type': mimeTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  });

  const logDir = path.join(userDataDir(), 'logs');
  mkdirSync(logDir, { recursive: true });
  const windows = new Set<number>();
  const services = await createAppServices({
    userDataDir: userDataDir(),
    cipher: electronCipher,
    openExternal: openExternalSafely,
    emit: (event, payload) =>
      sendEvent(
        BrowserWindow.getAllWindows().map((w) => w.webContents),
        event,
        payload,
      ),
    logSink: (line) => appendFileSync(path.join(logDir, 'main.log'), line + '\n', { mode: 0o600 }),
    version: app.getVersion(),
    platform: process.platform,
    dialogs: electronDialogs,
    // Samples ship next to the app's code (electron-builder must include samples/).
    samplesDir: path.join(mainDir, '..', 'samples'),
    // Train: job-end notifications (a click brings the window forward), wake-ups, the OS language.
    training: electronTrainingOptions(() => BrowserWindow.getAllWindows()[0]?.show()),
    // Rescue: reminders 14/7/3/1 days before OpenAI's dates, in the OS language.
    rescue: { notifier: electronReminderNotifier(() => BrowserWindow.getAllWindows()[0]?.show()) },
  });
  // Examples autosave within a second; on quit, services stop in order and write whatever is pending
  // before the process ends. A deployment billed by the hour that is still running is asked about first.
  installQuitGuard({
    app,
    dialog,
    hourly: services.hourly,
    language: () => {
      const chosen = services.settings.get().language;
      return chosen === 'system' ? languageOfLocale(app.getLocale()) : chosen;
    },
    shutdown: () => services.shutdown(),
    log: (error) => services.logger.log('error', 'app.shutdown_failed', { error }),
  });

  const router = createRouter<SenderInfo>(
    createHandlers(services),
    (s) => isTrustedSender(s, windows),
    services.logger,
  );
  registerRoutes(router);

  const window = createMainWindow(preloadPathFrom(mainDir));
  const contentsId = window.webContents.id;
  windows.add(contentsId);
  window.on('closed', () => windows.delete(contentsId));
}
