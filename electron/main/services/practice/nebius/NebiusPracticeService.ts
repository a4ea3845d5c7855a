// The Nebius Token Factory practice service: OpenAI's API under /v1 with Nebius's differences, custom LoRA
// models under /v0/models, and the public model catalog under /api/public/models_info (on the real service
// that is https://tokenfactory.nebius.com, here the same origin). The app hands `service.fetch` to its adapter
// with NEBIUS_PRACTICE_BASE_URL (no port opened); tests and `npm run practice-api -- --provider nebius` put
// it on loopback with listenPracticeService.
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import type { ChatExample } from '../../../../../shared/domain/chat';
import { countExampleTokens, countTextTokens } from '../../../../../shared/domain/tokens';
import { admin } from '../admin';
import { type Clock, systemClock } from '../clock';
import { faultMiddleware, handleWithDrops } from '../faultMiddleware';
import { DropConnection, FaultInjector } from '../faults';
import type { TransportEnv } from '../PracticeService';
import { type LoadOutcome, type PracticePersistence, PracticeStore } from '../state';
import { type NebiusAccountsOption, nebiusAuth, resolveNebiusAccounts } from './accounts';
import type { NebiusContext, NebiusEnv } from './context';
import { NebiusError, nebiusErrors } from './errors';
import { type NebiusJobDeps, advanceNebiusJob } from './jobs/lifecycle';
import { nebiusFileRoutes } from './routes/files';
import { nebiusJobRoutes } from './routes/jobs';
import {
  advanceCustomModel,
  nebiusCatalogRoutes,
  nebiusCustomModelRoutes,
  nebiusInferenceRoutes,
} from './routes/models';
import { nebiusEmbeddingRoutes } from './routes/embeddings';
import {
  DEFAULT_NEBIUS_SETTINGS,
  NEBIUS_DURATIONS,
  type NebiusDurations,
  type NebiusSimulatorSettings,
} from './settings';
import {
  type NebiusFile,
  type NebiusPracticeState,
  NebiusPracticeStateSchema,
  emptyNebiusState,
} from './state';

export interface NebiusPracticeServiceOptions {
  clock?: Clock;
  /** Default `NEBIUS_DURATIONS.app`; `.fast` for `--fast`. */
  durations?: NebiusDurations;
  /** Keys and profiles. Default: the single key NEBIUS_PRACTICE_KEY. */
  accounts?: NebiusAccountsOption;
  /** Choices where the real service's behaviour is unverified (README.md). */
  settings?: Partial<NebiusSimulatorSettings>;
  persistence?: PracticePersistence;
  adminRoutes?: boolean;
  /** Token counting for `trained_tokens` and chat usage; default o200k as a stand-in for Llama/Qwen. */
  tokenizer?: { countText(text: string): number; countExample(example: ChatExample): number };
}

export interface NebiusPracticeService {
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  handle(request: Request, env?: TransportEnv): Promise<Response>;
  readonly faults: FaultInjector;
  readonly loadOutcome: LoadOutcome;
  /** Live settings: tests change e.g. `catalog` to make a base stop being deployable. */
  readonly settings: NebiusSimulatorSettings;
  snapshot(): NebiusPracticeState;
  restore(state: unknown): void;
  flush(): Promise<void>;
  dispose(): Promise<void>;
}

export const NEBIUS_PRACTICE_ORIGIN = 'http://nebius.practice.invalid';
/** Stands for https://api.tokenfactory.nebius.com/v1 (and `/v0/models` beside it). */
export const NEBIUS_PRACTICE_BASE_URL = `${NEBIUS_PRACTICE_ORIGIN}/v1`;

export function createNebiusPracticeService(
  options: NebiusPracticeServiceOptions = {},
): NebiusPracticeService {
  const clock = options.clock ?? systemClock;
  const durations = options.durations ?? NEBIUS_DURATIONS.app;
  const settings: NebiusSimulatorSettings = { ...DEFAULT_NEBIUS_SETTINGS, ...options.settings };
  const accounts = resolveNebiusAccounts(options.accounts);
  const store = new PracticeStore<NebiusPracticeState>(
    options.persistence,
    NebiusPracticeStateSchema,
    emptyNebiusState,
  );
  const faults = new FaultInjector();
  const tokenizer = options.tokenizer ?? {
    countText: (text: string) => countTextTokens(text),
    countExample: (example: ChatExample) => countExampleTokens(example),
  };
  const storeFile: NebiusContext['storeFile'] = ({ filename, purpose, bytes, createdAt }) => {
    const record: NebiusFile = {
      id: `file-${randomUUID()}`,
      filename,
      purpose,
      bytes: bytes.byteLength,
      createdAt,
      contentBase64: Buffer.from(bytes).toString('base64'),
    };
    store.state.files.push(record);
    store.changed();
    return record.id;
  };
  const jobDeps: NebiusJobDeps = {
    settings,
    durations,
    readFile: (id) => {
      const file = store.state.files.find((f) => f.id === id);
      return file ? Buffer.from(file.contentBase64, 'base64').toString('utf8') : undefined;
    },
    countExampleTokens: (example) => tokenizer.countExample(example),
    storeFile,
  };
  const ctx: NebiusContext = {
    store,
    clock,
    settings,
    durations,
    countTextTokens: (text) => tokenizer.countText(text),
    countExampleTokens: (example) => tokenizer.countExample(example),
    storeFile,
    advance() {
      const now = clock.now();
      let changed = false;
      for (const job of store.state.jobs) changed = advanceNebiusJob(job, now, jobDeps) || changed;
      for (const model of store.state.customModels) changed = advanceCustomModel(model, ctx, now) || changed;
      if (changed) store.changed();
    },
  };

  const app = new Hono<NebiusEnv>();
  app.use('*', async (c, next) => {
    const entry = { method: c.req.method, path: c.req.path, status: null as number | null };
    faults.record(entry);
    await next();
    entry.status = c.res.status;
  });
  if (options.adminRoutes) app.route('/_practice', admin(faults));
  app.use(
    '*',
    faultMiddleware<NebiusEnv>({
      faults,
      clock,
      pathOf: (c) => c.req.path,
      errorBody: (_c, status) => ({
        detail: status >= 500 ? 'Internal Server Error' : `Injected fault (${status})`,
      }),
    }),
  );
  app.route('/api/public', nebiusCatalogRoutes(ctx));
  const auth = nebiusAuth(accounts, clock);
  app.use('/v1/*', auth);
  app.use('/v0/*', auth);
  app.route('/v1', nebiusFileRoutes(ctx));
  app.route('/v1', nebiusJobRoutes(ctx));
  app.route('/v1', nebiusInferenceRoutes(ctx));
  app.route('/v1', nebiusEmbeddingRoutes(ctx));
  app.route('/v0', nebiusCustomModelRoutes(ctx));
  app.notFound((c) => c.json({ detail: 'Not Found' }, 404));
  app.onError((err, c) => {
    if (err instanceof DropConnection) throw err;
    const error = err instanceof NebiusError ? err : nebiusErrors.internal();
    return c.json({ detail: error.detail }, error.status as 400, error.headers);
  });

  const handle = (request: Request, env: TransportEnv = {}) =>
    handleWithDrops((r) => app.fetch(r), request, env.dropConnection);

  return {
    fetch: (input, init) => handle(new Request(input, init)),
    handle,
    faults,
    loadOutcome: store.loadOutcome,
    settings,
    snapshot: () => {
      ctx.advance();
      return store.snapshot();
    },
    restore: (state) => store.restore(state),
    flush: () => store.flush(),
    dispose: () => store.flush(),
  };
}
