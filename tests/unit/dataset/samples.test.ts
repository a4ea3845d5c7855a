// The flawed sample shipped with the app plants known problems (samples/brand-voice-flawed/expected.json,
// written by hand with the files). The checker must find every planted {line, code} and report nothing
// on the lines listed as clean; the clean samples must pass without a single finding.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../electron/main/services/dataset/checkFile';

const SAMPLES = join(import.meta.dirname, '../../../samples');
const FLAWED = join(SAMPLES, 'brand-voice-flawed');
const manifestPath = join(FLAWED, 'expected.json');

interface Planted {
  files: Record<string, { file: string; flaws: { line: number; code: string }[]; cleanLines: number[] }>;
}

describe.skipIf(!existsSync(manifestPath))('brand-voice-flawed sample', () => {
  const manifest = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as Planted)
    : { files: {} };
  for (const [language, spec] of Object.entries(manifest.files)) {
    it(`${language}: reports every planted flaw and nothing on clean lines`, async () => {
      const result = await checkFile(join(FLAWED, spec.file));
      if (!result.ok) throw new Error(result.error.code);
      const found = new Set(result.data.report.issues.map((i) => `${i.line}:${i.code}`));
      const missing = spec.flaws.filter((f) => !found.has(`${f.line}:${f.code}`));
      expect(missing).toEqual([]);
      const onClean = result.data.report.issues.filter(
        (i) => i.line !== null && spec.cleanLines.includes(i.line),
      );
      expect(onClean).toEqual([]);
    });
  }
});

describe.skipIf(!existsSync(join(SAMPLES, 'brand-voice')))('clean samples', () => {
  for (const file of ['brand-voice/en.jsonl', 'brand-voice/zh-TW.jsonl', 'brand-voice/zh-CN.jsonl']) {
    it(`${file} has no findings at all`, async () => {
      const result = await checkFile(join(SAMPLES, file));
      if (!result.ok) throw new Error(result.error.code);
      expect(result.data.report.counts).toEqual({});
    });
  }
});
