// Finding and fetching the Electron binary for `npm start`. npm 11 does not run dependency install
// scripts, so Electron's own download step may never have run; `ensureElectron` runs it once. Its
// installer prints a raw stack trace when the download fails: a newcomer should read one plain sentence
// with a next step instead, so the installer's output goes to a log file that the sentence points to.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The installed binary's path, or null when Electron's download step has not run (or failed). */
export function electronBinary(electronDir) {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * The binary, downloading it first when missing. On failure prints what to do (never the installer's
 * stack) and returns null. `say` and `logDir` exist for tests.
 */
export function ensureElectron(electronDir, { say = console, logDir = os.tmpdir() } = {}) {
  const ready = electronBinary(electronDir);
  if (ready) return ready;
  say.log('\n› Downloading Electron (first start only)');
  const install = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    cwd: electronDir,
    encoding: 'utf8',
  });
  const binary = electronBinary(electronDir);
  if (binary) return binary;
  const log = path.join(logDir, 'tunesmith-electron-download.log');
  writeFileSync(log, `${install.stdout ?? ''}${install.stderr ?? ''}${install.error ?? ''}`);
  say.error(
    [
      '',
      'Tunesmith could not download Electron, the desktop runtime it needs.',
      'Check your internet connection (or proxy settings: HTTPS_PROXY) and run `npm start` again.',
      'Behind a mirror, set ELECTRON_MIRROR to its address before `npm start`.',
      `The downloader's own report is in ${log}.`,
    ].join('\n'),
  );
  return null;
}
