// The Together AI practice service: files, fine-tunes and chat under /v1, dedicated endpoints (API v2) under
// /v2/projects/{projectId}/endpoints, and a stand-in for the storage host the SDK's presigned upload PUTs to.
// The app hands `service.fetch` to its adapter with TOGETHER_PRACTICE_BASE_URL (no port opened); tests and
// `npm run practice-api -- --provider together` put it on loopback with listenPracticeService.
import { Hono } from 'hono';
import type { ChatExample } from '../../../../../shared/domain/chat';
import { countExampleTokens, countTextTokens } from '../../../../../shared/domain/tokens';
import { admin } from '../admin';
import { type Clock, systemClock } from '../clock';
import { faultMiddleware, handleWithDrops } from '../faultMiddleware';
import { DropConnection, FaultInjector } from '../faults';
import type { TransportEnv } from '../PracticeService';
import { type LoadOutcome, type PracticePersistence, PracticeStore } from '../state';
import { type TogetherAccountsOption, resolveTogetherAccounts, togetherAuth } from './accounts';
import type { TogetherContext, TogetherEnv } from './context';
import { type DeploymentUsage, advanceDeployment, deploymentUsage } from './deployments';
import { TogetherError, togetherErrors } from './errors';
import { type TogetherJobDeps, advanceTogetherFile, advanceTogetherJob } from './jobs/lifecycle';
import { togetherChatRoutes } from './routes/chat';
import { togetherEmbeddingRoutes } from './routes/embeddings';
import { togetherDownloadRoutes } from './routes/download';
import { togetherEndpointRoutes, togetherHardwareRoutes } from './routes/endpoints';
import { PRESIGNED_UPLOAD_PATH, togetherFileRoutes, togetherPresignedRoutes } from './routes/files';
import { togetherFineTuneRoutes } from './routes/fineTunes';
import {
  DEFAULT_TOGETHER_SETTINGS,
  TOGETHER_DURATIONS,
  type TogetherDurations,
  type TogetherSimulatorSettings,
} from './settings';
import { type TogetherPracticeState, TogetherPracticeStateSchema, emptyTogetherState } from './state';

export interface TogetherPracticeServiceOptions {
  clock?: Clock;
  /** Default `TOGETHER_DURATIONS.app`; `.fast` for `--fast`. */
  durations?: TogetherDurations;
  /** Keys and profiles. Default: the single key TOGETHER_PRACTICE_KEY. */
  accounts?: TogetherAccountsOption;
  /** Choices where the real service's behaviour is unverified (README.md). */
  settings?: Partial<TogetherSimulatorSettings>;
  persistence?: PracticePersistence;
  adminRoutes?: boolean;
  /** Token counting for files, prices and chat usage; default o200k as a stand-in for Llama/Qwen. */
  tokenizer?: { countText(text: string): number; countExample(example: ChatExample): number };
}

export interface TogetherPracticeService {
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  handle(request: Request, env?: TransportEnv): Promise<Response>;
  readonly faults: FaultInjector;
  readonly loadOutcome: LoadOutcome;
  /** Live settings: a test can change e.g. `jobOutcome` or `userLimitUsd` between calls. */
  readonly settings: TogetherSimulatorSettings;
  /** What every dedicated deployment ran, for how long and at what cost, up to the clock's now. */
  endpointUsage(): DeploymentUsage[];
  snapshot(): TogetherPracticeState;
  restore(state: unknown): void;
  flush(): Promise<void>;
  dispose(): Promise<void>;
}

export const TOGETHER_PRACTICE_ORIGIN = 'http://together.practice.invalid';
/** Stands for https://api.together.ai/v1. */
export const TOGETHER_PRACTICE_BASE_URL = `${TOGETHER_PRACTICE_ORIGIN}/v1`;
/** Stands for https://api.together.ai/v2 (dedicated endpoints). */
export const TOGETHER_PRACTICE_V2_URL = `${TOGETHER_PRACTICE_ORIGIN}/v2`;

