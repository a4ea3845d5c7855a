// One JSON request over plain `fetch` for the provider APIs the `openai` SDK does not cover (DashScope's
// native API, Nebius's /v0/models and its public catalog). Transport failures are thrown as the SDK's
// error classes (APIConnectionError, APIConnectionTimeoutError, APIUserAbortError) so the shared call
// policy treats them like SDK calls; the caller turns a non-2xx answer into an APIError from its own body.
import OpenAI from 'openai';
import type { RequestOptions } from './callRunner';

export interface JsonRequest {
  url: URL | string;
  method: 'GET' | 'POST' | 'DELETE';
  headers: Record<string, string>;
  body?: unknown;
}

export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export async function fetchText(
  fetchFn: typeof fetch,
  req: JsonRequest,
  options: RequestOptions,
): Promise<RawAnswer> {
  const headers: Record<string, string> = { Accept: 'application/json', ...req.headers };
  if (req.body !== undefined) headers['Content-Type'] = 'application/json';
  const timeout = AbortSignal.timeout(options.timeout);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  try {
    const response = await fetchFn(req.url, {
      method: req.method,
      headers,
      ...(req.body !== undefined ? { body: JSON.stringify(req.body) } : {}),
      signal,
    });
    // A socket dropped mid-answer fails here, after the status arrived: still a connection failure.
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    if (options.signal?.aborted) throw new OpenAI.APIUserAbortError();
    if (timeout.aborted) throw new OpenAI.APIConnectionTimeoutError();
    throw new OpenAI.APIConnectionError({ cause: error instanceof Error ? error : undefined });
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
