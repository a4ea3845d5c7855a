// Uploads over the practice API with the real adapter: the Files API below the size threshold, the
// Uploads API in parts above it (with progress after each part), reuse by content hash per account,
// and a fresh upload when the remembered file has been deleted on the provider's side.
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createPracticeService,
  DEFAULT_PRACTICE_KEY,
  PRACTICE_BASE_URL,
  type PracticeService,
} from '../../../electron/main/services/practice';
import { OpenAIProvider } from '../../../electron/main/services/providers';
import { openTrainingStore } from '../../../electron/main/services/training/TrainingStore';
import { sha256, toJsonl, uploadOnce } from '../../../electron/main/services/training/Uploader';

let practice: PracticeService | null = null;
afterEach(async () => {
  await practice?.dispose();
  practice = null;
});

const lines = (n: number) =>
  toJsonl(
    Array.from({ length: n }, (_, i) => ({
      messages: [
        { role: 'user', content: `Question ${i}: how long do I steep green tea?` },
        { role: 'assistant', content: `Answer ${i}: two minutes at 80 °C.` },
      ],
    })),
  );

async function setup(multipartAboveBytes = Infinity) {
  practice = createPracticeService({});
  const provider = new OpenAIProvider({
    id: 'practice',
    apiKey: DEFAULT_PRACTICE_KEY,
    baseURL: PRACTICE_BASE_URL,
    fetch: practice.fetch,
    multipartAboveBytes,
    partBytes: 1_000,
  });
  const store = await openTrainingStore(await mkdtemp(path.join(os.tmpdir(), 'tunesmith-upload-')));
  const progress: [number, number, boolean][] = [];
  const upload = (content: Uint8Array, accountKey = 'practice') =>
    uploadOnce(
      { store, sleep: async () => undefined },
      {
        provider,
        accountKey,
        filename: 'train.jsonl',
        content,
        signal: new AbortController().signal,
        onProgress: (sent, total, reused) => progress.push([sent, total, reused]),
      },
    );
  return { practice, provider, store, progress, upload };
}

describe('uploadOnce', () => {
  it('sends a small file in one Files API request and remembers its hash for this account', async () => {
    const { practice, store, progress, upload } = await setup();
    const content = lines(12);
    const id = await upload(content);
    expect(practice.faults.count('POST /files')).toBe(1);
    expect(practice.faults.count('POST /uploads')).toBe(0);
    expect(progress.at(-1)).toEqual([content.byteLength, content.byteLength, false]);
    expect(store.get().uploadedFiles['practice']?.[sha256(content)]).toBe(id);
  });

  it('sends a large file through the Uploads API in parts, reporting progress after each part', async () => {
    const { practice, progress, upload } = await setup(2_000);
    const content = lines(60);
    expect(content.byteLength).toBeGreaterThan(4_000);
    const id = await upload(content);
    expect(id).toMatch(/^file-/);
    const parts = Math.ceil(content.byteLength / 1_000);
    expect(practice.faults.count('POST /uploads')).toBe(1);
    expect(practice.faults.count('POST /uploads/:id/parts')).toBe(parts);
    expect(practice.faults.count('POST /uploads/:id/complete')).toBe(1);
    expect(practice.faults.count('POST /files')).toBe(0);
    const sent = progress.map(([s]) => s);
    expect(sent).toEqual([
      0,
      ...Array.from({ length: parts }, (_, i) => Math.min((i + 1) * 1_000, content.byteLength)),
    ]);
  });

  it('reuses the same content on the same account, but uploads it again for another account', async () => {
    const { practice, progress, upload } = await setup();
    const content = lines(12);
    const first = await upload(content);
    expect(await upload(content)).toBe(first);
    expect(progress.at(-1)).toEqual([content.byteLength, content.byteLength, true]);
    expect(practice.faults.count('POST /files')).toBe(1);
    expect(await upload(content, 'openai:other')).not.toBe(first);
    expect(practice.faults.count('POST /files')).toBe(2);
  });

  it('uploads again when the remembered file was deleted on the provider', async () => {
    const { practice, upload } = await setup();
    const content = lines(12);
    const first = await upload(content);
    await practice.fetch(`${PRACTICE_BASE_URL}/files/${first}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${DEFAULT_PRACTICE_KEY}` },
    });
    const second = await upload(content);
    expect(second).not.toBe(first);
    expect(practice.faults.count('POST /files')).toBe(2);
  });
});
