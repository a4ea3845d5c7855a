// The Alibaba Cloud Model Studio (DashScope / 百炼) practice service. Both regions are served by one Hono
// app, each under its own base path standing for its host:
//   Singapore  https://dashscope-intl.aliyuncs.com  →  {origin}/singapore
//   Beijing    https://dashscope.aliyuncs.com       →  {origin}/beijing
// and under each: the native API at /api/v1 and the OpenAI-compatible one at /compatible-mode/v1.
// The app hands `service.fetch` to its adapter with `ALIBABA_PRACTICE_HOSTS` (no port opened); tests and
// `npm run practice-api -- --provider alibaba` put it on loopback with listenPracticeService.
import { Hono } from 'hono';
import type { ChatExample } from '../../../../../shared/domain/chat';
import { countExampleTokens, countTextTokens } from '../../../../../shared/domain/tokens';
import { admin } from '../admin';
import { type Clock, systemClock } from '../clock';
import { handleWithDrops, faultMiddleware } from '../faultMiddleware';
import { DropConnection, FaultInjector } from '../faults';
import type { TransportEnv } from '../PracticeService';
import { type LoadOutcome, type PracticePersistence, PracticeStore } from '../state';
import { type AlibabaAccountsOption, authAndThrottle, resolveAlibabaAccounts } from './accounts';
import type { AlibabaContext, AlibabaEnv } from './context';
import { DashScopeError, compatErrorBody, dashscopeErrors, nativeErrorBody } from './errors';
import { newRequestId } from './format';
import { type JobDeps, advanceJob } from './jobs/lifecycle';
import { compatChatRoutes } from './routes/chat';
import { compatEmbeddingRoutes } from './routes/embeddings';
import { advanceDeployment, deploymentRoutes } from './routes/deployments';
import { compatFileRoutes } from './routes/files';
import { fineTuneRoutes } from './routes/fineTunes';
import {
  ALIBABA_DURATIONS,
  ALIBABA_REGIONS,
  type AlibabaDurations,
  type AlibabaRegion,
  type AlibabaSimulatorSettings,
  DEFAULT_ALIBABA_SETTINGS,
} from './settings';
import { type AlibabaPracticeState, AlibabaPracticeStateSchema, emptyAlibabaState } from './state';

export interface AlibabaTokenizer {
  countText(text: string): number;
  countExample(example: ChatExample): number;
}

export interface AlibabaPracticeServiceOptions {
  /** Time source for jobs, deployments and delay faults. Default: the system clock. */
  clock?: Clock;
  /** Phase lengths. Default `ALIBABA_DURATIONS.app`; `.fast` for `--fast`. */
  durations?: AlibabaDurations;
  /** Keys with their region and profile. Default: one practice key per region (ALIBABA_PRACTICE_KEYS). */
  accounts?: AlibabaAccountsOption;
  /** Choices where the real service's behaviour is unverified (README.md). */
  settings?: Partial<AlibabaSimulatorSettings>;
  persistence?: PracticePersistence;
  /** Serve `/_practice/faults` and `/_practice/requests` for out-of-process tests. Default false. */
  adminRoutes?: boolean;
  /**
   * How tokens are counted for `usage` and chat usage. Default: Qwen's own tokenizer, the one the app's
   * estimates use, so a practice bill matches the estimate the user confirmed.
   */
  tokenizer?: AlibabaTokenizer;
}

