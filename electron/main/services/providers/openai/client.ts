// The official `openai` SDK, configured only from what we pass: an explicit base URL, key, organization and
// project. The SDK would otherwise read OPENAI_BASE_URL, OPENAI_API_KEY, OPENAI_ORG_ID, OPENAI_PROJECT_ID,
// OPENAI_LOG and OPENAI_CUSTOM_HEADERS from the environment; a desktop app must not let a stray variable
// redirect a user's key to another host or add headers, so every one is overridden or filtered here.
import OpenAI from 'openai';
import { INTERACTIVE_TIMEOUT_MS } from '../callPolicy';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

export interface OpenAIConnection {
  apiKey: string;
  baseURL: string;
  organization?: string | null;
  project?: string | null;
  /** The practice service's in-process fetch, or a test's; default: global fetch. */
  fetch?: typeof fetch;
}

/** Headers the SDK itself sets; anything else (e.g. from OPENAI_CUSTOM_HEADERS) never reaches the wire. */
const ALLOWED_HEADER =
  /^(authorization|content-type|content-length|accept|user-agent|openai-organization|openai-project|x-stainless-[\w-]+)$/i;

export function headerFilteringFetch(inner: typeof fetch): typeof fetch {
  return (input, init) => {
    const headers = new Headers(init?.headers);
    for (const name of [...headers.keys()]) if (!ALLOWED_HEADER.test(name)) headers.delete(name);
    return inner(input, { ...init, headers });
  };
}

export function createOpenAIClient(connection: OpenAIConnection): OpenAI {
  const inner = connection.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return new OpenAI({
    apiKey: connection.apiKey,
    baseURL: connection.baseURL,
    organization: connection.organization ?? null,
    project: connection.project ?? null,
    adminAPIKey: null,
    webhookSecret: null,
    logLevel: 'off',
    // Our own loop retries (callPolicy.ts); the SDK's cannot be cancelled and would repeat job creation.
    maxRetries: 0,
    timeout: INTERACTIVE_TIMEOUT_MS,
    fetch: headerFilteringFetch(inner),
  });
}
