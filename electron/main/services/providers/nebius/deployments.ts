// Deploying a trained Nebius model so it answers per token: `POST /v0/models {name, base_model, source:
// "<job>:<checkpoint>"}`, then `validating` → `active` (or `error`) under the name Nebius gives it,
// `<base>-LoRa:<name>-<4 letters>` (reference §6). Deploying costs nothing while idle but is still never
// done twice for one model: the name we send is derived from the source, and before creating, and again
// after any ambiguous failure, the bare-array list is searched for that source or name (createOnce.ts).
import type {
  DeploymentBilling,
  ProviderDeploymentInfo,
} from '../../../../../shared/domain/deployments/types';
import type { ServingBases } from '../../../../../shared/domain/providers/account';
import { appError } from '../../../../../shared/ipc/errors';
import type { CallRunner } from '../callRunner';
import { createDuplicateFree } from '../createOnce';
import type { CallOptions, DeploymentControl } from '../Provider';
import { servability } from './catalog';
import { mapCustomModel, refToken, splitTrainedModel } from './mapping';
import type { NebiusCustomModel, NebiusRest } from './rest';

export interface NebiusDeploymentsDeps {
  rest: NebiusRest;
  runner: CallRunner;
  /** The fine-tuning id a job was trained on. */
  jobModel(jobId: string, signal?: AbortSignal): Promise<string>;
  servingBases(signal?: AbortSignal): Promise<ServingBases>;
  createAttempts: number;
  createSettleMs: number;
}

/** The short name we ask for: stable per trained model, so a lost answer can be found by it. */
export const deployNameFor = (model: string): string => `tunesmith-${refToken(model)}`;

/** A custom model that still serves or is on its way (a deleted or failed one does not count). */
const isLive = (m: NebiusCustomModel) => m.status !== 'deleted' && m.status !== 'error';

export class NebiusDeployments implements DeploymentControl {
  constructor(private readonly deps: NebiusDeploymentsDeps) {}

  billing(): DeploymentBilling {
    return { kind: 'per-token' };
  }

  async list(options: CallOptions = {}): Promise<ProviderDeploymentInfo[]> {
    return (await this.all(options)).map((m) => mapCustomModel(m));
  }

  findByModel(model: string, options: CallOptions = {}): Promise<ProviderDeploymentInfo | null> {
    return this.deps.runner.guard('general', options.signal, () => this.findRaw(model, options.signal));
  }

  /** By full name; a 404 right after creating is normal (reference §6), so the list is asked then. */
  async get(id: string, options: CallOptions = {}): Promise<ProviderDeploymentInfo> {
    try {
      return mapCustomModel(
        await this.deps.runner.call('general', options, (req) =>
          this.deps.rest.models<NebiusCustomModel>('GET', `/${id}`, req),
        ),
      );
    } catch (error) {
      if ((error as { ipcError?: { code?: string } }).ipcError?.code !== 'not_found') throw error;
      const listed = (await this.all(options)).find((m) => m.name === id);
      if (!listed) throw error;
      return mapCustomModel(listed);
    }
  }

  async stop(id: string, options: CallOptions = {}): Promise<ProviderDeploymentInfo> {
    const gone = await this.deps.runner.call('general', options, (req) =>
      this.deps.rest.models<NebiusCustomModel>('DELETE', `/${id}`, req),
    );
    return mapCustomModel({ ...gone, name: gone.name || id });
  }

  async deploy(model: string, options: CallOptions = {}): Promise<ProviderDeploymentInfo> {
    const source = splitTrainedModel(model);
    if (!source) throw appError('bad_input', { path: 'model' });
    const { runner } = this.deps;
    const signal = options.signal;
    const earlier = await runner.guard('general', signal, () => this.findRaw(model, signal));
    if (earlier) return earlier;
    // The deploy id of the base it was trained on, if Nebius serves LoRA on it today.
    const trainedOn = await this.deps.jobModel(source.jobId, signal);
    const verdict = servability(await this.deps.servingBases(signal), trainedOn);
    if (!verdict.servable || !verdict.base)
      throw appError('not_servable', { params: { model: trainedOn, pick: verdict.pick.join(', ') } });
    const body = {
      name: deployNameFor(model),
      base_model: verdict.base.servingId,
      source: model,
      description: 'Trained with Tunesmith',
    };
    return runner.guard('general', signal, () =>
      createDuplicateFree({
        createOnce: async () => {
          const made = await this.deps.rest.models<NebiusCustomModel>(
            'POST',
            '',
            runner.requestOptions(signal),
            body,
          );
          runner.reachable();
          // In April 2025 the answer held only the short name; the full one is in the list (reference §6).
          if (!made.name.includes('-LoRa:'))
            return (await this.findRaw(model, signal)) ?? mapCustomModel(made, model);
          return mapCustomModel(made, model);
        },
        find: () => this.findRaw(model, signal),
        retry: runner.retryContext(signal),
        maxAttempts: this.deps.createAttempts,
        settleMs: this.deps.createSettleMs,
        onAmbiguous: (error) => runner.report(error),
      }),
    );
  }

  private async all(options: CallOptions): Promise<NebiusCustomModel[]> {
    const answer = await this.deps.runner.call('general', options, (req) =>
      this.deps.rest.models<unknown>('GET', '', req),
    );
    return Array.isArray(answer) ? (answer as NebiusCustomModel[]) : [];
  }

  /** The live custom model made from this trained model (by source, or by the name we asked for). */
  private async findRaw(
    model: string,
    signal: AbortSignal | undefined,
  ): Promise<ProviderDeploymentInfo | null> {
    const answer = await this.deps.runner.retried(signal, (req) =>
      this.deps.rest.models<unknown>('GET', '', req),
    );
    const name = deployNameFor(model);
    const found = (Array.isArray(answer) ? (answer as NebiusCustomModel[]) : []).find(
      (m) =>
        isLive(m) &&
        (m.source === model || m.name.includes(`-LoRa:${name}-`) || m.name.startsWith(`${name}-`)),
    );
    return found ? mapCustomModel(found, model) : null;
  }
}
