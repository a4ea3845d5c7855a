// `npm start`: build, make sure the Electron binary is there, start the app (practice mode needs no key).
// npm 11 does not run dependency install scripts, so electron's own download step may never have run;
// electronBinary.mjs runs it here, once, and says plainly what to do if it cannot reach the network.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureElectron } from './electronBinary.mjs';

const root = path.resolve(import.meta.dirname, '..');
const electronDir = path.join(root, 'node_modules', 'electron');

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
const binary = ensureElectron(electronDir);
if (!binary) process.exit(1);
const child = spawn(binary, [root], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
