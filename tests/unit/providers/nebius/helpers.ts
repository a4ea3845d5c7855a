// The Nebius adapter over loopback against the Nebius practice service (its harness: manual clock, one
// origin standing for api.tokenfactory.nebius.com), tuned for tests: no waits between attempts, a short
// per-call timeout for hangs.
import {
  NebiusProvider,
  type NebiusProviderOptions,
} from '../../../../electron/main/services/providers/nebius';
import type { NebiusHarness } from '../../practice/nebius/harness';
import { KEY } from '../../practice/nebius/harness';

export function adapterFor(h: NebiusHarness, options: Partial<NebiusProviderOptions> = {}): NebiusProvider {
  return new NebiusProvider({
    apiKey: KEY,
    baseURL: `${h.origin}/v1`,
    catalogUrl: `${h.origin}/api/public/models_info`,
    sleep: () => Promise.resolve(),
    random: () => 0,
    createSettleMs: 0,
    interactiveTimeoutMs: 10_000,
    now: () => h.clock.now(),
    ...options,
  });
}

export const trainingJsonl = (count = 12): Uint8Array =>
  new TextEncoder().encode(
    Array.from({ length: count }, (_, i) =>
      JSON.stringify({
        messages: [
          { role: 'user', content: `Do you have cake number ${i + 1} today?` },
          { role: 'assistant', content: `Yes! Cake ${i + 1} is fresh this morning. — Mo` },
        ],
      }),
    ).join('\n') + '\n',
  );
