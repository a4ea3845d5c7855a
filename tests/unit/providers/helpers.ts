// A practice service on a real loopback port, and the app's OpenAI adapter pointed at it: every provider
// test goes through the official SDK over real HTTP, as the app does with OpenAI.
import {
  type AccountsOption,
  type ManualClock,
  type PracticeServer,
  type PracticeService,
  createManualClock,
  createPracticeService,
  listenPracticeService,
} from '../../../electron/main/services/practice';
import { OpenAIProvider, type OpenAIProviderOptions } from '../../../electron/main/services/providers';
import type { Sleep } from '../../../electron/main/services/providers/callPolicy';

export const PRACTICE_KEY = 'tunesmith-practice';

export interface ProviderHarness {
  service: PracticeService;
  server: PracticeServer;
  clock: ManualClock;
  /** Every back-off the adapter asked for, in ms (the recording sleep returns at once). */
  sleeps: number[];
  provider(options?: Partial<OpenAIProviderOptions>): OpenAIProvider;
  close(): Promise<void>;
}

export async function startProviderHarness(
  options: { accounts?: AccountsOption; clock?: ManualClock } = {},
): Promise<ProviderHarness> {
  const clock = options.clock ?? createManualClock();
  const service = createPracticeService({
    clock,
    ...(options.accounts ? { accounts: options.accounts } : {}),
  });
  const server = await listenPracticeService(service);
  const sleeps: number[] = [];
  const recordingSleep: Sleep = async (ms, signal) => {
    sleeps.push(ms);
    if (signal?.aborted) throw signal.reason;
  };
  return {
    service,
    server,
    clock,
    sleeps,
    provider: (overrides = {}) =>
      new OpenAIProvider({
        id: 'openai',
        apiKey: PRACTICE_KEY,
        baseURL: server.url,
        sleep: recordingSleep,
        random: () => 0,
        createSettleMs: 0,
        ...overrides,
      }),
    close: async () => {
      await server.close();
      await service.dispose();
    },
  };
}

/** Ten brand-voice lines: the smallest training file OpenAI (and the practice service) accepts. */
export function trainingBytes(count = 10): Uint8Array {
  const lines = Array.from({ length: count }, (_, i) =>
    JSON.stringify({
      messages: [
        { role: 'system', content: 'You answer for Acme Kettles, warmly.' },
        { role: 'user', content: `Kettle ${i + 1} will not switch on.` },
        {
          role: 'assistant',
          content: `Sorry about kettle ${i + 1}! Check the plug, then hold the switch. Warmly, Acme.`,
        },
      ],
    }),
  );
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

/** Waits (without sleeping) until the service has seen a request matching the route. */
export async function waitForRequest(service: PracticeService, route: string, count = 1): Promise<void> {
  for (let i = 0; i < 2000 && service.faults.count(route) < count; i++)
    await new Promise((r) => setImmediate(r));
  if (service.faults.count(route) < count) throw new Error(`service never saw ${route}`);
}
