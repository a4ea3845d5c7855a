// The Electron main bundle cannot run here (no Electron binary), but its module graph can: load
// dist-electron/main.js in Node with `electron` resolved to a stub whose single-instance lock is refused,
// so the app quits right after every import resolved. Catches a dependency that the bundle expects at
// run time but that is missing or not loadable as ESM.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const MAIN = path.resolve('dist-electron/main.js');

test('the main-process bundle loads all its imports', () => {
  test.skip(!existsSync(MAIN), 'dist-electron/ not built (npm run test:e2e builds it).');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'electron-stub-'));
  const stub = pathToFileURL(path.join(dir, 'electron.mjs')).href;
  writeFileSync(
    path.join(dir, 'electron.mjs'),
    `const noop = () => {};
     const any = new Proxy({}, { get: () => noop });
     export const app = { requestSingleInstanceLock: () => false, quit: () => console.log('quit-after-imports'), on: noop, whenReady: () => new Promise(noop) };
     export const protocol = { registerSchemesAsPrivileged: noop, handle: noop };
     export const BrowserWindow = class {}, Notification = class {};
     export const dialog = any, ipcMain = any, net = any, powerMonitor = any, safeStorage = any, session = any, shell = any, webContents = any;`,
  );
  writeFileSync(
    path.join(dir, 'loader.mjs'),
    `export async function resolve(spec, ctx, next) { return spec === 'electron' ? { url: ${JSON.stringify(stub)}, shortCircuit: true } : next(spec, ctx); }`,
  );
  writeFileSync(
    path.join(dir, 'register.mjs'),
    `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(path.join(dir, 'loader.mjs')).href)});`,
  );
  const output = execFileSync(process.execPath, ['--import', path.join(dir, 'register.mjs'), MAIN], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  expect(output).toContain('quit-after-imports');
  // The preload is the sandbox-compatible CommonJS build and needs nothing but electron.
  const preload = readFileSync('dist-electron/preload.cjs', 'utf8');
  expect(preload.match(/require\("([^"]+)"\)/g)).toEqual(['require("electron")']);
});
