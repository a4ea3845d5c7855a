// Scripted faults per route, so tests can show how the app and the official SDK behave when the service
// misbehaves: an error status, a slow answer, a dropped connection, a request that never answers, and the
// nasty one for duplicate-free job creation: the work is done but the client is told it failed.

export type FaultAction =
  /** Answer with this status (and OpenAI-shaped body unless one is given) without running the handler. */
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Wait this long on the service clock, then handle the request normally. */
  | { kind: 'delay'; ms: number }
  /** Close the connection without an answer (in-process: the fetch rejects like a network error). */
  | { kind: 'drop' }
  /** Never answer; ends only when the client aborts the request. */
  | { kind: 'hang' }
  /** Run the handler (its effects happen), then answer with this status instead of its result. */
  | { kind: 'after-handler'; status?: number; body?: unknown };

export interface FaultRule {
  /** `'POST /fine_tuning/jobs'`, `'GET /files/:id'`, `'* /models'`; paths are relative to `/v1`. `*` as the last segment matches the rest. */
  route: string;
  action: FaultAction;
  /** How many matching requests this rule affects before it retires itself; default: all of them. */
  times?: number;
}

export interface FaultHandle {
  /** Matching requests this rule has affected so far. */
  readonly hits: number;
  remove(): void;
}

export interface SeenRequest {
  method: string;
  /** Path relative to `/v1`, e.g. `/fine_tuning/jobs`. */
  path: string;
  /** The status the client was answered with; `null` for dropped or hung requests. */
  status: number | null;
}

const MAX_LOGGED_REQUESTS = 5_000;

interface ActiveRule {
  method: string;
  segments: string[];
  action: FaultAction;
  remaining: number;
  hits: number;
}

function parseRoute(route: string): { method: string; segments: string[] } {
  const [method = '*', path = '/'] = route.trim().split(/\s+/, 2);
  return { method: method.toUpperCase(), segments: path.split('/').filter(Boolean) };
}

function matches(rule: ActiveRule, method: string, path: string): boolean {
  if (rule.method !== '*' && rule.method !== method) return false;
  const actual = path.split('/').filter(Boolean);
  for (let i = 0; i < rule.segments.length; i++) {
    const expected = rule.segments[i];
    if (expected === '*' && i === rule.segments.length - 1) return true;
    const got = actual[i];
    if (got === undefined) return false;
    if (expected !== got && !expected?.startsWith(':')) return false;
  }
  return actual.length === rule.segments.length;
}

/** The typed fault API on the service object (`service.faults`). */
export class FaultInjector {
  private rules: ActiveRule[] = [];
  private log: SeenRequest[] = [];

  /** Adds a rule; the first matching rule wins, in the order they were added. */
  inject(rule: FaultRule): FaultHandle {
    const active: ActiveRule = {
      ...parseRoute(rule.route),
      action: rule.action,
      remaining: rule.times ?? Number.POSITIVE_INFINITY,
      hits: 0,
    };
    this.rules.push(active);
    return {
      get hits() {
        return active.hits;
      },
      remove: () => {
        this.rules = this.rules.filter((r) => r !== active);
      },
    };
  }

  /** "Fail N times, then succeed": the first `times` matching requests get `action`, later ones pass. */
  failTimes(
    route: string,
    times: number,
    action: FaultAction = { kind: 'status', status: 500 },
  ): FaultHandle {
    return this.inject({ route, action, times });
  }

  clear(): void {
    this.rules = [];
  }

  /** Picks (and uses up) the fault for a request, if any. */
  take(method: string, path: string): FaultAction | undefined {
    const rule = this.rules.find((r) => r.remaining > 0 && matches(r, method, path));
    if (!rule) return undefined;
    rule.remaining -= 1;
    rule.hits += 1;
    if (rule.remaining <= 0) this.rules = this.rules.filter((r) => r !== rule);
    return rule.action;
  }

  record(entry: SeenRequest): void {
    this.log.push(entry);
    // Bounded so that an app session that polls for hours does not grow without end.
    if (this.log.length > MAX_LOGGED_REQUESTS) this.log.splice(0, this.log.length - MAX_LOGGED_REQUESTS);
  }

  /** Every request the service saw, oldest first (including ones a fault swallowed). */
  get requests(): readonly SeenRequest[] {
    return this.log;
  }

  /** How many requests matched a route pattern, e.g. `count('POST /fine_tuning/jobs')`. */
  count(route: string): number {
    const probe: ActiveRule = { ...parseRoute(route), action: { kind: 'drop' }, remaining: 1, hits: 0 };
    return this.log.filter((r) => matches(probe, r.method, r.path)).length;
  }

  resetLog(): void {
    this.log = [];
  }
}

/** Thrown inside the app to make the transport drop the connection. */
export class DropConnection extends Error {
  constructor() {
    super('practice service: connection dropped by an injected fault');
    this.name = 'DropConnection';
  }
}
