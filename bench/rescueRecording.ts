// Golden-answer recording against the practice retiring account (issue 13): prompts recorded per minute
// and requests per recorded answer, with the real recorder, the official SDK over the in-process practice
// service, and the real answer log (append + fsync per answer). Three runs: clean; with one request in
// five answered 429 (retry-after 1 s, waited on a simulated clock so the bench does not sleep); and with
// one extra sample per prompt (n at the user's temperature: two requests per answer by design).
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  PRACTICE_BASE_URL,
  RETIRING_ACCOUNTS,
  RETIRING_PRACTICE_KEY,
  createPracticeService,
  withRetiringAccount,
} from '../electron/main/services/practice';
import { recordGoldenAnswers } from '../electron/main/services/rescue/GoldenRecorder';
import { AnswerLog } from '../electron/main/services/rescue/RescueStore';
import { RetiringAccountClient } from '../electron/main/services/rescue/RetiringAccountClient';
import { promptIdOf } from '../electron/main/services/rescue/prompts';
import type { RescuePrompt } from '../shared/domain/rescue/types';
import type { BenchResult } from './types';

const MODEL = 'ft:gpt-4o-mini-2024-07-18:acmehelpdesk:support:R3sCu3Ab';
const PROMPTS = 300;
const SYSTEM = 'You are the support assistant of Acme Kettles. Be warm, brief and practical.';

function prompts(): RescuePrompt[] {
  return Array.from({ length: PROMPTS }, (_, i) => {
    const question = `Question ${i}: my kettle number ${i} makes a strange noise. What should I do?`;
    return { id: promptIdOf(SYSTEM, question), origin: 'pasted', system: SYSTEM, question, reference: null };
  });
}

async function run(label: string, every429: number | null, extraSamples: number) {
  const service = createPracticeService({ accounts: RETIRING_ACCOUNTS });
  service.restore(withRetiringAccount(service.snapshot(), Date.now()));
  let seen = 0;
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (every429 && url.endsWith('/chat/completions') && ++seen % every429 === 0)
      return new Response(
        JSON.stringify({
          error: { message: 'Rate limit', type: 'requests', param: null, code: 'rate_limit_exceeded' },
        }),
        { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '1' } },
      );
    return service.fetch(input, init);
  };
  const client = new RetiringAccountClient({
    apiKey: RETIRING_PRACTICE_KEY,
    baseURL: PRACTICE_BASE_URL,
    fetch,
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'tunesmith-bench-rescue-'));
  const log = await AnswerLog.open(dir, MODEL);
  // Back-off waits move a simulated clock instead of the wall clock, so only real work is timed.
  let skewMs = 0;
  const counters = { requests: 0, rateLimited: 0 };
  const started = performance.now();
  const outcome = await recordGoldenAnswers(
    prompts(),
    { model: MODEL, temperature: 0.7, extraSamples, concurrency: 4 },
    {
      client,
      log,
      sleep: async (ms) => {
        skewMs += ms;
      },
      now: () => Date.now() + skewMs,
      onProgress: () => undefined,
    },
    new AbortController().signal,
    counters,
  );
  const wallMs = performance.now() - started;
  if (outcome.kind !== 'finished' || log.size !== PROMPTS)
    throw new Error(`${label}: ${JSON.stringify(outcome)}`);
  return {
    perMinute: Math.round((PROMPTS / wallMs) * 60_000),
    requestsPerAnswer: Number((counters.requests / log.size).toFixed(2)),
    waitedS: Math.round(skewMs / 1000),
  };
}

export async function runRescueRecordingBench(): Promise<BenchResult[]> {
  const clean = await run('clean', null, 0);
  const storm = await run('429 storm', 5, 0);
  const extra = await run('extra sample', null, 1);
  return [
    {
      name: 'rescue: prompts recorded / min (practice)',
      value: clean.perMinute,
      unit: '/min',
      note: `${PROMPTS} prompts, 4 at a time`,
    },
    { name: 'rescue: requests per recorded answer', value: clean.requestsPerAnswer, unit: 'req', target: 1 },
    {
      name: 'rescue: requests per answer, 1 in 5 → 429',
      value: storm.requestsPerAnswer,
      unit: 'req',
      note: `${storm.perMinute}/min of work; ${storm.waitedS} s of retry-after waited (simulated)`,
    },
    {
      name: 'rescue: requests per answer, +1 sample',
      value: extra.requestsPerAnswer,
      unit: 'req',
      target: 2,
      note: `${extra.perMinute}/min`,
    },
  ];
}
