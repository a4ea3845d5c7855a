// The real app in a real Electron window. Runs wherever the Electron binary is installed (a developer's
// machine after `npm start` fetched it); skips with a reason on build machines that cannot download it.
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const electronDir = path.resolve('node_modules/electron');
const pathFile = path.join(electronDir, 'path.txt');
const binary = existsSync(pathFile)
  ? path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  : null;
const built = existsSync('dist-electron/main.js');

test('the packaged window starts in practice mode', async () => {
  test.skip(
    !binary || !existsSync(binary),
    'Electron binary not installed here (npm install does not download it); runs where it exists.',
  );
  test.skip(!built, 'dist-electron/ not built; run `npm run build` first.');
  const app = await electron.launch({ executablePath: binary!, args: ['.', '--password-store=basic'] });
  const window = await app.firstWindow();
  await expect(window.getByTestId('practice-badge')).toBeVisible();
  expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe(
    'undefined',
  );
  await app.close();
});
