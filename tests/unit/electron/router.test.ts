// Every route of the contract, through the real router: forged senders and bad payloads are refused
// before any service is called; errors come back as values with codes.
import { describe, expect, it, vi } from 'vitest';
import { contract, ROUTE_NAMES, type RouteName } from '../../../shared/ipc/contract';
import { appError } from '../../../shared/ipc/errors';
import { createRouter, type Handlers } from '../../../electron/main/ipc/router';
import { isTrustedSender, type SenderInfo } from '../../../electron/main/ipc/sender';
import { silentLogger } from '../../../electron/main/services/app/Logger';

function spyHandlers() {
  const calls: string[] = [];
  const handlers = Object.fromEntries(
    ROUTE_NAMES.map((r) => [r, vi.fn(async () => void calls.push(r))]),
  ) as unknown as Handlers;
  return { handlers, calls };
}

const trusted: SenderInfo = {
  type: 'window',
  webContentsId: 1,
  frameUrl: 'app://tunesmith/index.html',
  isTopFrame: true,
};
const forged: Record<string, SenderInfo> = {
  'foreign URL': { ...trusted, frameUrl: 'https://evil.example/' },
  'sub-frame': { ...trusted, isTopFrame: false },
  webview: { ...trusted, type: 'webview' },
  'null frame': { ...trusted, frameUrl: null },
};

const makeRouter = (handlers: Handlers) =>
  createRouter<SenderInfo>(handlers, (s) => isTrustedSender(s, new Set([1])), silentLogger);

describe('router', () => {
  it('has one route per contract entry', () => {
    expect([...makeRouter(spyHandlers().handlers).routes].sort()).toEqual(Object.keys(contract).sort());
  });

  for (const route of ROUTE_NAMES) {
    describe(route, () => {
      for (const [name, sender] of Object.entries(forged)) {
        it(`refuses a forged sender (${name}) without calling the service`, async () => {
          const { handlers, calls } = spyHandlers();
          const result = await makeRouter(handlers).dispatch(route, {}, sender);
          expect(result).toEqual({ ok: false, error: { code: 'forbidden_sender' } });
          expect(calls).toEqual([]);
        });
      }

      it.each([
        ['a wrong type', 42],
        ['an unknown field', { unexpected: true }],
        [
          'a 10 MB string',
          { provider: 'openai', key: 'x'.repeat(10 * 1024 * 1024), url: 'x'.repeat(10 * 1024 * 1024) },
        ],
        ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}')],
        [
          'a nested constructor key',
          { url: 'https://openai.com', nested: { constructor: { prototype: {} } } },
        ],
      ])('refuses %s without calling the service', async (_name, payload) => {
        const { handlers, calls } = spyHandlers();
        const result = await makeRouter(handlers).dispatch(route, payload, trusted);
        expect(result.ok).toBe(false);
        expect(calls).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      });
    });
  }

  it('returns handler failures as codes, never messages or stacks', async () => {
    const { handlers } = spyHandlers();
    handlers['settings.get'] = () => {
      throw new Error('secret path /home/me and a stack');
    };
    handlers['keys.status'] = () => {
      throw appError('storage_failed');
    };
    const router = makeRouter(handlers);
    expect(await router.dispatch('settings.get', {}, trusted)).toEqual({
      ok: false,
      error: { code: 'internal' },
    });
    expect(await router.dispatch('keys.status', {}, trusted)).toEqual({
      ok: false,
      error: { code: 'storage_failed' },
    });
  });

  it('refuses routes that are not in the contract', async () => {
    const { handlers } = spyHandlers();
    const result = await makeRouter(handlers).dispatch('toString', {}, trusted);
    expect(result).toEqual({ ok: false, error: { code: 'unknown_route' } });
  });

  it('passes parsed input to the handler', async () => {
    const { handlers } = spyHandlers();
    const seen: unknown[] = [];
    handlers['keys.set'] = async (input) => {
      seen.push(input);
      return { provider: 'openai', hasKey: true, last4: '1234', storage: 'encrypted' };
    };
    const result = await makeRouter(handlers).dispatch(
      'keys.set' satisfies RouteName,
      { provider: 'openai', key: '  sk-test-1234  ' },
      trusted,
    );
    expect(result.ok).toBe(true);
    expect(seen).toEqual([{ provider: 'openai', key: 'sk-test-1234' }]);
  });
});
