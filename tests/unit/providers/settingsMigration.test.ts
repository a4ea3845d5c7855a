// providers.json version 1 kept OpenAI's organization and project at the top level; version 2 keeps every
// provider's account settings in one union. An existing file must move over without losing anything.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProviderSettings } from '../../../electron/main/services/providers';

describe('provider settings file', () => {
  it('moves version 1 (OpenAI ids at the top) into the accounts union', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'providers-v1-'));
    try {
      const v1 = {
        schemaVersion: 1,
        data: {
          active: 'openai',
          openai: { organization: 'org-abc', project: 'proj_1' },
          firstRunPromptDone: true,
        },
      };
      await writeFile(path.join(dir, 'providers.json'), JSON.stringify(v1));
      const file = await openProviderSettings(dir);
      expect(file.outcome).toBe('loaded');
      expect(file.get()).toEqual({
        active: 'openai',
        firstRunPromptDone: true,
        accounts: {
          openai: { provider: 'openai', organization: 'org-abc', project: 'proj_1' },
          alibaba: { provider: 'alibaba', region: 'auto', workspace: null, foundRegion: null },
          together: { provider: 'together', projectId: null },
        },
      });
      const stored = JSON.parse(await readFile(path.join(dir, 'providers.json'), 'utf8')) as {
        schemaVersion: number;
      };
      expect(stored.schemaVersion).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
