// The bad-input corpus: every fixture file must produce exactly the report written down for it in
// tests/fixtures/data/expected.json (codes, lines, and the params that matter), no more, no less.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../../../electron/main/services/dataset/checkFile';
import { importFile } from '../../../electron/main/services/dataset/importFile';
import { ENCODING_CONFIDENT } from '../../../shared/domain/dataset/report';

const DIR = join(import.meta.dirname, '../../fixtures/data');

interface ExpectedIssue {
  code: string;
  line: number | null;
  params?: Record<string, string | number>;
}
interface Expected {
  format: string;
  encoding?: string;
  bom?: boolean;
  confident?: boolean;
  examples: number;
  exampleLines?: number[];
  options?: { model?: string; validationFile?: string };
  issues: ExpectedIssue[];
}

const manifest = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as {
  files: Record<string, Expected>;
};
const key = (i: { code: string; line: number | null }) => `${i.code}@${i.line ?? '-'}`;

describe('fixture corpus', () => {
  for (const [file, expected] of Object.entries(manifest.files)) {
    it(`${file} gives its expected report`, async () => {
      const options = {
        ...(expected.options?.model ? { model: expected.options.model } : {}),
        ...(expected.options?.validationFile
          ? { validationFile: join(DIR, expected.options.validationFile) }
          : {}),
      };
      const result = await checkFile(join(DIR, file), options);
      if (!result.ok) throw new Error(`check failed: ${result.error.code}`);
      const report = result.data.report;
      expect(report.format).toBe(expected.format);
      expect(report.examples).toBe(expected.examples);
      if (expected.encoding) expect(report.encoding.encoding).toBe(expected.encoding);
      if (expected.bom !== undefined) expect(report.encoding.bom).toBe(expected.bom);
      if (expected.confident !== undefined) {
        expect(report.encoding.confidence >= ENCODING_CONFIDENT).toBe(expected.confident);
      }
      expect(report.issues.map(key).sort()).toEqual(expected.issues.map(key).sort());
      for (const want of expected.issues.filter((i) => i.params)) {
        const candidates = report.issues.filter((i) => key(i) === key(want));
        expect(
          candidates.some((i) => Object.entries(want.params ?? {}).every(([k, v]) => i.params?.[k] === v)),
        ).toBe(true);
      }
      if (expected.exampleLines) {
        const imported = await importFile(join(DIR, file));
        if (!imported.ok) throw new Error(imported.error.code);
        expect(imported.data.examples.map((e) => e.line)).toEqual(expected.exampleLines);
      }
    });
  }
});
