// Shared set-up for the practice-service tests: a service on a loopback port with a manual clock, and an
// official `openai` SDK client pointed at it. Every test drives the service the way the app does.
import OpenAI, { toFile } from 'openai';
import {
  type AccountsOption,
  type PracticePersistence,
  type PracticeServer,
  type PracticeService,
  JOB_DURATIONS,
  createManualClock,
  createPracticeService,
  listenPracticeService,
} from '../../../electron/main/services/practice';

export const PRACTICE_KEY = 'tunesmith-practice';
/** Longer than any job's whole life with the app's default durations. */
export const WHOLE_JOB_MS = 10 * 60_000;

export interface Harness {
  service: PracticeService;
  server: PracticeServer;
  clock: ReturnType<typeof createManualClock>;
  client: OpenAI;
  clientFor(options?: ConstructorParameters<typeof OpenAI>[0]): OpenAI;
  close(): Promise<void>;
}

export async function startHarness(
  options: {
    accounts?: AccountsOption;
    persistence?: PracticePersistence;
    clock?: ReturnType<typeof createManualClock>;
  } = {},
): Promise<Harness> {
  const clock = options.clock ?? createManualClock();
  const service = createPracticeService({
    clock,
    durations: JOB_DURATIONS.app,
    ...(options.accounts ? { accounts: options.accounts } : {}),
    ...(options.persistence ? { persistence: options.persistence } : {}),
  });
  const server = await listenPracticeService(service);
  const clientFor = (clientOptions: ConstructorParameters<typeof OpenAI>[0] = {}) =>
    new OpenAI({ apiKey: PRACTICE_KEY, baseURL: server.url, maxRetries: 0, ...clientOptions });
  return {
    service,
    server,
    clock,
    client: clientFor(),
    clientFor,
    close: async () => {
      await server.close();
      await service.dispose();
    },
  };
}

/** A brand-voice style chat example, numbered so every line differs. */
export function chatLine(i: number): string {
  return JSON.stringify({
    messages: [
      { role: 'system', content: 'You are the support assistant of Acme Kettles.' },
      { role: 'user', content: `My kettle number ${i} will not switch on. What should I do?` },
      {
        role: 'assistant',
        content: `So sorry about kettle ${i}! Please check the base is plugged in, then hold the switch for two seconds. Warmly, the Acme team.`,
      },
    ],
  });
}

export function trainingJsonl(count: number): string {
  return `${Array.from({ length: count }, (_, i) => chatLine(i + 1)).join('\n')}\n`;
}

export async function uploadTrainingFile(client: OpenAI, content: string, name = 'train.jsonl') {
  return client.files.create({
    file: await toFile(Buffer.from(content, 'utf8'), name),
    purpose: 'fine-tune',
  });
}

/** In-memory persistence that records every save, standing in for the app's durable JSON store. */
export function memoryPersistence(): PracticePersistence & { saved: unknown; saves: number } {
  const box = {
    saved: undefined as unknown,
    saves: 0,
    load: () => (box.saved === undefined ? undefined : structuredClone(box.saved)),
    save: (state: unknown) => {
      box.saved = structuredClone(state);
      box.saves += 1;
    },
  };
  return box;
}