export interface AlibabaPracticeService {
  /** A WHATWG fetch for the adapter; use it with `ALIBABA_PRACTICE_HOSTS`. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  handle(request: Request, env?: TransportEnv): Promise<Response>;
  readonly faults: FaultInjector;
  readonly loadOutcome: LoadOutcome;
  snapshot(): AlibabaPracticeState;
  restore(state: unknown): void;
  flush(): Promise<void>;
  dispose(): Promise<void>;
}

export const ALIBABA_PRACTICE_ORIGIN = 'http://alibaba.practice.invalid';

/** The two region "hosts" under an origin (in-process: ALIBABA_PRACTICE_ORIGIN; loopback: the server's). */
export function alibabaPracticeHosts(origin: string): Record<AlibabaRegion, string> {
  const root = origin.replace(/\/+$/, '');
  return { singapore: `${root}/singapore`, beijing: `${root}/beijing` };
}

export const ALIBABA_PRACTICE_HOSTS = alibabaPracticeHosts(ALIBABA_PRACTICE_ORIGIN);

const isCompat = (path: string) => /^\/[^/]+\/compatible-mode\//.test(path);
/** `/singapore/api/v1/fine-tunes` → `/api/v1/fine-tunes`: fault rules and the request log name paths this way. */
const regionRelative = (path: string) => path.replace(/^\/(singapore|beijing)(?=\/|$)/, '') || '/';

export function createAlibabaPracticeService(
  options: AlibabaPracticeServiceOptions = {},
): AlibabaPracticeService {
  const clock = options.clock ?? systemClock;
  const durations = options.durations ?? ALIBABA_DURATIONS.app;
  const settings: AlibabaSimulatorSettings = { ...DEFAULT_ALIBABA_SETTINGS, ...options.settings };
  const accounts = resolveAlibabaAccounts(options.accounts);
  const store = new PracticeStore<AlibabaPracticeState>(
    options.persistence,
    AlibabaPracticeStateSchema,
    emptyAlibabaState,
  );
  const faults = new FaultInjector();
  const tokenizer: AlibabaTokenizer = options.tokenizer ?? {
    countText: (text) => countTextTokens(text, 'qwen'),
    countExample: (example) => countExampleTokens(example, 'qwen'),
  };

  const jobDeps: JobDeps = {
    settings,
    durations,
    readFile: (owner, id) => {
      const file = store.state.files.find((f) => f.id === id && f.owner === owner);
      return file ? Buffer.from(file.contentBase64, 'base64').toString('utf8') : undefined;
    },
    parentExamples: (id) => (store.state.models.find((m) => m.id === id)?.examples ?? []) as ChatExample[],
    countExampleTokens: (example) => tokenizer.countExample(example),
    registerModel: (model) => {
      store.state.models.push(model);
    },
  };
  const ctx: AlibabaContext = {
    store,
    clock,
    settings,
    durations,
    jobDeps,
    countTextTokens: (text) => tokenizer.countText(text),
    countExampleTokens: (example) => tokenizer.countExample(example),
    advance() {
      const now = clock.now();
      let changed = false;
      for (const job of store.state.jobs) changed = advanceJob(job, now, jobDeps) || changed;
      for (const d of store.state.deployments) changed = advanceDeployment(d, ctx, now) || changed;
      if (changed) store.changed();
    },
  };

  const app = new Hono<AlibabaEnv>();
  app.use('*', async (c, next) => {
    c.set('requestId', newRequestId());
    const entry = { method: c.req.method, path: regionRelative(c.req.path), status: null as number | null };
    faults.record(entry);
    await next();
    entry.status = c.res.status;
  });
  if (options.adminRoutes) app.route('/_practice', admin(faults));

  for (const region of ALIBABA_REGIONS) {
    const host = new Hono<AlibabaEnv>();
    host.use('*', async (c, next) => {
      c.set('region', region);
      await next();
    });
    host.use(
      '*',
      faultMiddleware<AlibabaEnv>({
        faults,
        clock,
        pathOf: (c) => regionRelative(c.req.path),
        errorBody: (c, status) => {
          const error =
            status >= 500
              ? dashscopeErrors.serviceUnavailable()
              : dashscopeErrors.invalidParameter(`Injected fault (${status})`);
          return isCompat(c.req.path)
            ? compatErrorBody(c.get('requestId'), error)
            : nativeErrorBody(c.get('requestId'), error.code, error.message);
        },
      }),
    );
    host.use('*', authAndThrottle(accounts, region, clock, settings));
    host.route('/api/v1', fineTuneRoutes(ctx));
    host.route('/api/v1', deploymentRoutes(ctx));
    host.route('/compatible-mode/v1', compatFileRoutes(ctx));
    host.route('/compatible-mode/v1', compatChatRoutes(ctx));
    host.route('/compatible-mode/v1', compatEmbeddingRoutes(ctx));
    app.route(`/${region}`, host);
  }

  const render = (c: { req: { path: string }; get(key: 'requestId'): string }, error: DashScopeError) =>
    isCompat(c.req.path)
      ? compatErrorBody(c.get('requestId'), error)
      : nativeErrorBody(c.get('requestId'), error.code, error.message);
  app.notFound((c) => {
    const error = dashscopeErrors.routeNotFound(c.req.method, c.req.path);
    return c.json(render(c, error), 404);
  });
  app.onError((err, c) => {
    if (err instanceof DropConnection) throw err;
    const error = err instanceof DashScopeError ? err : dashscopeErrors.internal();
    return c.json(render(c, error), error.status as 400, error.headers);
  });

  const handle = (request: Request, env: TransportEnv = {}) =>
    handleWithDrops((r) => app.fetch(r), request, env.dropConnection);

  return {
    fetch: (input, init) => handle(new Request(input, init)),
    handle,
    faults,
    loadOutcome: store.loadOutcome,
    snapshot: () => {
      ctx.advance();
      return store.snapshot();
    },
    restore: (state) => store.restore(state),
    flush: () => store.flush(),
    dispose: () => store.flush(),
  };
}
