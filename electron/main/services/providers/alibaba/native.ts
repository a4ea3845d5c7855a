// DashScope's native API (`/api/v1/…`, fine-tunes and deployments) over plain fetch: there is no official
// Node SDK (reference §2.8). Answers come in an envelope `{request_id, output}`; errors as
// `{request_id, code, message}` with an HTTP status. Failures are thrown as the `openai` SDK's error
// classes (APIError by status, APIConnectionError, APIConnectionTimeoutError, APIUserAbortError) so the
// shared call policy (retries, ambiguity, network state) treats both APIs of this provider alike.
import OpenAI from 'openai';
import type { RequestOptions } from '../callRunner';
import { fetchText } from '../fetchJson';

export interface NativeConnection {
  host: string;
  apiKey: string;
  workspace: string | null;
  fetch: typeof fetch;
}

export interface NativeRequest {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string | number>;
  body?: unknown;
}

interface Envelope<T> {
  request_id?: string;
  output?: T;
  code?: string;
  message?: string;
}

export class DashScopeNative {
  constructor(private readonly connection: NativeConnection) {}

  get host(): string {
    return this.connection.host;
  }

  async request<T>(req: NativeRequest, options: RequestOptions): Promise<T> {
    // Concatenated, not resolved: a host may carry a base path (the practice service's `/singapore`).
    const url = new URL(`${this.connection.host.replace(/\/+$/, '')}/api/v1${req.path}`);
    for (const [name, value] of Object.entries(req.query ?? {})) url.searchParams.set(name, String(value));
    const headers: Record<string, string> = { Authorization: `Bearer ${this.connection.apiKey}` };
    if (this.connection.workspace) headers['X-DashScope-WorkSpace'] = this.connection.workspace;
    const answer = await fetchText(
      this.connection.fetch,
      { url, method: req.method, headers, ...(req.body !== undefined ? { body: req.body } : {}) },
      options,
    );
    const { status, text } = answer;
    const responseHeaders = answer.headers;
    const body = parse<T>(text);
    const headersWithId = new Headers(responseHeaders);
    if (body?.request_id && !headersWithId.has('x-request-id'))
      headersWithId.set('x-request-id', body.request_id);
    if (status < 200 || status >= 300) {
      const error = { code: body?.code, message: body?.message, type: body?.code };
      throw OpenAI.APIError.generate(status, { error }, body?.message ?? text.slice(0, 200), headersWithId);
    }
    if (!body || body.output === undefined) {
      // A 2xx without the envelope is a broken answer, not a result: treated like a server error.
      throw OpenAI.APIError.generate(502, { error: { code: 'BadEnvelope' } }, 'bad envelope', headersWithId);
    }
    return body.output;
  }
}

function parse<T>(text: string): Envelope<T> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' ? (value as Envelope<T>) : null;
  } catch {
    return null;
  }
}
