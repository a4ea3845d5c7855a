// The "done when": a practice model trained on the brand-voice sample answers held-out questions
// measurably closer to the sample's style than the base practice model. Everything goes through the SDK
// over HTTP, as a user's session would: upload, train, then ask the questions the model never saw.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatExample } from '../../../shared/domain/chat';
import { textSimilarity } from '../../../shared/domain/similarity';
import { type Harness, WHOLE_JOB_MS, startHarness, uploadTrainingFile } from './harness';

const HELD_OUT = 10;
const samples = fileURLToPath(new URL('../../../samples/brand-voice/', import.meta.url));

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / Math.max(1, xs.length);

describe.each(['en', 'zh-TW', 'zh-CN'])('brand-voice sample (%s)', (language) => {
  it('trained model answers held-out questions closer to the sample’s replies than the base model', async () => {
    const lines = readFileSync(`${samples}${language}.jsonl`, 'utf8').trim().split('\n');
    const train = lines.slice(0, -HELD_OUT);
    const heldOut = lines.slice(-HELD_OUT).map((l) => JSON.parse(l) as ChatExample);
    const file = await uploadTrainingFile(h.client, `${train.join('\n')}\n`);
    const job = await h.client.fineTuning.jobs.create({
      model: 'gpt-4o-mini',
      training_file: file.id,
      suffix: 'brand-voice',
    });
    h.clock.advance(WHOLE_JOB_MS);
    const done = await h.client.fineTuning.jobs.retrieve(job.id);
    expect(done.status).toBe('succeeded');

    const scores = { tuned: [] as number[], base: [] as number[] };
    for (const example of heldOut) {
      const prompt = example.messages.filter((m) => m.role !== 'assistant');
      const reference = example.messages.find((m) => m.role === 'assistant')?.content ?? '';
      const messages = prompt.map((m) => ({ role: m.role as 'system' | 'user', content: m.content ?? '' }));
      for (const [kind, model] of [
        ['tuned', done.fine_tuned_model ?? ''],
        ['base', 'gpt-4o-mini'],
      ] as const) {
        const reply = await h.client.chat.completions.create({ model, messages, seed: 1 });
        scores[kind].push(textSimilarity(reply.choices[0]?.message.content ?? '', reference));
      }
    }
    const tuned = mean(scores.tuned);
    const base = mean(scores.base);
    console.info(
      `brand-voice ${language}: mean similarity to held-out replies, tuned ${tuned.toFixed(3)} vs base ${base.toFixed(3)}`,
    );
    // "Measurably closer": at least a quarter closer on average than the base model.
    expect(tuned).toBeGreaterThan(base * 1.25);
    // Not a fluke of one answer: most held-out questions individually favour the tuned model.
    const wins = scores.tuned.filter((t, i) => t > (scores.base[i] ?? 0)).length;
    expect(wins).toBeGreaterThanOrEqual(HELD_OUT * 0.7);
  });
});
