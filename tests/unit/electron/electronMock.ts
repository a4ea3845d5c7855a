// A recording stand-in for the parts of `electron` our glue uses. Tests read what was registered and
// fire the handlers with forged events, the way a compromised page would.
import { vi } from 'vitest';

type Handler = (...args: unknown[]) => unknown;

export const recorded = {
  ipcHandlers: new Map<string, Handler>(),
  exposed: new Map<string, unknown>(),
  rendererListeners: new Map<string, Handler[]>(),
  invokes: [] as { channel: string; input: unknown }[],
  windows: [] as FakeWindow[],
  permissionRequestHandler: null as null | Handler,
  permissionCheckHandler: null as null | Handler,
  devicePermissionHandler: null as null | Handler,
  openedExternally: [] as string[],
};

export class FakeWebContents {
  id = 1;
  listeners = new Map<string, Handler>();
  windowOpenHandler: Handler | null = null;
  on(event: string, listener: Handler) {
    this.listeners.set(event, listener);
    return this;
  }
  setWindowOpenHandler(handler: Handler) {
    this.windowOpenHandler = handler;
  }
}

export class FakeWindow {
  webContents = new FakeWebContents();
  url: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    recorded.windows.push(this);
  }
  once() {}
  on() {}
  loadURL(url: string) {
    this.url = url;
    return Promise.resolve();
  }
}

export function electronModule() {
  return {
    ipcMain: {
      handle: vi.fn((channel: string, handler: Handler) => recorded.ipcHandlers.set(channel, handler)),
      removeHandler: vi.fn((channel: string) => recorded.ipcHandlers.delete(channel)),
    },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, input: unknown) => {
        recorded.invokes.push({ channel, input });
        return { ok: true, data: null };
      }),
      on: vi.fn((channel: string, listener: Handler) => {
        recorded.rendererListeners.set(channel, [
          ...(recorded.rendererListeners.get(channel) ?? []),
          listener,
        ]);
      }),
      removeListener: vi.fn((channel: string, listener: Handler) => {
        recorded.rendererListeners.set(
          channel,
          (recorded.rendererListeners.get(channel) ?? []).filter((l) => l !== listener),
        );
      }),
    },
    contextBridge: {
      exposeInMainWorld: vi.fn((name: string, value: unknown) => recorded.exposed.set(name, value)),
    },
    BrowserWindow: FakeWindow,
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Handler) => (recorded.permissionRequestHandler = h),
        setPermissionCheckHandler: (h: Handler) => (recorded.permissionCheckHandler = h),
        setDevicePermissionHandler: (h: Handler) => (recorded.devicePermissionHandler = h),
      },
    },
    shell: { openExternal: vi.fn(async (url: string) => void recorded.openedExternally.push(url)) },
    safeStorage: {
      isEncryptionAvailable: () => true,
      getSelectedStorageBackend: () => 'gnome_libsecret',
      encryptString: (s: string) => Buffer.from(s),
      decryptString: (b: Buffer) => b.toString(),
    },
    app: { getPath: () => '/tmp' },
  };
}
