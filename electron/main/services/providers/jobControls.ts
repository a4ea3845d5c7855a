// Job controls that read the same in every adapter whose jobs carry our reference token: finding the job of
// one user action by its reference, and a cancel answered by a fresh read of the job. Each adapter supplies
// only what differs (its token, how it lists, how it asks to cancel); the call policy stays the shared one.
import type { CallRunner } from './callRunner';
import type { CallOptions, ProviderJob } from './Provider';

export interface JobControlDeps {
  runner: Pick<CallRunner, 'guard'>;
  /** The provider's short token for a client reference (what its job name or suffix carries). */
  refToken(clientRef: string): string;
  /** The job carrying this token, or null; reads may retry, nothing is created. */
  findByToken(token: string, signal: AbortSignal | undefined): Promise<ProviderJob | null>;
  /** The provider's own cancel request; its answer is not trusted as the job's state. */
  requestCancel(jobId: string, options: CallOptions): Promise<unknown>;
  getJob(jobId: string, options: CallOptions): Promise<ProviderJob>;
}

export interface JobControls {
  findJobByRef(clientRef: string, options?: CallOptions): Promise<ProviderJob | null>;
  cancelJob(jobId: string, options?: CallOptions): Promise<ProviderJob>;
}

type FindDeps = Pick<JobControlDeps, 'runner' | 'refToken' | 'findByToken'>;

/** findJobByRef alone, for an adapter whose cancel answers with the whole job (Nebius). */
export const findJobByRefVia =
  (deps: FindDeps): JobControls['findJobByRef'] =>
  (clientRef, options = {}) =>
    deps.runner.guard('fine-tuning', options.signal, () =>
      deps.findByToken(deps.refToken(clientRef), options.signal),
    );

export function jobControls(deps: JobControlDeps): JobControls {
  return {
    findJobByRef: findJobByRefVia(deps),
    // The job is read again after the cancel: the cancel's own answer may be a truncated job.
    cancelJob: async (jobId, options = {}) => {
      await deps.requestCancel(jobId, options);
      return deps.getJob(jobId, options);
    },
  };
}
