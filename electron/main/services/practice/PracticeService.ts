// The practice service: OpenAI's API under /v1, served by Hono. The app hands `service.fetch` to the official
// `openai` SDK (no port opened); tests and `npm run practice-api` put it on loopback via server.ts.
import { Hono } from 'hono';
import type { ChatExample } from '../../../../shared/domain/chat';
import { type AccountsOption, DEFAULT_ORGANIZATION_ID, authAndRateLimit, resolveAccounts } from './accounts';
import { admin } from './admin';
import { moderate } from './brain';
import { type Clock, JOB_DURATIONS, type JobDurations, systemClock } from './clock';
import type { AppEnv, PracticeContext } from './context';
import { ApiError, errors } from './errors';
import { DropConnection, FaultInjector } from './faults';
import { newId } from './ids';
import { type LifecycleDeps, advanceJob } from './jobs/lifecycle';
import { chatRoutes } from './routes/chat';
import { embeddingRoutes } from './routes/embeddings';
import { fileRoutes, storeFile } from './routes/files';
import { jobRoutes } from './routes/jobs';
import { storedCompletionRoutes } from './routes/storedCompletions';
import { modelRoutes } from './routes/models';
import { uploadRoutes } from './routes/uploads';
import { type LoadOutcome, type PracticePersistence, type PracticeState, PracticeStore } from './state';

export interface PracticeServiceOptions {
  /** Time source for job progress, upload expiry and delay faults. Default: the system clock. */
  clock?: Clock;
  /** Phase lengths of a job. Default `JOB_DURATIONS.app` (about a minute); `JOB_DURATIONS.fast` for demos. */
  durations?: JobDurations;
  /** Accepted API keys, optionally with an account profile each. Default: the single key `tunesmith-practice`. */
  accounts?: AccountsOption;
  /** Where state survives restarts. Default: memory only. */
  persistence?: PracticePersistence;
  /** Screen training data with the practice moderation as OpenAI does (flagged lines fail the job). Default true. */
  moderateTrainingData?: boolean;
  /** Serve `/_practice/faults` (JSON fault control for out-of-process tests). Default false. */
  adminRoutes?: boolean;
}

/** Transport hooks for a real socket: how to drop the connection without answering. */
export interface TransportEnv {
  dropConnection?: () => void;
}

export interface PracticeService {
  /** A WHATWG fetch for the `openai` SDK's `fetch` option; pair it with `baseURL: PRACTICE_BASE_URL`. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /** Handles one request for a transport (server.ts). */
  handle(request: Request, env?: TransportEnv): Promise<Response>;
  readonly faults: FaultInjector;
  /** Whether stored state was restored, absent, or rejected as unreadable at start-up. */
  readonly loadOutcome: LoadOutcome;
  snapshot(): PracticeState;
  restore(state: unknown): void;
  /** Waits until every change so far has been handed to the persistence. */
  flush(): Promise<void>;
  dispose(): Promise<void>;
}

export const PRACTICE_BASE_URL = 'http://practice.invalid/v1';

