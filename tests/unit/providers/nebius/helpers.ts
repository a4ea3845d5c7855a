// The Nebius adapter over loopback against the Nebius practice service (its harness: manual clock, one
// origin standing for api.tokenfactory.nebius.com), tuned for tests: no waits between attempts, a short
// per-call timeout for hangs.
import {
  NebiusProvider,
  type NebiusProviderOptions,
} from '../../../../electron/main/services/providers/nebius';
import type { NebiusHarness } from '../../practice/nebius/harness';
import { KEY } from '../../practice/nebius/harness';
import { testCallPolicy, trainingJsonl as sharedTrainingJsonl } from '../loopback';

export function adapterFor(h: NebiusHarness, options: Partial<NebiusProviderOptions> = {}): NebiusProvider {
  return new NebiusProvider({
    apiKey: KEY,
    baseURL: `${h.origin}/v1`,
    catalogUrl: `${h.origin}/api/public/models_info`,
    ...testCallPolicy(h.clock),
    ...options,
  });
}

export const trainingJsonl = (count = 12): Uint8Array => sharedTrainingJsonl(count);
