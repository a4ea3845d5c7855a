// Electron glue for the router: one ipcMain.handle per route of the contract, each going through the
// same sender check and input parsing. Events go out on one channel to our own windows only.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { channelOf, EVENT_CHANNEL } from '../../../shared/ipc/channels';
import type { Router } from './router';
import type { SenderInfo } from './sender';

export function senderFromEvent(event: IpcMainInvokeEvent): SenderInfo {
  const frame = event.senderFrame;
  return {
    type: event.sender.getType(),
    webContentsId: event.sender.id,
    frameUrl: frame?.url ?? null,
    isTopFrame: frame !== null && frame !== undefined && frame.parent === null,
  };
}

export function registerRoutes(router: Router<SenderInfo>): () => void {
  for (const route of router.routes) {
    ipcMain.handle(channelOf(route), (event, input: unknown) =>
      router.dispatch(route, input, senderFromEvent(event)),
    );
  }
  return () => router.routes.forEach((route) => ipcMain.removeHandler(channelOf(route)));
}

export function sendEvent(targets: readonly WebContents[], event: string, payload: unknown): void {
  for (const contents of targets) {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event, payload);
  }
}
