import { describe, expect, it, vi } from 'vitest';
import { electronModule, recorded, type FakeWindow } from './electronMock';

vi.mock('electron', () => electronModule());

const { createMainWindow, denyAllPermissions } = await import('../../../electron/main/window');

describe('the main window', () => {
  const window = createMainWindow('/app/dist-electron/preload.cjs') as unknown as FakeWindow;
  const prefs = window.options.webPreferences;
  const contents = window.webContents;

  it('is isolated, sandboxed and has no Node', () => {
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('loads the app from app://, never file://', () => {
    expect(window.url).toBe('app://tunesmith/index.html');
  });

  it('denies window.open and sends only allowlisted https links to the system browser', async () => {
    const open = contents.windowOpenHandler!;
    expect(open({ url: 'https://platform.openai.com/account/billing' })).toEqual({ action: 'deny' });
    expect(open({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(open({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(recorded.openedExternally).toEqual(['https://platform.openai.com/account/billing']);
  });

  it.each(['will-navigate', 'will-redirect'])('%s away from the app is prevented', (eventName) => {
    const handler = contents.listeners.get(eventName)!;
    for (const [url, blocked] of [
      ['https://evil.example/', true],
      ['file:///etc/passwd', true],
      ['app://tunesmith.evil/', true],
      ['app://tunesmith/index.html', false],
    ] as const) {
      const event = { preventDefault: vi.fn() };
      handler(event, url);
      expect(event.preventDefault.mock.calls.length, url).toBe(blocked ? 1 : 0);
    }
  });

  it('refuses to attach webviews', () => {
    const event = { preventDefault: vi.fn() };
    contents.listeners.get('will-attach-webview')!(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    denyAllPermissions();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      recorded.permissionRequestHandler!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(recorded.permissionCheckHandler!({}, permission)).toBe(false);
    }
    expect(recorded.devicePermissionHandler!({})).toBe(false);
  });
});
