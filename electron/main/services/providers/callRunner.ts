// One provider call under the call policy (callPolicy.ts), shared by every adapter: our timeout, our retry
// loop, the caller's AbortSignal, network-state reports, and failures turned into codes by the adapter's
// own error mapping. Adapters speak to their provider through an SDK or `fetch`; either way they throw the
// `openai` SDK's error classes (the DashScope client builds them too), so one policy fits all.
import OpenAI from 'openai';
import { appError, type AppError } from '../../../../shared/ipc/errors';
import {
  abortableSleep,
  DEFAULT_RETRY_POLICY,
  INTERACTIVE_TIMEOUT_MS,
  settleOnAbort,
  withRetries,
  type RetryContext,
  type RetryPolicy,
  type Sleep,
} from './callPolicy';
import { asAppError, isConnectionFailure, type CallTopic } from './errorMapping';
import type { CallOptions } from './Provider';

export interface NetworkReporter {
  reachable(): void;
  /** `probe` lets the reporter check this same host later to notice recovery. */
  unreachable(probe?: () => Promise<void>): void;
}

export interface CallRunnerOptions {
  network?: NetworkReporter;
  retryPolicy?: RetryPolicy;
  sleep?: Sleep;
  random?: () => number;
  interactiveTimeoutMs?: number;
  onRetry?: (attempt: number, error: unknown) => void;
  /** A cheap call to the same host, used to notice that the network is back. */
  ping(): Promise<void>;
  /** The adapter's error mapping; default: OpenAI's (errorMapping.ts). */
  toAppError?: (error: unknown, topic: CallTopic) => AppError;
}

/** What each attempt passes to the SDK or fetch: its own timeout, no SDK retries, the signal. */
export interface RequestOptions {
  timeout: number;
  maxRetries: 0;
  signal?: AbortSignal;
}

export class CallRunner {
  readonly timeoutMs: number;

  constructor(private readonly options: CallRunnerOptions) {
    this.timeoutMs = options.interactiveTimeoutMs ?? INTERACTIVE_TIMEOUT_MS;
  }

  requestOptions(signal: AbortSignal | undefined, timeout: number = this.timeoutMs): RequestOptions {
    return { timeout, maxRetries: 0, ...(signal ? { signal } : {}) };
  }

  retryContext(signal: AbortSignal | undefined, maxRetries?: number): RetryContext {
    const policy = this.options.retryPolicy ?? DEFAULT_RETRY_POLICY;
    return {
      policy: maxRetries === undefined ? policy : { ...policy, maxRetries },
      sleep: this.options.sleep ?? abortableSleep,
      ...(signal ? { signal } : {}),
      ...(this.options.random ? { random: this.options.random } : {}),
      onRetry: (attempt, error) => {
        this.report(error);
        this.options.onRetry?.(attempt, error);
      },
    };
  }

  /** An idempotent call with our retry loop; reports reachability. */
  async retried<T>(
    signal: AbortSignal | undefined,
    run: (req: RequestOptions) => Promise<T>,
    maxRetries?: number,
    timeout?: number,
  ): Promise<T> {
    const result = await withRetries(
      () => run(this.requestOptions(signal, timeout)),
      this.retryContext(signal, maxRetries),
    );
    this.options.network?.reachable();
    return result;
  }

  /**
   * One interactive operation: retries included, it settles within `budgetMs` (30 s by default; an upload's
   * budget grows with its size), so a hung host costs the user one timeout, not one per retry.
   */
  async call<T>(
    topic: CallTopic,
    options: CallOptions,
    run: (req: RequestOptions) => Promise<T>,
    maxRetries?: number,
    budgetMs: number = this.timeoutMs,
  ): Promise<T> {
    const deadline = AbortSignal.timeout(budgetMs);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    try {
      // Each attempt may run a moment past the budget, so the budget (not the SDK's own timer) decides
      // when a hung call ends: one timeout, no retry started in the last instant.
      return await this.guard(topic, signal, () => this.retried(signal, run, maxRetries, budgetMs + 1_000));
    } catch (error) {
      if (deadline.aborted && !options.signal?.aborted) throw appError('timeout');
      throw error;
    }
  }

  /** Settles within moments of an abort, reports the network state and turns failures into codes. */
  async guard<T>(topic: CallTopic, signal: AbortSignal | undefined, work: () => Promise<T>): Promise<T> {
    try {
      return await settleOnAbort(work(), signal);
    } catch (error) {
      this.report(error);
      throw (this.options.toAppError ?? asAppError)(error, topic);
    }
  }

  report(error: unknown): void {
    if (isConnectionFailure(error)) this.options.network?.unreachable(() => this.options.ping());
    else if (error instanceof OpenAI.APIError && error.status !== undefined)
      this.options.network?.reachable();
  }

  reachable(): void {
    this.options.network?.reachable();
  }
}
