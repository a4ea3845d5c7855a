// The Together adapter over loopback against the Together practice service (its harness: manual clock),
// tuned for tests: no waits between attempts, a short per-call timeout where a test needs hangs to end.
import {
  TogetherProvider,
  type TogetherProviderOptions,
} from '../../../../electron/main/services/providers/together';
import { KEY, PROJECT, type TogetherHarness } from '../../practice/together/harness';
import { testCallPolicy, trainingJsonl as sharedTrainingJsonl } from '../loopback';

export function adapterFor(
  h: TogetherHarness,
  options: Partial<TogetherProviderOptions> = {},
): TogetherProvider {
  return new TogetherProvider({
    apiKey: KEY,
    projectId: PROJECT,
    v1: `${h.origin}/v1`,
    v2: `${h.origin}/v2`,
    ...testCallPolicy(h.clock),
    ...options,
  });
}

export const trainingJsonl = (count = 16): Uint8Array => sharedTrainingJsonl(count);

/** Uploads and lets Together's processing finish (PENDING → … → COMPLETED on the clock). */
export async function processedFile(h: TogetherHarness, adapter: TogetherProvider, count = 16) {
  const file = await adapter.uploadTrainingFile('train.jsonl', trainingJsonl(count));
  h.clock.advance(60_000);
  return file;
}
