// Builds the headless data check ahead of time, so `npm run check-data` starts from plain JavaScript
// instead of compiling TypeScript at every start (issue 19): dist-cli/check-data.js (the command) and
// dist-cli/datasetWorker.js (the dataset worker it runs the check in). Dependencies stay in
// node_modules. A manifest lists every source file with its modification time; `ensureCliBuilt()`
// rebuilds only when one changed or is gone, so a fresh clone builds on its first run and an edited
// source is never run stale.
//   node scripts/buildCli.mjs          build now (also `npm run build:cli`)
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = path.join(ROOT, 'dist-cli');
const MANIFEST = path.join(CLI_DIR, 'manifest.json');
const ENTRIES = {
  'check-data': 'scripts/check-data.ts',
  datasetWorker: 'electron/main/services/dataset/datasetWorker.ts',
};

/** True when every input of the last build is unchanged and every output exists. */
function isFresh() {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return false;
  }
  try {
    for (const output of manifest.outputs) statSync(path.join(ROOT, output));
    for (const [input, mtimeMs] of Object.entries(manifest.inputs))
      if (statSync(path.join(ROOT, input)).mtimeMs !== mtimeMs) return false;
  } catch {
    return false; // an input or output is gone
  }
  return true;
}

export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: CLI_DIR,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    splitting: true, // code both entries use is one shared chunk, not two copies
    chunkNames: 'chunk-[hash]',
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  mkdirSync(CLI_DIR, { recursive: true });
  // Each file is written whole and renamed into place, so a concurrent start never reads half a file.
  for (const file of result.outputFiles) {
    const temp = `${file.path}.${process.pid}.tmp`;
    writeFileSync(temp, file.contents);
    renameSync(temp, file.path);
  }
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs).map((input) => [input, statSync(path.join(ROOT, input)).mtimeMs]),
  );
  const outputs = Object.keys(result.metafile.outputs);
  const temp = `${MANIFEST}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ inputs, outputs }, null, 1));
  renameSync(temp, MANIFEST);
  // Shared chunks are named by content hash: the previous build's are no longer imported by anything.
  const current = new Set(outputs.map((output) => path.basename(output)));
  for (const name of readdirSync(CLI_DIR))
    if (/^chunk-.*\.js$/.test(name) && !current.has(name)) rmSync(path.join(CLI_DIR, name), { force: true });
}

export async function ensureCliBuilt() {
  if (!isFresh()) await buildCli();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildCli();
