// The check reports of every file of the fixture corpus, serialised exactly, for the byte-identity test
// (reportsUnchanged.test.ts). Run directly to rewrite the stored copy after a deliberate change to what
// the checks report (never to make a performance change pass):
//   node --import tsx tests/unit/dataset/corpusReports.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkFile } from '../../../electron/main/services/dataset/checkFile';

export const CORPUS = join(import.meta.dirname, '../../fixtures/data');
export const STORED_REPORTS = join(CORPUS, 'reports.snapshot.json');

interface ManifestEntry {
  options?: { model?: string; validationFile?: string };
}

/** Every fixture with its manifest options, and again for a Qwen model (the other tokenizer path). */
export async function corpusReports(): Promise<Record<string, string>> {
  const manifest = JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8')) as {
    files: Record<string, ManifestEntry>;
  };
  const out: Record<string, string> = {};
  for (const [file, entry] of Object.entries(manifest.files)) {
    for (const model of [entry.options?.model, 'qwen3-14b']) {
      const options = {
        ...(model ? { model } : {}),
        ...(model === 'qwen3-14b' ? { provider: 'alibaba' as const } : {}),
        ...(entry.options?.validationFile
          ? { validationFile: join(CORPUS, entry.options.validationFile) }
          : {}),
      };
      const result = await checkFile(join(CORPUS, file), options);
      // The absolute path differs per checkout; everything else is compared byte for byte.
      const text = JSON.stringify(result, (key, value: unknown) =>
        key === 'file' && typeof value === 'string' ? basename(value) : value,
      );
      out[`${file} ${model ?? 'default'}`] = text;
    }
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const reports = await corpusReports();
  writeFileSync(STORED_REPORTS, JSON.stringify(reports, null, 1) + '\n');
  process.stdout.write(`${Object.keys(reports).length} reports written to ${STORED_REPORTS}\n`);
}
