// What every Together route module gets: the store, the clock, settings and durations.
import type { Context } from 'hono';
import type { z } from 'zod';
import type { ChatExample } from '../../../../../shared/domain/chat';
import type { Clock } from '../clock';
import type { PracticeStore } from '../state';
import type { TogetherAccount } from './accounts';
import { togetherErrors } from './errors';
import type { TogetherDurations, TogetherSimulatorSettings } from './settings';
import type { TogetherPracticeState } from './state';

export interface TogetherContext {
  store: PracticeStore<TogetherPracticeState>;
  clock: Clock;
  settings: TogetherSimulatorSettings;
  durations: TogetherDurations;
  countTextTokens(text: string): number;
  countExampleTokens(example: ChatExample): number;
  /** Brings files, jobs and deployments up to the clock (and saves when anything happened). */
  advance(): void;
}

export type TogetherEnv = { Variables: { account: TogetherAccount } };
export type TogetherAppContext = Context<TogetherEnv>;

/** Parses a JSON body; a body that does not fit answers 400 naming the first bad field. */
export async function readTogetherJson<S extends z.ZodType>(
  c: TogetherAppContext,
  schema: S,
): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw togetherErrors.badRequest('Request body is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const param = issue?.path.join('.') ?? null;
    throw togetherErrors.badRequest(
      `Invalid value for ${param || 'body'}: ${issue?.message ?? 'invalid'}`,
      param,
    );
  }
  return parsed.data;
}