export function createTogetherPracticeService(
  options: TogetherPracticeServiceOptions = {},
): TogetherPracticeService {
  const clock = options.clock ?? systemClock;
  const durations = options.durations ?? TOGETHER_DURATIONS.app;
  const settings: TogetherSimulatorSettings = { ...DEFAULT_TOGETHER_SETTINGS, ...options.settings };
  const accounts = resolveTogetherAccounts(options.accounts);
  const store = new PracticeStore<TogetherPracticeState>(
    options.persistence,
    TogetherPracticeStateSchema,
    emptyTogetherState,
  );
  const faults = new FaultInjector();
  const tokenizer = options.tokenizer ?? {
    countText: (text: string) => countTextTokens(text),
    countExample: (example: ChatExample) => countExampleTokens(example),
  };
  const jobDeps: TogetherJobDeps = {
    settings,
    durations,
    findFile: (id) => store.state.files.find((f) => f.id === id),
    countExampleTokens: (example) => tokenizer.countExample(example),
  };
  const ctx: TogetherContext = {
    store,
    clock,
    settings,
    durations,
    countTextTokens: (text) => tokenizer.countText(text),
    countExampleTokens: (example) => tokenizer.countExample(example),
    advance() {
      const now = clock.now();
      let changed = false;
      for (const file of store.state.files) changed = advanceTogetherFile(file, now, jobDeps) || changed;
      for (const job of store.state.jobs) changed = advanceTogetherJob(job, now, jobDeps) || changed;
      for (const d of store.state.deployments) changed = advanceDeployment(d, now, durations) || changed;
      if (changed) store.changed();
    },
  };
  const endpointUsage = () => {
    ctx.advance();
    const now = clock.now();
    return store.state.deployments.map((d) => {
      const endpoint = store.state.endpoints.find((e) => e.id === d.endpointId);
      const hardware = settings.hardware.find((h) => h.id === d.hardware);
      return deploymentUsage(d, `${settings.projectSlug}/${endpoint?.name ?? '?'}`, hardware, now);
    });
  };

  const app = new Hono<TogetherEnv>();
  app.use('*', async (c, next) => {
    const entry = { method: c.req.method, path: c.req.path, status: null as number | null };
    faults.record(entry);
    await next();
    entry.status = c.res.status;
  });
  if (options.adminRoutes) {
    app.get('/_practice/together/usage', (c) => c.json(endpointUsage()));
    app.route('/_practice', admin(faults));
  }
  app.use(
    '*',
    faultMiddleware<TogetherEnv>({
      faults,
      clock,
      pathOf: (c) => c.req.path,
      errorBody: (_c, status) =>
        new TogetherError(
          status,
          status >= 500 ? 'Internal server error' : `Injected fault (${status})`,
          status >= 500 ? 'server_error' : 'invalid_request_error',
        ).body,
    }),
  );
  app.route(PRESIGNED_UPLOAD_PATH, togetherPresignedRoutes(ctx));
  const auth = togetherAuth(accounts, clock);
  app.use('/v1/*', auth);
  app.use('/v2/*', auth);
  app.route('/v1', togetherFileRoutes(ctx));
  app.route('/v1', togetherFineTuneRoutes(ctx));
  app.route('/v1', togetherDownloadRoutes(ctx));
  app.route('/v1', togetherHardwareRoutes(ctx));
  app.route('/v1', togetherChatRoutes(ctx));
  app.route('/v1', togetherEmbeddingRoutes(ctx));
  app.route('/v2', togetherEndpointRoutes(ctx));
  app.notFound((c) => c.json(togetherErrors.notFound(`Not found: ${c.req.method} ${c.req.path}`).body, 404));
  app.onError((err, c) => {
    if (err instanceof DropConnection) throw err;
    const error = err instanceof TogetherError ? err : togetherErrors.internal();
    return c.json(error.body, error.status as 400, error.headers);
  });

  const handle = (request: Request, env: TransportEnv = {}) =>
    handleWithDrops((r) => app.fetch(r), request, env.dropConnection);

  return {
    fetch: (input, init) => handle(new Request(input, init)),
    handle,
    faults,
    loadOutcome: store.loadOutcome,
    settings,
    endpointUsage,
    snapshot: () => {
      ctx.advance();
      return store.snapshot();
    },
    restore: (state) => store.restore(state),
    flush: () => store.flush(),
    dispose: () => store.flush(),
  };
}
