// `npm start` on a machine that cannot download Electron: the newcomer reads one plain sentence with a
// next step, never the installer's raw stack (issue 17, point 9). The installer is faked by an
// install.js that fails the way @electron/get does offline, and the whole terminal output is captured.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const moduleUrl = new URL('../../../scripts/electronBinary.mjs', import.meta.url).href;

function fakeElectron(installScript: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tunesmith-electron-'));
  writeFileSync(path.join(dir, 'install.js'), installScript);
  return dir;
}

/** Runs ensureElectron in a child process so that anything the installer prints is captured too. */
function runEnsure(electronDir: string, logDir: string) {
  const code = `import(${JSON.stringify(moduleUrl)}).then((m) => {
    const binary = m.ensureElectron(${JSON.stringify(electronDir)}, { logDir: ${JSON.stringify(logDir)} });
    console.log('BINARY=' + binary);
  });`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  return { output: `${result.stdout}${result.stderr}`, status: result.status };
}

describe('npm start: fetching Electron', () => {
  it('says what to do when the download fails, without a stack trace, and keeps the details in a log', () => {
    const dir = fakeElectron(
      "Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND') }));",
    );
    const logDir = mkdtempSync(path.join(os.tmpdir(), 'tunesmith-log-'));
    const { output } = runEnsure(dir, logDir);

    expect(output).toContain('Tunesmith could not download Electron');
    expect(output).toContain('BINARY=null');
    expect(output).not.toMatch(/TypeError|^\s+at /m);
    const log = path.join(logDir, 'tunesmith-electron-download.log');
    expect(output).toContain(log);
    expect(readFileSync(log, 'utf8')).toContain('TypeError: fetch failed');
  });

  it('returns the binary the installer placed, and does not download again when it is there', () => {
    const dir = fakeElectron(
      `const fs = require('fs'); const p = require('path');
       fs.mkdirSync(p.join(__dirname, 'dist'), { recursive: true });
       fs.writeFileSync(p.join(__dirname, 'dist', 'electron'), '');
       fs.writeFileSync(p.join(__dirname, 'path.txt'), 'electron');
       fs.appendFileSync(p.join(__dirname, 'runs.txt'), 'x');`,
    );
    const logDir = mkdtempSync(path.join(os.tmpdir(), 'tunesmith-log-'));
    const first = runEnsure(dir, logDir);
    expect(first.output).toContain(`BINARY=${path.join(dir, 'dist', 'electron')}`);
    const second = runEnsure(dir, logDir);
    expect(second.output).not.toContain('Downloading Electron');
    expect(readFileSync(path.join(dir, 'runs.txt'), 'utf8')).toBe('x');
  });
});
