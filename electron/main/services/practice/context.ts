// What every route module gets: the store, the clock, the job lifecycle and the caller's account.
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Account } from './accounts';
import type { Clock, JobDurations } from './clock';
import { ApiError, errors, fromZodError } from './errors';
import type { LifecycleDeps } from './jobs/lifecycle';
import type { PracticeStore } from './state';

export interface PracticeContext {
  store: PracticeStore;
  clock: Clock;
  durations: JobDurations;
  organizationId: string;
  lifecycle: LifecycleDeps;
  /** Brings every job up to the clock (and saves when anything happened). Called before reads. */
  advanceJobs(): void;
}

export type AppEnv = { Variables: { account: Account; requestId: string } };
export type AppContext = Context<AppEnv>;

const UNPARSABLE_JSON =
  "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON. If you have trouble figuring out how to fix this, please contact us through our help center at help.openai.com.)";

/**
 * Largest JSON body read (a guess well above any real request: a chat request with a long conversation is
 * a few MB). Files and upload parts come as multipart forms with their own limits.
 */
export const MAX_JSON_BODY_BYTES = 32 * 1024 * 1024;

const tooLarge = () =>
  new ApiError(413, {
    message: `Request body too large: JSON bodies may be at most ${MAX_JSON_BODY_BYTES} bytes.`,
    type: 'invalid_request_error',
    param: null,
    code: 'request_too_large',
  });

/** The body as text, counted while it streams: a body over the limit is refused at that byte. */
async function boundedText(c: AppContext): Promise<string> {
  const declared = Number(c.req.header('content-length'));
  if (declared > MAX_JSON_BODY_BYTES) throw tooLarge();
  const body = c.req.raw.body;
  if (!body) return '';
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > MAX_JSON_BODY_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function readJson<S extends z.ZodType>(c: AppContext, schema: S): Promise<z.infer<S>> {
  const text = await boundedText(c).catch((error: unknown) => {
    if (error instanceof ApiError) throw error;
    throw errors.badRequest(UNPARSABLE_JSON); // the body broke off while it was read
  });
  let body: unknown;
  try {
    body = text.trim() === '' ? {} : JSON.parse(text);
  } catch {
    throw errors.badRequest(UNPARSABLE_JSON);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

export function readQuery<S extends z.ZodType>(c: AppContext, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw fromZodError(parsed.error);
  return parsed.data;
}

/**
 * Cursor pagination as OpenAI does it: `items` newest first, `after` is the id of the last item the caller
 * saw, `has_more` says whether another page exists.
 */
export function paginate<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  after: string | undefined,
  limit: number,
) {
  let start = 0;
  if (after !== undefined) {
    const index = items.findIndex((item) => idOf(item) === after);
    start = index === -1 ? items.length : index + 1;
  }
  const data = items.slice(start, start + limit);
  return { data, has_more: start + limit < items.length };
}

export { ApiError };
