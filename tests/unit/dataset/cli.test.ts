// The headless check as a user or CI runs it: a real subprocess, its exit code and its JSON.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/data');
const run = promisify(execFile);

/** What `npm run check-data -- …` runs (without npm's own start-up). */
async function checkData(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return checkDataWith({}, ...args);
}

async function checkDataWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/check-data.mjs', ...args], {
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
      env: { ...process.env, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('check-data CLI', () => {
  it(
    'prints exactly one JSON object of the documented shape and exits 1 on errors',
    { timeout: 120_000 },
    async () => {
      const result = await checkData(
        join(FIXTURES, 'cookbook-missing-content.jsonl'),
        '--model',
        'gpt-4o-mini-2024-07-18',
        '--json',
      );
      expect(result.code).toBe(1);
      const lines = result.stdout.trim().split('\n');
      expect(lines).toHaveLength(1);
      const out = JSON.parse(lines[0] as string) as Record<string, unknown>;
      expect(Object.keys(out).sort()).toEqual(
        [
          'counts',
          'encoding',
          'epochs',
          'estimatedCost',
          'examples',
          'file',
          'issues',
          'model',
          'provider',
          'tokenizer',
          'tokens',
        ].sort(),
      );
      expect(out).toMatchObject({
        model: 'gpt-4o-mini-2024-07-18',
        provider: 'openai',
        tokenizer: 'o200k_base',
        encoding: 'utf-8',
        examples: 12,
        epochs: 8,
      });
      expect(out.counts).toEqual({ missing_content: 2, empty_assistant_reply: 1, few_examples: 1 });
      expect(out.issues).toContainEqual({
        code: 'missing_content',
        severity: 'error',
        line: 4,
        example: 3,
        message: 'A message has no text content (message 2).',
      });
      const tokens = out.tokens as { total: number; billed: number; max: number; perExample: number[] };
      expect(tokens.perExample).toHaveLength(12);
      expect(tokens.total).toBe(tokens.perExample.reduce((a, b) => a + b, 0));
      expect(tokens.billed).toBe(tokens.total);
      expect(tokens.max).toBe(Math.max(...tokens.perExample));
      const cost = out.estimatedCost as { usd: number; amount: number; currency: string; formula: string };
      expect(cost.usd).toBeCloseTo((tokens.billed * 8 * 3) / 1_000_000, 10);
      expect(cost.amount).toBe(cost.usd);
      expect(cost.currency).toBe('USD');
      expect(cost.formula).toBe(`${tokens.billed} tokens × 8 epochs × $3 / 1M tokens`);
    },
  );

  it(
    'counts Qwen tokens and prices the run at Alibaba Singapore for --model qwen3-14b',
    { timeout: 120_000 },
    async () => {
      const result = await checkData(join(FIXTURES, 'valid.jsonl'), '--model', 'qwen3-14b', '--json');
      expect(result.code).toBe(0);
      const out = JSON.parse(result.stdout) as {
        provider: string;
        tokenizer: string;
        examples: number;
        epochs: number;
        tokens: { total: number; billed: number; perExample: number[] };
        estimatedCost: { usd: number; amount: number; currency: string; formula: string };
      };
      expect(out).toMatchObject({ provider: 'alibaba', tokenizer: 'qwen', examples: 12, epochs: 8 });
      // valid.jsonl line 1, rendered with Qwen3's chat template, is exactly 40 tokens:
      // 3 messages × (4 framing + 1 role) + "You are Little Kettle support." 7
      // + "Where is my parcel?" 5 + "It left the warehouse on Monday and should reach you by Thursday." 13.
      expect(out.tokens.perExample[0]).toBe(40);
      expect(out.tokens.perExample).toHaveLength(12);
      expect(out.tokens.total).toBe(out.tokens.perExample.reduce((a, b) => a + b, 0));
      expect(out.estimatedCost.currency).toBe('USD');
      expect(out.estimatedCost.amount).toBeCloseTo((out.tokens.billed * 8 * 1.6) / 1_000_000, 12);
      expect(out.estimatedCost.formula).toBe(`${out.tokens.billed} tokens × 8 epochs × $1.6 / 1M tokens`);
      // The same file counted with o200k gives other numbers: the tokenizer really changed.
      const openai = JSON.parse(
        (await checkData(join(FIXTURES, 'valid.jsonl'), '--model', 'gpt-4o-mini-2024-07-18', '--json'))
          .stdout,
      ) as { tokens: { total: number } };
      expect(openai.tokens.total).not.toBe(out.tokens.total);
    },
  );

  it('exits 0 and prints a readable report when there are no errors', { timeout: 120_000 }, async () => {
    const result = await checkData(join(FIXTURES, 'valid.jsonl'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Examples:  12');
    expect(result.stdout).toContain('No errors found.');
  });

  it(
    "runs the check under the app worker's memory cap and says so when a file needs more",
    { timeout: 120_000 },
    async () => {
      // 20 MB cannot even hold the tokenizer tables: the worker is stopped at its cap, as in the app.
      const file = join(FIXTURES, 'valid.jsonl');
      const capped = await checkDataWith({ TUNESMITH_CHECK_MEMORY_MB: '20' }, file);
      expect(capped.code).toBe(2);
      expect(capped.stderr).toBe(
        `${file}: The background check stopped unexpectedly. It may need more than the 20 MB of memory a check is allowed (the same cap as in the app); split the file and check the parts.\n`,
      );
      const json = await checkDataWith({ TUNESMITH_CHECK_MEMORY_MB: '20' }, file, '--json');
      expect(JSON.parse(json.stdout)).toEqual({
        file,
        error: { code: 'worker_failed', message: 'The background check stopped unexpectedly.' },
      });
    },
  );

  it('exits 2 when the file cannot be read', { timeout: 120_000 }, async () => {
    const result = await checkData(join(FIXTURES, 'does-not-exist.jsonl'), '--json');
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      file: join(FIXTURES, 'does-not-exist.jsonl'),
      error: { code: 'file_not_found', message: 'The file does not exist.' },
    });
  });
});
