// The Alibaba adapter over loopback against the Alibaba practice service (its harness: manual clock, two
// regions on one origin), tuned for tests: no waits between attempts, a short per-call timeout for hangs.
import {
  AlibabaProvider,
  type AlibabaProviderOptions,
} from '../../../../electron/main/services/providers/alibaba';
import type { AlibabaHarness } from '../../practice/alibaba/harness';
import { SG_KEY } from '../../practice/alibaba/harness';

export function adapterFor(
  h: AlibabaHarness,
  options: Partial<AlibabaProviderOptions> = {},
): AlibabaProvider {
  return new AlibabaProvider({
    apiKey: SG_KEY,
    region: null,
    hosts: h.hosts,
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
