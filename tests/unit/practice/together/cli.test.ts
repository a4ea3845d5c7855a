// `npm run practice-api -- --provider together --port 0 --fast` prints the base URL and the key, answers with
// that key, and stops on SIGTERM.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('practice-api --provider together', () => {
  it('prints the base URL and key, answers with them, and stops on SIGTERM', async () => {
    const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/practice-api.ts', '--provider', 'together', '--port', '0', '--fast'],
      { cwd: repoRoot },
    );
    try {
      let output = '';
      const [url, key] = await new Promise<[string, string]>((resolve, reject) => {
        child.stdout.on('data', (data: Buffer) => {
          output += data.toString();
          const url = /^Practice Together AI listening on (http:\/\/127\.0\.0\.1:\d+\/v1)$/m.exec(
            output,
          )?.[1];
          const key = /^Key (\S+)$/m.exec(output)?.[1];
          if (url && key) resolve([url, key]);
        });
        child.once('exit', (code) => reject(new Error(`exited early with ${code}: ${output}`)));
      });
      const response = await fetch(`${url}/fine-tunes`, { headers: { authorization: `Bearer ${key}` } });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: [] });
      expect(output).toMatch(
        /^Dedicated endpoints \(API v2\) http:\/\/127\.0\.0\.1:\d+\/v2 {2}\(project proj_practice\)$/m,
      );
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
