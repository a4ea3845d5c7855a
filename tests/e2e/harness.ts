// The test-only bridge: the renderer gets a `window.tunesmith` with the same Bridge interface as the
// preload, but its requests go to the real main-process router and services running in this Node
// process. Pages are served from dist/ by request interception on a fake origin, and every other
// request is aborted and recorded, so a test can prove the renderer never touches the network.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { createAppServices, type AppServices } from '../../electron/main/services/app/AppServices';
import { createHandlers } from '../../electron/main/ipc/handlers';
import { createRouter } from '../../electron/main/ipc/router';
import type { SecretCipher } from '../../electron/main/services/keys/SecretCipher';
import type { EventMap, EventName } from '../../shared/ipc/events';
import type { Clock, JobDurations } from '../../electron/main/services/practice';
import type { TrainingOptions } from '../../electron/main/services/training';
import type { TogetherDurations } from '../../electron/main/services/practice/together';
import type { DialogPort } from '../../electron/main/services/projects/DialogPort';

export const APP_URL = 'http://tunesmith.test/index.html';
const DIST = path.resolve(import.meta.dirname, '../../dist');

/** Reversible like safeStorage, with a key that lives only in this process. */
export function testCipher(available = true): SecretCipher {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    encryptString: (plain) => {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decryptString: (data) => {
      const d = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      d.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([d.update(data.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

/** The page side of the test bridge: the Bridge interface over the exposed binding, plus an event pump. */
const BRIDGE_SCRIPT = `(() => {
  const listeners = new Map();
  window.__tunesmithEmit = (event, payload) => listeners.get(event)?.forEach((l) => l(payload));
  window.tunesmith = Object.freeze({
    request: (route, input) => window.__tunesmithInvoke(route, input),
    on: (event, listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(listener);
      return () => listeners.get(event).delete(listener);
    },
  });
})();`;

export interface Harness {
  page: Page;
  services: AppServices;
  userDataDir: string;
  /** Every IPC exchange, as JSON text, for "never reaches the renderer" assertions. */
  ipcLog: string[];
  logLines: string[];
  blockedRequests: string[];
  emit<E extends EventName>(event: E, payload: EventMap[E]): Promise<void>;
}

export interface HarnessOptions {
  locale?: string;
  encryptionAvailable?: boolean;
  userDataDir?: string;
  /** The app's clock for dates users see (AppServices `now`); default: the system clock. */
  now?: () => Date;
  /** Where "OpenAI" lives for this test (e.g. a practice service's in-process fetch). */
  openaiEndpoint?: { baseURL: string; fetch?: typeof fetch };
  /** Fake native dialogs (Examples import/export): return fixture paths instead of asking a person. */
  dialogs?: DialogPort;
  /** Train (issue 6): a practice clock the test moves, phase lengths, and training hooks (fast poll timers, notifications, crash). */
  practiceClock?: Clock;
  practiceDurations?: JobDurations;
  /** Together (issue 15): the Together practice service's phase lengths (its clock is practiceClock). */
  togetherPracticeDurations?: TogetherDurations;
  training?: TrainingOptions;
}

const MIME: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

export async function startHarness(page: Page, options: HarnessOptions = {}): Promise<Harness> {
  const userDataDir = options.userDataDir ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-e2e-')));
  const ipcLog: string[] = [];
  const logLines: string[] = [];
  const blockedRequests: string[] = [];
  const emit = async <E extends EventName>(event: E, payload: EventMap[E]) => {
    ipcLog.push(JSON.stringify({ event, payload }));
    await page
      .evaluate(`window.__tunesmithEmit(${JSON.stringify(event)}, ${JSON.stringify(payload)})`)
      .catch(() => {});
  };
  const services = await createAppServices({
    userDataDir,
    cipher: testCipher(options.encryptionAvailable ?? true),
    openExternal: async () => {},
    emit: (event, payload) => void emit(event, payload),
    logSink: (line) => logLines.push(line),
    version: '0.0.0-e2e',
    platform: 'e2e',
    ...(options.now ? { now: options.now } : {}),
    // Main never reaches the real OpenAI from a test: unless a test supplies an endpoint, calls fail as offline.
    openaiEndpoint: options.openaiEndpoint ?? {
      baseURL: 'https://api.openai.com/v1',
      fetch: async () => {
        throw new TypeError('fetch failed: the end-to-end harness has no network');
      },
    },
    ...(options.dialogs ? { dialogs: options.dialogs } : {}),
    ...(options.practiceClock ? { practiceClock: options.practiceClock } : {}),
    ...(options.practiceDurations ? { practiceDurations: options.practiceDurations } : {}),
    ...(options.togetherPracticeDurations
      ? { togetherPracticeDurations: options.togetherPracticeDurations }
      : {}),
    ...(options.training ? { training: options.training } : {}),
  });
  // Trust only the top frame on our fake origin: the same rule main applies to app://tunesmith.
  const router = createRouter<{ top: boolean; url: string }>(
    createHandlers(services),
    (s) => s.top && new URL(s.url).origin === new URL(APP_URL).origin,
    services.logger,
  );

  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== new URL(APP_URL).origin) {
      blockedRequests.push(url.href);
      return route.abort();
    }
    const file = path.join(DIST, decodeURIComponent(url.pathname));
    if (!file.startsWith(DIST)) return route.abort();
    try {
      const body = await fs.readFile(file);
      return route.fulfill({ body, contentType: MIME[path.extname(file)] ?? 'application/octet-stream' });
    } catch {
      return route.fulfill({ status: 404, body: 'not found' });
    }
  });

  await page.exposeBinding('__tunesmithInvoke', async (source, route: string, input: unknown) => {
    const result = await router.dispatch(route, input, {
      top: source.frame === source.page.mainFrame(),
      url: source.frame.url(),
    });
    ipcLog.push(JSON.stringify({ route, result }));
    return result;
  });
  // Init scripts are plain strings: a function would be serialized after the TypeScript loader (tsx) has
  // added helpers such as __name that do not exist in the page.
  await page.addInitScript({ content: BRIDGE_SCRIPT });
  if (options.locale) {
    const locale = JSON.stringify(options.locale);
    await page.addInitScript({
      content: `Object.defineProperty(navigator, 'languages', { get: () => [${locale}] });
        Object.defineProperty(navigator, 'language', { get: () => ${locale} });`,
    });
  }
  await page.goto(APP_URL);
  return { page, services, userDataDir, ipcLog, logLines, blockedRequests, emit };
}

/** Every file under a folder, as bytes decoded latin1 so any ASCII secret would show up in a search. */
export async function readAllFiles(dir: string): Promise<string> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(await fs.readFile(path.join(entry.parentPath, entry.name), 'latin1'));
  }
  return out.join('\n');
}
