import { describe, expect, it, vi } from 'vitest';
import { electronModule, recorded } from './electronMock';

vi.mock('electron', () => electronModule());
await import('../../../electron/preload/index');
const { channelOf, EVENT_CHANNEL } = await import('../../../shared/ipc/channels');

interface ExposedBridge {
  request(route: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

describe('preload bridge', () => {
  const bridge = recorded.exposed.get('tunesmith') as ExposedBridge;

  it('exposes exactly one global with exactly request and on, frozen', () => {
    expect([...recorded.exposed.keys()]).toEqual(['tunesmith']);
    expect(Object.keys(bridge).sort()).toEqual(['on', 'request']);
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(JSON.stringify(Object.values(bridge).map((v) => typeof v))).toBe('["function","function"]');
  });

  it('forwards requests to the route channel and never hands out ipcRenderer', async () => {
    await bridge.request('app.info', { a: 1 });
    expect(recorded.invokes).toEqual([{ channel: channelOf('app.info'), input: { a: 1 } }]);
    expect(Object.values(bridge)).not.toContain(electronModule().ipcRenderer);
  });

  it('gives listeners the payload only, never the Electron event, and can unsubscribe', () => {
    const listener = vi.fn();
    const off = bridge.on('keys.changed', listener);
    const [forward] = recorded.rendererListeners.get(EVENT_CHANNEL)!;
    const electronEvent = { sender: 'ipcRenderer internals' };
    forward!(electronEvent, 'keys.changed', { keys: [] });
    forward!(electronEvent, 'other.event', { x: 1 });
    expect(listener.mock.calls).toEqual([[{ keys: [] }]]);
    off();
    expect(recorded.rendererListeners.get(EVENT_CHANNEL)).toEqual([]);
  });
});
