// The SDK is configured only by us: OPENAI_* environment variables must not redirect the key to another
// host, add an organization, or inject headers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startProviderHarness, type ProviderHarness } from './helpers';

const ENV = {
  OPENAI_BASE_URL: 'http://127.0.0.1:9/v1',
  OPENAI_API_KEY: 'sk-from-env-000000000000',
  OPENAI_ORG_ID: 'org-from-env',
  OPENAI_PROJECT_ID: 'proj_from_env',
  OPENAI_CUSTOM_HEADERS: 'x-injected: yes',
  OPENAI_LOG: 'debug',
};

let h: ProviderHarness;
beforeEach(async () => {
  h = await startProviderHarness();
  Object.assign(process.env, ENV);
});
afterEach(async () => {
  for (const name of Object.keys(ENV)) delete process.env[name];
  await h.close();
});

describe('the OpenAI client ignores the environment', () => {
  it('talks only to the base URL we give, with only the headers we set', async () => {
    const seen: { url: string; headers: Record<string, string> }[] = [];
    const provider = h.provider({
      fetch: (input, init) => {
        seen.push({ url: String(input), headers: Object.fromEntries(new Headers(init?.headers).entries()) });
        return fetch(input, init);
      },
    });
    await provider.listModels();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url.startsWith(h.server.url)).toBe(true);
    const headers = seen[0]!.headers;
    expect(headers['authorization']).toBe('Bearer tunesmith-practice');
    expect(headers['x-injected']).toBeUndefined();
    expect(headers['openai-organization']).toBeUndefined();
    expect(headers['openai-project']).toBeUndefined();
  });

  it('sends organization and project only when configured', async () => {
    const seen: Record<string, string>[] = [];
    const provider = h.provider({
      organization: 'org-mine',
      project: 'proj_mine',
      fetch: (input, init) => {
        seen.push(Object.fromEntries(new Headers(init?.headers).entries()));
        return fetch(input, init);
      },
    });
    await provider.listModels();
    expect(seen[0]).toMatchObject({ 'openai-organization': 'org-mine', 'openai-project': 'proj_mine' });
  });
});
