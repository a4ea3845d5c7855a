// How a request is declared: a zod schema for what the renderer may send, and a type (phantom, never a
// value) for what main answers. Declaring both in one place is what lets the handler table, the router
// and the renderer client all be checked against the same contract by the compiler.
import type { z } from 'zod';

export interface RouteSpec<Input extends z.ZodType, Output> {
  readonly input: Input;
  /** Type-only marker for the answer; always undefined at run time. */
  readonly output: Output;
}

export function defineRoute<Output>() {
  return <Input extends z.ZodType>(input: Input): RouteSpec<Input, Output> => ({
    input,
    output: undefined as Output,
  });
}

/** Largest string any route accepts unless its schema says otherwise; keeps a hostile renderer from
 *  pushing megabytes through a field meant for a name. */
export const MAX_TEXT = 100_000;
