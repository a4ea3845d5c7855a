// The two Nebius doors the `openai` SDK does not cover, over plain fetch (fetchJson.ts): `/v0/models`
// (custom LoRA models: create, list as a bare array, get, delete; reference §6) and the public model
// catalog `models_info` (no key; which bases can be trained and which serve LoRA per token, §8.1).
// Non-2xx answers are thrown as the SDK's APIError with the parsed `{detail}` body, like SDK calls.
import OpenAI from 'openai';
import type { RequestOptions } from '../callRunner';
import { fetchText, parseJson } from '../fetchJson';
import { wrapDetail } from './errors';

export interface NebiusRestConnection {
  /** `https://api.tokenfactory.nebius.com` (the practice service's origin in practice and tests). */
  origin: string;
  catalogUrl: string;
  apiKey: string;
  fetch: typeof fetch;
}

/** A custom model as `/v0/models` describes it (fields we read; the rest is ignored). */
export interface NebiusCustomModel {
  name: string;
  base_model?: string;
  source?: string | null;
  status?: string;
  status_reason?: string | null;
  created_at?: number | null;
  job_id?: string | null;
  checkpoint_id?: string | null;
}

export class NebiusRest {
  constructor(private readonly connection: NebiusRestConnection) {}

  async models<T>(
    method: 'GET' | 'POST' | 'DELETE',
    path: string,
    options: RequestOptions,
    body?: unknown,
  ): Promise<T> {
    // The full name carries "/" and ":" and is sent unescaped, as the cookbook does (reference §6).
    const url = `${this.connection.origin.replace(/\/+$/, '')}/v0/models${path}`;
    return this.json<T>(
      { url, method, headers: { Authorization: `Bearer ${this.connection.apiKey}` }, body },
      options,
    );
  }

  /**
   * A file's bytes from `start` (`GET /v1/files/{id}/content` with `Range: bytes=start-`). A 206 continues
   * at `start`; a 200 is the whole file (the range was ignored). The body streams; `options.timeout`
   * bounds the wait for the answer to begin, not the transfer.
   */
  async fileContent(
    fileId: string,
    start: number,
    options: { timeout: number; signal?: AbortSignal },
  ): Promise<{ start: number; body: AsyncIterable<Uint8Array> }> {
    const url = `${this.connection.origin.replace(/\/+$/, '')}/v1/files/${encodeURIComponent(fileId)}/content`;
    const headers: Record<string, string> = { Authorization: `Bearer ${this.connection.apiKey}` };
    if (start > 0) headers['Range'] = `bytes=${start}-`;
    const opened = new AbortController();
    const timer = setTimeout(() => opened.abort(), options.timeout);
    const signal = options.signal ? AbortSignal.any([options.signal, opened.signal]) : opened.signal;
    let response: Response;
    try {
      response = await this.connection.fetch(url, { headers, signal });
    } catch (error) {
      if (options.signal?.aborted) throw new OpenAI.APIUserAbortError();
      if (opened.signal.aborted) throw new OpenAI.APIConnectionTimeoutError();
      throw new OpenAI.APIConnectionError({ cause: error instanceof Error ? error : undefined });
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok || !response.body) {
      const text = await response.text().catch(() => '');
      const body = parseJson(text);
      throw OpenAI.APIError.generate(
        response.status,
        wrapDetail(body && typeof body === 'object' && 'detail' in body ? body.detail : text.slice(0, 200)),
        undefined,
        response.headers,
      );
    }
    const body = response.body as unknown as AsyncIterable<Uint8Array>;
    return { start: response.status === 206 ? start : 0, body };
  }

  catalog(options: RequestOptions): Promise<unknown> {
    return this.json({ url: this.connection.catalogUrl, method: 'GET', headers: {} }, options);
  }

  private async json<T>(
    req: { url: string; method: 'GET' | 'POST' | 'DELETE'; headers: Record<string, string>; body?: unknown },
    options: RequestOptions,
  ): Promise<T> {
    const answer = await fetchText(
      this.connection.fetch,
      {
        url: req.url,
        method: req.method,
        headers: req.headers,
        ...(req.body !== undefined ? { body: req.body } : {}),
      },
      options,
    );
    const body = parseJson(answer.text);
    if (answer.status < 200 || answer.status >= 300)
      throw OpenAI.APIError.generate(
        answer.status,
        body && typeof body === 'object'
          ? (body as Record<string, unknown>)
          : { detail: answer.text.slice(0, 200) },
        undefined,
        answer.headers,
      );
    if (body === null)
      // A 2xx that is not JSON is a broken answer, not a result: treated like a server error.
      throw OpenAI.APIError.generate(502, wrapDetail('not JSON'), 'bad answer', answer.headers);
    return body as T;
  }
}
