// `npm start`: build, make sure the Electron binary is there, start the app (practice mode needs no key).
// npm 11 does not run dependency install scripts, so electron's own download step may never have run;
// we run it here, once, and say plainly what to do if it cannot reach the network.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');

function electronBinary() {
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function step(title, command, args) {
  console.log(`\n› ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

if (!existsSync(electronDir)) {
  console.error('Dependencies are missing. Run `npm install` first, then `npm start`.');
  process.exit(1);
}
if (
  !step('Building Tunesmith', process.execPath, [
    path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
  ])
) {
  process.exit(1);
}
let binary = electronBinary();
if (!binary) {
  step('Downloading Electron (first start only)', process.execPath, [path.join(electronDir, 'install.js')]);
  binary = electronBinary();
}
if (!binary) {
  console.error(
    [
      '',
      'Tunesmith could not download Electron, the desktop runtime it needs.',
      'Check your internet connection (or proxy settings: HTTPS_PROXY) and run `npm start` again.',
      'Behind a mirror, set ELECTRON_MIRROR to its address before `npm start`.',
    ].join('\n'),
  );
  process.exit(1);
}
const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
