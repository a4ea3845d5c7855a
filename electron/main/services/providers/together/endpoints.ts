// Dedicated endpoints (API v2, reference §3.4): a trained model is served by one endpoint Tunesmith names
// after the model (`ts-<hash>`, so it is found again by name after a crash) holding one deployment (`main`)
// on the cheapest hardware its base allows, billed by the hour even when idle. Both creations go through
// createOnce: looked up first, and again after any ambiguous failure (a second create of a taken name
// answers 409, which also leads to the look-up), so one model never gets two endpoints or deployments.
// The idle time the user chose becomes `scaleToZeroWindow`; stop deletes the deployment, then the endpoint.
import type {
  DeploymentBilling,
  ProviderDeploymentInfo,
} from '../../../../../shared/domain/deployments/types';
import { togetherBaseOf, togetherHardwareFor } from '../../../../../shared/domain/pricing/together';
import { appError } from '../../../../../shared/ipc/errors';
import type { CallRunner } from '../callRunner';
import { createDuplicateFree } from '../createOnce';
import type { CallOptions, DeploymentControl, DeployOptions } from '../Provider';
import type { TogetherHttp, TogetherRequest } from './http';
import {
  DEPLOYMENT_NAME,
  deploymentStateOf,
  endpointNameFor,
  mapDeployment,
  type TogetherDeploymentObject,
  type TogetherEndpointObject,
  type TogetherJob,
} from './mapping';

export interface EndpointDeps {
  http: TogetherHttp;
  runner: CallRunner;
  projectId: string;
  createAttempts: number;
  createSettleMs: number;
  jobs(signal: AbortSignal | undefined): Promise<TogetherJob[]>;
  job(id: string, signal: AbortSignal | undefined): Promise<TogetherJob>;
}

interface Paged<T> {
  data?: T[];
  next_cursor?: string;
}

/** Endpoints looked through for ours (cursor pages of 100): far more than one account holds. */
const MAX_PAGES = 20;

