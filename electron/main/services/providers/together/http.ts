// Together AI over plain fetch, v1 (files, fine-tunes, hardware) and v2 (dedicated endpoints under
// /v2/projects/{projectId}). Why not the official `together-ai` SDK (0.52.0, tried on our Node 20):
//  - its `upload()` helper does not run on Node 20 (ESM: its fs import is undefined; CommonJS: the PUT of a
//    file stream fails with "duplex option is required"), so the presigned upload is ours either way;
//  - with any baseURL but the default it sends the v2 calls to the v1 base, so it needs a second client;
//  - its errors are its own classes (`instanceof OpenAI.APIError` is false), while the shared call policy
//    (retries, ambiguity after a create, network state) speaks the `openai` SDK's classes.
// So requests are plain and failures are thrown as the `openai` SDK's error classes, like DashScope's
// native API (alibaba/native.ts). Errors arrive as `{"error": {message, type, param, code}}`.
import OpenAI from 'openai';
import type { RequestOptions } from '../callRunner';

export interface TogetherConnection {
  /** `https://api.together.ai/v1` (or a practice service's). */
  v1: string;
  /** `https://api.together.ai/v2`. */
  v2: string;
  apiKey: string;
  fetch: typeof fetch;
}

export interface TogetherRequest {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  api?: 'v1' | 'v2';
  path: string;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
}

export interface TogetherFileObject {
  id: string;
  bytes?: number;
  created_at?: number;
  filename?: string;
  processing_status?: string;
  validation_report?: { valid?: boolean; error?: string } | null;
}

export class TogetherHttp {
  constructor(private readonly connection: TogetherConnection) {}

  /** The same origin `/v1` calls go to, for the network monitor's probe and the practice check. */
  get v1(): string {
    return this.connection.v1;
  }

  async request<T>(req: TogetherRequest, options: RequestOptions): Promise<T> {
    const base = req.api === 'v2' ? this.connection.v2 : this.connection.v1;
    const url = new URL(`${base.replace(/\/+$/, '')}${req.path}`);
    for (const [name, value] of Object.entries(req.query ?? {}))
      if (value !== undefined) url.searchParams.set(name, String(value));
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.connection.apiKey}`,
      Accept: 'application/json',
    };
    if (req.body !== undefined) headers['Content-Type'] = 'application/json';
    const {
      status,
      headers: answered,
      text,
    } = await this.send(
      url,
      { method: req.method, headers, ...(req.body !== undefined ? { body: JSON.stringify(req.body) } : {}) },
      options,
    );
    return this.parse<T>(status, answered, text);
  }

  /**
   * The SDK's presigned upload, done by hand: `POST /files?file_name&file_type&purpose` (form body, no
   * redirect following) → 302 with `Location` and `x-together-file-id`; `PUT` the bytes there (no key: the
   * URL is presigned); then read the file back.
   */
  async uploadPresigned(
    filename: string,
    content: Uint8Array,
    options: RequestOptions,
  ): Promise<TogetherFileObject> {
    const params = new URLSearchParams({ file_name: filename, file_type: 'jsonl', purpose: 'fine-tune' });
    const url = new URL(`${this.connection.v1.replace(/\/+$/, '')}/files?${params}`);
    const first = await this.send(
      url,
      {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${this.connection.apiKey}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: params.toString(),
        redirect: 'manual',
      },
      options,
    );
    const location = first.headers.get('location');
    const fileId = first.headers.get('x-together-file-id');
    if (first.status !== 302 || !location || !fileId)
      return this.parse(first.status, first.headers, first.text);
    const put = await this.send(
      new URL(location),
      {
        method: 'PUT',
        headers: { 'Content-Type': 'application/octet-stream' },
        body: new Blob([content as Uint8Array<ArrayBuffer>]),
      },
      options,
    );
    // Storage answers in its own words; anything but 200 is "failed to upload file" (the SDK's message).
    if (put.status !== 200)
      throw OpenAI.APIError.generate(
        put.status,
        { error: { message: 'failed to upload file', type: 'upload_error', param: 'file', code: null } },
        'failed to upload file',
        put.headers,
      );
    return this.request<TogetherFileObject>(
      { method: 'GET', path: `/files/${encodeURIComponent(fileId)}` },
      options,
    );
  }

  /** One HTTP exchange; failures without an answer become the SDK's connection errors. */
  private async send(
    url: URL,
    init: RequestInit,
    options: RequestOptions,
  ): Promise<{ status: number; headers: Headers; text: string }> {
    const timeout = AbortSignal.timeout(options.timeout);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
    try {
      const response = await this.connection.fetch(url, { ...init, signal });
      // A socket dropped mid-answer fails here, after the status arrived: still a connection failure.
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      if (options.signal?.aborted) throw new OpenAI.APIUserAbortError();
      if (timeout.aborted) throw new OpenAI.APIConnectionTimeoutError();
      throw new OpenAI.APIConnectionError({ cause: error instanceof Error ? error : undefined });
    }
  }

  private parse<T>(status: number, headers: Headers, text: string): T {
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = null;
    }
    if (status < 200 || status >= 300) {
      const envelope =
        body && typeof body === 'object' && 'error' in body
          ? (body as { error: unknown })
          : { error: { message: text.slice(0, 200), type: 'http_error', param: null, code: null } };
      const message = (envelope.error as { message?: unknown } | null)?.message;
      throw OpenAI.APIError.generate(
        status,
        envelope,
        typeof message === 'string' ? message : `HTTP ${status}`,
        headers,
      );
    }
    if (body === null || typeof body !== 'object') {
      // A 2xx that is not JSON is a broken answer, not a result: treated like a server error.
      throw OpenAI.APIError.generate(502, { error: { code: 'bad_body' } }, 'bad body', headers);
    }
    return body as T;
  }
}
