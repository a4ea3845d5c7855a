// The one door into main: validate the sender, parse the input with the route's zod schema, run the one
// handler, and return a value ({ok, data} or {ok:false, error}) — never a thrown error, which Electron
// would serialize with its message and stack into the renderer.
import {
  contract,
  ROUTE_NAMES,
  type ParsedInput,
  type RouteName,
  type RouteOutput,
} from '../../../shared/ipc/contract';
import { AppError, type Result } from '../../../shared/ipc/errors';
import type { Logger } from '../services/app/Logger';
import { hasForbiddenKeys } from './payloadGuards';

export type Handlers = {
  [R in RouteName]: (input: ParsedInput<R>) => Promise<RouteOutput<R>> | RouteOutput<R>;
};

export interface Router<S> {
  readonly routes: readonly RouteName[];
  dispatch(route: string, rawInput: unknown, sender: S): Promise<Result<unknown>>;
}

export function createRouter<S>(
  handlers: Handlers,
  isTrusted: (sender: S) => boolean,
  logger: Logger,
): Router<S> {
  return {
    routes: ROUTE_NAMES,
    async dispatch(route, rawInput, sender) {
      if (!isTrusted(sender)) {
        logger.log('warn', 'ipc.forbidden_sender', { route });
        return { ok: false, error: { code: 'forbidden_sender' } };
      }
      if (!Object.hasOwn(contract, route)) return { ok: false, error: { code: 'unknown_route' } };
      const name = route as RouteName;
      if (hasForbiddenKeys(rawInput)) return { ok: false, error: { code: 'bad_input', path: '__proto__' } };

      const parsed = contract[name].input.safeParse(rawInput ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return { ok: false, error: { code: 'bad_input', path: issue?.path.join('.') ?? '' } };
      }
      try {
        const handler = handlers[name] as (input: unknown) => unknown;
        return { ok: true, data: await handler(parsed.data) };
      } catch (error) {
        if (error instanceof AppError) return { ok: false, error: error.ipcError };
        logger.log('error', 'ipc.handler_failed', { route, error });
        return { ok: false, error: { code: 'internal' } };
      }
    },
  };
}
