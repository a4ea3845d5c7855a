// What every Alibaba route module gets: the store, the clock, settings, and the caller's account and region.
import type { Context } from 'hono';
import type { z } from 'zod';
import type { ChatExample } from '../../../../../shared/domain/chat';
import type { Clock } from '../clock';
import type { PracticeStore } from '../state';
import type { AlibabaAccount } from './accounts';
import { dashscopeErrors, fromZodIssue } from './errors';
import type { JobDeps } from './jobs/lifecycle';
import type { AlibabaDurations, AlibabaRegion, AlibabaSimulatorSettings } from './settings';
import type { AlibabaPracticeState } from './state';

export interface AlibabaContext {
  store: PracticeStore<AlibabaPracticeState>;
  clock: Clock;
  settings: AlibabaSimulatorSettings;
  durations: AlibabaDurations;
  jobDeps: JobDeps;
  /** Tokens of a text and of a whole conversation, by the model's tokenizer. */
  countTextTokens(text: string): number;
  countExampleTokens(example: ChatExample): number;
  /** Brings every job and deployment up to the clock (and saves when anything happened). */
  advance(): void;
}

export type AlibabaEnv = {
  Variables: { account: AlibabaAccount; requestId: string; region: AlibabaRegion };
};
export type AlibabaAppContext = Context<AlibabaEnv>;

export async function readJsonBody<S extends z.ZodType>(
  c: AlibabaAppContext,
  schema: S,
): Promise<z.infer<S>> {
  let body: unknown;
  try {
    const text = await c.req.text();
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw dashscopeErrors.invalidParameter('The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw fromZodIssue(parsed.error);
  return parsed.data;
}

export function readQueryParams<S extends z.ZodType>(c: AlibabaAppContext, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw fromZodIssue(parsed.error);
  return parsed.data;
}

/** The native `{request_id, output}` envelope. */
export function envelope(c: AlibabaAppContext, output: unknown, extra: Record<string, unknown> = {}) {
  return c.json({ request_id: c.get('requestId'), output, ...extra });
}

/** `page_no`/`page_size` paging, newest first. */
export function page<T>(items: readonly T[], pageNo: number, pageSize: number) {
  const start = (pageNo - 1) * pageSize;
  return {
    page_no: pageNo,
    page_size: pageSize,
    total: items.length,
    items: items.slice(start, start + pageSize),
  };
}
