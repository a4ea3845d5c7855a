// `npm run check-data` runs JavaScript built ahead of time (issue 19): the build lists its sources, and
// a changed source is rebuilt before the next run, so the command never runs stale code.
import { readFileSync, statSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs build script without type declarations
import { CLI_DIR, ensureCliBuilt } from '../../../scripts/buildCli.mjs';

const ROOT = join(import.meta.dirname, '../../..');

interface Manifest {
  inputs: Record<string, number>;
  outputs: string[];
}
const manifest = () => JSON.parse(readFileSync(join(CLI_DIR as string, 'manifest.json'), 'utf8')) as Manifest;

describe('check-data build', () => {
  it(
    'bundles the command and its worker, then rebuilds when a source changes',
    { timeout: 120_000 },
    async () => {
      await (ensureCliBuilt as () => Promise<void>)();
      const built = manifest();
      expect(built.outputs).toEqual(
        expect.arrayContaining(['dist-cli/check-data.js', 'dist-cli/datasetWorker.js']),
      );
      // The tokenizer module is a source of the build; the tokenizer tables stay in node_modules.
      expect(Object.keys(built.inputs)).toEqual(
        expect.arrayContaining(['scripts/check-data.ts', 'shared/domain/tokens.ts']),
      );
      expect(Object.keys(built.inputs).some((input) => input.includes('node_modules'))).toBe(false);

      const source = join(ROOT, 'shared/domain/tokens.ts');
      const before = statSync(source);
      const later = new Date(before.mtimeMs + 60_000);
      utimesSync(source, later, later); // "edited" without changing its text
      try {
        await (ensureCliBuilt as () => Promise<void>)();
        expect(manifest().inputs['shared/domain/tokens.ts']).toBe(statSync(source).mtimeMs);
      } finally {
        utimesSync(source, before.atime, before.mtime);
      }
    },
  );
});
