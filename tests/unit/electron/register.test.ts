import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronModule, recorded } from './electronMock';

vi.mock('electron', () => electronModule());

const { registerRoutes, senderFromEvent } = await import('../../../electron/main/ipc/register');
const { createRouter } = await import('../../../electron/main/ipc/router');
type Handlers = import('../../../electron/main/ipc/router').Handlers;
const { isTrustedSender } = await import('../../../electron/main/ipc/sender');
const { silentLogger } = await import('../../../electron/main/services/app/Logger');
const { contract, channelOf, ROUTE_NAMES } = await import('../../../shared/ipc/contract');

function fakeEvent(opts: { url: string | null; top?: boolean; type?: string; id?: number }) {
  const frame = opts.url === null ? null : { url: opts.url, parent: opts.top === false ? {} : null };
  return { sender: { id: opts.id ?? 1, getType: () => opts.type ?? 'window' }, senderFrame: frame };
}

describe('IPC registration with electron mocked', () => {
  const serviceCalls: string[] = [];
  beforeEach(() => {
    recorded.ipcHandlers.clear();
    serviceCalls.length = 0;
    const handlers = Object.fromEntries(
      ROUTE_NAMES.map((r) => [r, async () => void serviceCalls.push(r)]),
    ) as unknown as Handlers;
    const router = createRouter(
      handlers,
      (s: Parameters<typeof isTrustedSender>[0]) => isTrustedSender(s, new Set([1])),
      silentLogger,
    );
    registerRoutes(router);
  });

  it('registers exactly one channel per contract route, and nothing else', () => {
    expect([...recorded.ipcHandlers.keys()].sort()).toEqual(Object.keys(contract).map(channelOf).sort());
  });

  it.each([
    ['a foreign URL', { url: 'https://evil.example/' }],
    ['a sub-frame', { url: 'app://tunesmith/index.html', top: false }],
    ['a webview', { url: 'app://tunesmith/index.html', type: 'webview' }],
    ['a null frame', { url: null }],
    ['another window', { url: 'app://tunesmith/index.html', id: 99 }],
  ])('every channel refuses %s without calling the service', async (_name, forged) => {
    for (const [channel, handler] of recorded.ipcHandlers) {
      const result = await handler(fakeEvent(forged), {});
      expect(result, channel).toEqual({ ok: false, error: { code: 'forbidden_sender' } });
    }
    expect(serviceCalls).toEqual([]);
  });

  it('lets our own top frame through', async () => {
    const handler = recorded.ipcHandlers.get(channelOf('app.info'))!;
    const result = await handler(fakeEvent({ url: 'app://tunesmith/index.html' }), {});
    expect(result).toEqual({ ok: true, data: undefined });
    expect(serviceCalls).toEqual(['app.info']);
  });

  it('reads sender facts from the event, not from the payload', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(senderFromEvent(fakeEvent({ url: 'app://tunesmith/', top: false, id: 5 }) as any)).toEqual({
      type: 'window',
      webContentsId: 5,
      frameUrl: 'app://tunesmith/',
      isTopFrame: false,
    });
  });
});
