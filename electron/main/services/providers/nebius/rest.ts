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
