// The whole preload: a generic, frozen bridge. It never exposes ipcRenderer or an IpcRendererEvent, and
// it needs no change when routes are added (security checklist item 20).
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, type Bridge } from '../../shared/ipc/bridge';
import { channelOf, EVENT_CHANNEL } from '../../shared/ipc/channels';

const bridge: Bridge = Object.freeze({
  request: (route: string, input: unknown) => ipcRenderer.invoke(channelOf(String(route)), input),
  on: (event: string, listener: (payload: unknown) => void) => {
    const forward = (_event: unknown, name: unknown, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
});

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
