// The fault injector as Hono middleware for any practice provider: each provider says how a route's path is
// named in fault rules and what its error bodies look like, and the injected behaviour (status, delay,
// dropped socket, hang, work-done-but-failed) is the same everywhere. (The OpenAI practice service has the
// same logic inline in PracticeService.ts; it can move onto this without a change in behaviour.)
import type { Context, Env, MiddlewareHandler } from 'hono';
import type { Clock } from './clock';
import { DropConnection, type FaultInjector } from './faults';

export interface FaultMiddlewareOptions<E extends Env> {
  faults: FaultInjector;
  clock: Clock;
  /** The path fault rules and the request log use for this request, e.g. `/api/v1/fine-tunes`. */
  pathOf(c: Context<E>): string;
  /** The provider's error body for an injected status (when the rule gives none). */
  errorBody(c: Context<E>, status: number): unknown;
}

/** Never answers; ends (as a dropped connection) only when the client gives up. */
function waitForAbort(signal: AbortSignal): Promise<never> {
  return new Promise<never>((_, reject) => {
    if (signal.aborted) reject(new DropConnection());
    signal.addEventListener('abort', () => reject(new DropConnection()), { once: true });
  });
}

export function faultMiddleware<E extends Env>(options: FaultMiddlewareOptions<E>): MiddlewareHandler<E> {
  const { faults, clock } = options;
  return async (c, next) => {
    const fault = faults.take(c.req.method, options.pathOf(c));
    if (!fault) return next();
    switch (fault.kind) {
      case 'status':
        return c.json(fault.body ?? options.errorBody(c, fault.status), fault.status as 500, fault.headers);
      case 'delay':
        await clock.sleep(fault.ms, c.req.raw.signal);
        return next();
      case 'drop':
        throw new DropConnection();
      case 'hang':
        return waitForAbort(c.req.raw.signal);
      case 'after-handler': {
        await next();
        // The handler's effects stand (a job was created), but the client is told the request failed.
        const status = fault.status ?? 503;
        c.res = c.json(fault.body ?? options.errorBody(c, status), status as 503);
        return;
      }
    }
  };
}

/**
 * Runs a Hono app for a transport: a dropped-connection fault closes the socket when there is one, and
 * in-process (no socket) fails the way fetch fails on a network error.
 */
export async function handleWithDrops(
  run: (request: Request) => Response | Promise<Response>,
  request: Request,
  dropConnection?: () => void,
): Promise<Response> {
  try {
    return await run(request);
  } catch (error) {
    if (!(error instanceof DropConnection)) throw error;
    if (dropConnection) {
      dropConnection();
      return new Response(null, { status: 499 });
    }
    if (request.signal.aborted) throw request.signal.reason;
    throw new TypeError('fetch failed', { cause: error });
  }
}
