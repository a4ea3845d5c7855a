// What every Nebius route module gets: the store, the clock, settings and the job rules.
import type { Context } from 'hono';
import type { z } from 'zod';
import type { ChatExample } from '../../../../../shared/domain/chat';
import type { Clock } from '../clock';
import type { PracticeStore } from '../state';
import type { NebiusAccount } from './accounts';
import { fromZodIssues, nebiusErrors } from './errors';
import type { NebiusDurations, NebiusSimulatorSettings } from './settings';
import type { NebiusPracticeState } from './state';

export interface NebiusContext {
  store: PracticeStore<NebiusPracticeState>;
  clock: Clock;
  settings: NebiusSimulatorSettings;
  durations: NebiusDurations;
  countTextTokens(text: string): number;
  countExampleTokens(example: ChatExample): number;
  /** Brings every job and custom model up to the clock (and saves when anything happened). */
  advance(): void;
  /** Stores bytes as a file (uploads and checkpoint weights) and returns its id. */
  storeFile(input: { filename: string; purpose: string; bytes: Uint8Array; createdAt: number }): string;
}

export type NebiusEnv = { Variables: { account: NebiusAccount; requestId: string } };
export type NebiusAppContext = Context<NebiusEnv>;

export async function readNebiusJson<S extends z.ZodType>(
  c: NebiusAppContext,
  schema: S,
): Promise<{ data: z.infer<S>; raw: Record<string, unknown> }> {
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw nebiusErrors.unprocessable([
      { loc: ['body'], msg: 'JSON decode error', type: 'json_invalid', input: null, ctx: {} },
    ]);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw fromZodIssues(parsed.error, body);
  return { data: parsed.data, raw: body as Record<string, unknown> };
}
