// The renderer's one seam: a fake window.tunesmith that answers routes from a table and records calls.
import { BRIDGE_GLOBAL, type Bridge } from '../../../../shared/ipc/bridge';

export function installFakeBridge(answers: Record<string, (input: unknown) => unknown>) {
  const calls: { route: string; input: unknown }[] = [];
  const listeners = new Map<string, Set<(p: unknown) => void>>();
  const bridge: Bridge = {
    request: async (route, input) => {
      calls.push({ route, input });
      const answer = answers[route];
      return answer ? { ok: true, data: answer(input) } : { ok: false, error: { code: 'unknown_route' } };
    },
    on: (event, listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)!.delete(listener);
    },
  };
  (window as unknown as Record<string, unknown>)[BRIDGE_GLOBAL] = bridge;
  return {
    calls,
    emit: (event: string, payload: unknown) => listeners.get(event)?.forEach((l) => l(payload)),
  };
}
