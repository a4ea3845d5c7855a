// The ONLY file that touches window.tunesmith. Everything else calls these typed functions, so the
// renderer is checked against the same contract as main.
import type { RouteInput, RouteName, RouteOutput } from '../../shared/ipc/contract';
import type { Result } from '../../shared/ipc/errors';
import type { EventMap, EventName } from '../../shared/ipc/events';
import { BRIDGE_GLOBAL, type Bridge } from '../../shared/ipc/bridge';

function bridge(): Bridge {
  const found = (window as unknown as Record<string, Bridge | undefined>)[BRIDGE_GLOBAL];
  if (!found) throw new Error('Tunesmith bridge missing: the page was not loaded by the app.');
  return found;
}

export async function request<R extends RouteName>(
  route: R,
  input: RouteInput<R>,
): Promise<Result<RouteOutput<R>>> {
  try {
    return (await bridge().request(route, input)) as Result<RouteOutput<R>>;
  } catch {
    // A rejected invoke means the main process itself is gone or restarting; say so with a code.
    return { ok: false, error: { code: 'internal' } };
  }
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  return bridge().on(event, (payload) => listener(payload as EventMap[E]));
}

const followedForTheApp = new Map<string, () => void>();

/**
 * Subscribes once for the life of the app, whatever pages mount and unmount: the events a store lives on
 * (a reply still streaming, a job changing) keep arriving while the user is on another page. A page
 * calls this when it first opens (so a page never visited costs nothing); calling it again does nothing.
 */
export function followForTheApp(key: string, subscribe: () => () => void): void {
  if (!followedForTheApp.has(key)) followedForTheApp.set(key, subscribe());
}

/** Ends every app-lifetime subscription: for tests, which give each case a fresh bridge. */
export function stopFollowingForTheApp(): void {
  for (const stop of followedForTheApp.values()) stop();
  followedForTheApp.clear();
}