export function togetherEndpoints(deps: EndpointDeps): DeploymentControl {
  const { http, runner } = deps;
  const root = `/projects/${encodeURIComponent(deps.projectId)}/endpoints`;
  const v2 = (req: Omit<TogetherRequest, 'api'>): TogetherRequest => ({ ...req, api: 'v2' });
  const call = <T>(options: CallOptions, req: Omit<TogetherRequest, 'api'>) =>
    runner.call('general', options, (r) => http.request<T>(v2(req), r));
  const read = <T>(signal: AbortSignal | undefined, req: Omit<TogetherRequest, 'api'>) =>
    runner.retried(signal, (r) => http.request<T>(v2(req), r));

  const endpointsNamed = async (name: string, signal: AbortSignal | undefined) => {
    let after: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const answer = await read<Paged<TogetherEndpointObject>>(signal, {
        method: 'GET',
        path: root,
        query: { limit: 100, after },
      });
      const found = (answer.data ?? []).find((e) => e.name === name || e.name.endsWith(`/${name}`));
      if (found) return found;
      if (!answer.next_cursor) return null;
      after = answer.next_cursor;
    }
    return null;
  };
  const deploymentOf = async (endpoint: TogetherEndpointObject, signal: AbortSignal | undefined) => {
    const answer = await read<Paged<TogetherDeploymentObject>>(signal, {
      method: 'GET',
      path: `${root}/${encodeURIComponent(endpoint.id)}/deployments`,
      query: { limit: 100 },
    });
    return (
      (answer.data ?? []).find((d) => d.name === DEPLOYMENT_NAME || d.name.endsWith(`/${DEPLOYMENT_NAME}`)) ??
      null
    );
  };
  const settings = {
    maxAttempts: deps.createAttempts,
    settleMs: deps.createSettleMs,
    onAmbiguous: (error: unknown) => runner.report(error),
  };
  const autoscaling = (autoStopMinutes: number | null | undefined) =>
    autoStopMinutes
      ? // Scale to zero needs no replica kept warm (unverified: the reference only names the window).
        { minReplicas: 0, maxReplicas: 1, scaleToZeroWindow: `${autoStopMinutes * 60}s` }
      : { minReplicas: 1, maxReplicas: 1 };

  /** `projects/{p}/models/{model_object_id}` of the completed job whose output is `model`. */
  const modelPath = async (model: string, signal: AbortSignal | undefined) => {
    const listed = (await deps.jobs(signal)).find((j) => j.model_output_name === model);
    if (!listed) throw appError('model_not_found');
    const job = await deps.job(listed.id, signal);
    if (!job.model_object_id) throw appError('model_not_found');
    return `projects/${deps.projectId}/models/${job.model_object_id}`;
  };

  const findLive = async (model: string, signal: AbortSignal | undefined) => {
    const endpoint = await endpointsNamed(endpointNameFor(model), signal);
    const deployment = endpoint ? await deploymentOf(endpoint, signal) : null;
    if (!endpoint || !deployment) return null;
    const info = mapDeployment(endpoint, deployment, model);
    return info.state === 'stopped' || info.state === 'stopping' ? null : info;
  };

  const parse = (id: string) => {
    const [endpointId = '', deploymentId = ''] = id.split('/');
    return { endpointId, deploymentId };
  };

  return {
    billing: (model): DeploymentBilling => {
      const hardware = togetherHardwareFor(model);
      return {
        kind: 'per-hour',
        perHour: hardware?.perHourUsd ?? null,
        currency: 'USD',
        ...(hardware ? { hardware: hardware.label } : {}),
      };
    },

    async deploy(model, options: DeployOptions = {}) {
      const { signal } = options;
      const hardware = togetherHardwareFor(model);
      if (!hardware || !togetherBaseOf(model)?.deployable) throw appError('not_deployable');
      return runner.guard('general', signal, async () => {
        const name = endpointNameFor(model);
        const endpoint = await createDuplicateFree({
          createOnce: async () => {
            const made = await http.request<TogetherEndpointObject>(
              v2({ method: 'POST', path: root, body: { name } }),
              runner.requestOptions(signal),
            );
            runner.reachable();
            return made;
          },
          find: () => endpointsNamed(name, signal),
          retry: runner.retryContext(signal),
          ...settings,
        });
        const existing = await deploymentOf(endpoint, signal);
        if (existing && deploymentStateOf(existing.status?.state ?? '') === 'stopped') {
          // Stopped or scaled to zero: start it again rather than adding a second deployment.
          const started = await http.request<TogetherDeploymentObject>(
            v2({
              method: 'PATCH',
              path: `${root}/${encodeURIComponent(endpoint.id)}/deployments/${encodeURIComponent(existing.id)}`,
              body: { autoscaling: autoscaling(options.autoStopMinutes) },
            }),
            runner.requestOptions(signal),
          );
          return mapDeployment(endpoint, started, model);
        }
        if (existing) return mapDeployment(endpoint, existing, model);
        const servedModel = await modelPath(model, signal);
        const deployment = await createDuplicateFree({
          createOnce: async () => {
            const made = await http.request<TogetherDeploymentObject>(
              v2({
                method: 'POST',
                path: `${root}/${encodeURIComponent(endpoint.id)}/deployments`,
                body: {
                  name: DEPLOYMENT_NAME,
                  model: servedModel,
                  config: hardware.id,
                  autoscaling: autoscaling(options.autoStopMinutes),
                },
              }),
              runner.requestOptions(signal),
            );
            runner.reachable();
            return made;
          },
          find: () => deploymentOf(endpoint, signal),
          retry: runner.retryContext(signal),
          ...settings,
        });
        return mapDeployment(endpoint, deployment, model);
      });
    },

    findByModel: (model, options = {}) =>
      runner.guard('general', options.signal, () => findLive(model, options.signal)),

    async get(id, options = {}): Promise<ProviderDeploymentInfo> {
      const { endpointId, deploymentId } = parse(id);
      const endpoint = await call<TogetherEndpointObject>(options, {
        method: 'GET',
        path: `${root}/${encodeURIComponent(endpointId)}`,
      });
      const deployment = await call<TogetherDeploymentObject>(options, {
        method: 'GET',
        path: `${root}/${encodeURIComponent(endpointId)}/deployments/${encodeURIComponent(deploymentId)}`,
      });
      return mapDeployment(endpoint, deployment, deployment.model ?? endpoint.name);
    },

    async list(options = {}) {
      const answer = await call<Paged<TogetherEndpointObject>>(options, {
        method: 'GET',
        path: root,
        query: { limit: 100 },
      });
      return runner.guard('general', options.signal, async () => {
        const out: ProviderDeploymentInfo[] = [];
        for (const endpoint of answer.data ?? []) {
          const deployment = await deploymentOf(endpoint, options.signal);
          if (deployment) out.push(mapDeployment(endpoint, deployment, deployment.model ?? endpoint.name));
        }
        return out;
      });
    },

    /** One click stops and deletes: the deployment (billing ends), then the endpoint. Gone already is fine. */
    async stop(id, options = {}): Promise<ProviderDeploymentInfo> {
      const { endpointId, deploymentId } = parse(id);
      const gone = (error: unknown) => {
        if ((error as { ipcError?: { code?: string } }).ipcError?.code !== 'not_found') throw error;
      };
      await call(options, {
        method: 'DELETE',
        path: `${root}/${encodeURIComponent(endpointId)}/deployments/${encodeURIComponent(deploymentId)}`,
      }).catch(gone);
      await call(options, { method: 'DELETE', path: `${root}/${encodeURIComponent(endpointId)}` }).catch(
        gone,
      );
      return { id, model: id, chatModel: id, state: 'stopped', raw: 'DELETED', createdAt: null };
    },
  };
}