export function createPracticeService(options: PracticeServiceOptions = {}): PracticeService {
  const clock = options.clock ?? systemClock;
  const durations = options.durations ?? JOB_DURATIONS.app;
  const accounts = resolveAccounts(options.accounts);
  const organizationId = [...accounts.values()][0]?.organizationId ?? DEFAULT_ORGANIZATION_ID;
  const store = new PracticeStore(options.persistence);
  const faults = new FaultInjector();

  const modelExamples = (id: string): ChatExample[] =>
    (store.state.models.find((m) => m.id === id)?.examples ?? []) as ChatExample[];
  const lifecycle: LifecycleDeps = {
    durations,
    organizationId,
    readFileText: (id) => {
      const file = store.state.files.find((f) => f.id === id);
      return file ? Buffer.from(file.contentBase64, 'base64').toString('utf8') : undefined;
    },
    parentExamples: modelExamples,
    createResultFile: (contentBase64, createdAt) =>
      storeFile(ctx, {
        filename: 'step_metrics.csv',
        purpose: 'fine-tune-results',
        bytes: Buffer.from(contentBase64, 'utf8'),
        createdAt,
      }).id,
    registerModel: (model) => {
      store.state.models.push(model);
    },
    ...(options.moderateTrainingData === false
      ? {}
      : {
          isFlagged: (example: ChatExample) =>
            moderate(example.messages.map((m) => m.content ?? '').join('\n')).flagged,
        }),
  };
  const ctx: PracticeContext = {
    store,
    clock,
    durations,
    organizationId,
    lifecycle,
    advanceJobs() {
      const now = clock.now();
      let changed = false;
      for (const job of store.state.jobs) changed = advanceJob(job, now, lifecycle) || changed;
      if (changed) store.changed();
    },
  };

  const v1 = new Hono<AppEnv>();
  v1.use('*', authAndRateLimit(accounts, clock));
  for (const routes of [
    modelRoutes,
    fileRoutes,
    uploadRoutes,
    jobRoutes,
    chatRoutes,
    storedCompletionRoutes,
    embeddingRoutes,
  ]) {
    v1.route('/', routes(ctx));
  }

  const app = new Hono<AppEnv>();
  // x-request-id on every answer, and a log of what the service saw (tests count requests with it).
  app.use('*', async (c, next) => {
    const requestId = newId.request();
    c.set('requestId', requestId);
    const entry = {
      method: c.req.method,
      path: c.req.path.replace(/^\/v1/, ''),
      status: null as number | null,
    };
    faults.record(entry);
    await next();
    c.res.headers.set('x-request-id', requestId);
    entry.status = c.res.status;
  });
  if (options.adminRoutes) app.route('/_practice', admin(faults));
  app.use('/v1/*', async (c, next) => {
    const fault = faults.take(c.req.method, c.req.path.replace(/^\/v1/, ''));
    if (!fault) return next();
    switch (fault.kind) {
      case 'status': {
        const body = fault.body ?? {
          error:
            fault.status >= 500
              ? errors.serverError().body
              : {
                  message: `Injected fault (${fault.status})`,
                  type: 'invalid_request_error',
                  param: null,
                  code: null,
                },
        };
        return c.json(body, fault.status as 500, fault.headers);
      }
      case 'delay':
        await clock.sleep(fault.ms, c.req.raw.signal);
        return next();
      case 'drop':
        throw new DropConnection();
      case 'hang':
        // Wait for the client to give up; then there is nobody left to answer.
        await new Promise<never>((_, reject) => {
          const signal = c.req.raw.signal;
          if (signal.aborted) reject(new DropConnection());
          signal.addEventListener('abort', () => reject(new DropConnection()), { once: true });
        });
        return;
      case 'after-handler': {
        await next();
        // The handler's effects stand (a job was created), but the client is told the request failed.
        const status = fault.status ?? 503;
        c.res = c.json(
          fault.body ?? {
            error: {
              message: 'The server is overloaded or not ready yet.',
              type: 'server_error',
              param: null,
              code: null,
            },
          },
          status as 503,
        );
        return;
      }
    }
  });
  app.route('/v1', v1);
  app.notFound((c) => {
    const error = errors.notFoundRoute(c.req.method, c.req.path);
    return c.json({ error: error.body }, 404);
  });
  app.onError((err, c) => {
    if (err instanceof DropConnection) throw err;
    const error = err instanceof ApiError ? err : errors.serverError();
    return c.json({ error: error.body }, error.status as 400, error.headers);
  });

  const handle = async (request: Request, env: TransportEnv = {}): Promise<Response> => {
    try {
      return await app.fetch(request);
    } catch (error) {
      if (!(error instanceof DropConnection)) throw error;
      if (env.dropConnection) {
        env.dropConnection();
        return new Response(null, { status: 499 });
      }
      if (request.signal.aborted) throw request.signal.reason;
      // In-process there is no socket to close: fail the way fetch fails on a network error.
      throw new TypeError('fetch failed', { cause: error });
    }
  };

  return {
    fetch: (input, init) => handle(new Request(input, init)),
    handle,
    faults,
    loadOutcome: store.loadOutcome,
    snapshot: () => {
      ctx.advanceJobs();
      return store.snapshot();
    },
    restore: (state) => store.restore(state),
    flush: () => store.flush(),
    dispose: () => store.flush(),
  };
}
