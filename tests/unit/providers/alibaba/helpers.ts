// The Alibaba adapter over loopback against the Alibaba practice service (its harness: manual clock, two
// regions on one origin), tuned for tests: no waits between attempts, a short per-call timeout for hangs.
import {
  AlibabaProvider,
  type AlibabaProviderOptions,
} from '../../../../electron/main/services/providers/alibaba';
import type { AlibabaHarness } from '../../practice/alibaba/harness';
import { SG_KEY } from '../../practice/alibaba/harness';
import { testCallPolicy, trainingJsonl as sharedTrainingJsonl } from '../loopback';

export function adapterFor(
  h: AlibabaHarness,
  options: Partial<AlibabaProviderOptions> = {},
): AlibabaProvider {
  return new AlibabaProvider({
    apiKey: SG_KEY,
    region: null,
    hosts: h.hosts,
    ...testCallPolicy(h.clock),
    ...options,
  });
}

export const trainingJsonl = (count = 12): Uint8Array => sharedTrainingJsonl(count);
