// Dedicated endpoints, API v2 (reference §3.4, together-ai `resources/beta/endpoints/*`): an endpoint (the
// inference-addressable name, `<projectSlug>/<name>`) and its deployments (model revision, hardware,
// autoscaling with `scaleToZeroWindow`, `DEPLOYMENT_STATE_*`). v2 rather than v1 because v1 is documented as
// deprecated by the end of 2026 and v2 is what the SDK's current typings describe; v1 survives here only as
// `GET /v1/hardware?model=` (the documented deployability preflight, 404 for `-Reference` bases).
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { type TogetherContext, type TogetherEnv, readTogetherJson } from '../context';
import { beginStop, provision, removeDeployment } from '../deployments';
import { TogetherError, togetherErrors } from '../errors';
import { type TogetherBaseModel, isReferenceBase } from '../settings';
import type { TogetherDeployment, TogetherEndpoint, TogetherJob } from '../state';

const NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const NAME_RULE = 'use 1-63 lowercase letters, digits and "-", starting and ending with a letter or digit';

const CreateEndpoint = z.object({
  name: z.string(),
  visibility: z.enum(['VISIBILITY_PRIVATE', 'VISIBILITY_INTERNAL']).optional(),
});

const Duration = z.string().regex(/^\d+(\.\d+)?s$/, 'a duration such as "900s"');
const Autoscaling = z.object({
  minReplicas: z.number().int().min(0).optional(),
  maxReplicas: z.number().int().min(0).optional(),
  scaleToZeroWindow: Duration.optional(),
  scaleDownWindow: Duration.optional(),
  scaleUpWindow: Duration.optional(),
  scalingMetrics: z.array(z.unknown()).optional(),
});

const CreateDeployment = z.object({
  name: z.string(),
  autoscaling: Autoscaling,
  model: z.string().optional(),
  modelId: z.string().optional(),
  modelRevisionId: z.string().optional(),
  config: z.string().optional(),
  configId: z.string().optional(),
  enableLora: z.boolean().optional(),
});

const UpdateDeployment = z.object({ autoscaling: Autoscaling.optional(), etag: z.string().optional() });

const iso = (ms: number) => new Date(ms).toISOString();
const seconds = (window: string | undefined) =>
  window === undefined ? undefined : Number(window.slice(0, -1));

export function togetherEndpointRoutes(ctx: TogetherContext) {
  const app = new Hono<TogetherEnv>();
  const { settings } = ctx;
  const fullName = (e: TogetherEndpoint) => `${settings.projectSlug}/${e.name}`;
  const liveEndpoints = () => ctx.store.state.endpoints.filter((e) => !e.deleted);
  const deploymentsOf = (e: TogetherEndpoint) =>
    ctx.store.state.deployments.filter((d) => d.endpointId === e.id && !d.deleted);
  const requireProject = (projectId: string) => {
    if (projectId !== settings.projectId) throw togetherErrors.notFound(`Project ${projectId} not found`);
  };
  const requireEndpoint = (projectId: string, id: string) => {
    requireProject(projectId);
    const endpoint = liveEndpoints().find((e) => e.id === id);
    if (!endpoint) throw togetherErrors.notFound(`Endpoint ${id} not found`);
    return endpoint;
  };
  const requireDeployment = (endpoint: TogetherEndpoint, id: string) => {
    const deployment = deploymentsOf(endpoint).find((d) => d.id === id);
    if (!deployment) throw togetherErrors.notFound(`Deployment ${id} not found`);
    return deployment;
  };

  const deploymentView = (d: TogetherDeployment) => {
    const endpoint = ctx.store.state.endpoints.find((e) => e.id === d.endpointId);
    const up =
      d.state === 'DEPLOYMENT_STATE_READY' ? (d.maxReplicas > 0 ? Math.max(1, d.minReplicas) : 0) : 0;
    return {
      id: d.id,
      name: `${endpoint ? fullName(endpoint) : settings.projectSlug}/${d.name}`,
      endpointId: d.endpointId,
      projectId: settings.projectId,
      model: d.model,
      modelId: d.modelId,
      modelRevisionId: d.modelRevisionId,
      config: `projects/${settings.projectId}/configs/${d.hardware}`,
      configId: d.hardware,
      hardware: d.hardware,
      autoscaling: {
        minReplicas: d.minReplicas,
        maxReplicas: d.maxReplicas,
        ...(d.scaleToZeroWindowSeconds !== null
          ? { scaleToZeroWindow: `${d.scaleToZeroWindowSeconds}s` }
          : {}),
      },
      desiredReplicas: up,
      enableLora: false,
      status: { state: d.state, message: d.message, readyReplicas: up, scheduledReplicas: up },
      trafficMode: 'TRAFFIC_MODE_LIVE',
      etag: String(d.etag),
      createdAt: iso(d.createdAtMs),
      updatedAt: iso(d.updatedAtMs),
    };
  };

  const endpointView = (e: TogetherEndpoint) => {
    const deployments = deploymentsOf(e);
    return {
      id: e.id,
      name: fullName(e),
      projectId: settings.projectId,
      endpointType: 'ENDPOINT_TYPE_DEDICATED',
      visibility: e.visibility,
      etag: String(e.etag),
      deployments: deployments.map((d) => {
        const view = deploymentView(d);
        return {
          id: d.id,
          name: view.name,
          model: d.model,
          modelId: d.modelId,
          hardware: d.hardware,
          autoscaling: view.autoscaling,
          state: d.state,
          readyReplicas: view.status.readyReplicas,
          desiredReplicas: view.desiredReplicas,
          trafficMode: view.trafficMode,
          estimatedEffectiveTrafficShare: 1 / deployments.length,
          createdAt: view.createdAt,
        };
      }),
      trafficSplit: deployments.map((d) => ({
        deploymentId: d.id,
        weight: Math.round(100 / deployments.length),
      })),
      createdAt: iso(e.createdAtMs),
      updatedAt: iso(e.updatedAtMs),
    };
  };

  /** Cursor pagination as the SDK reads it: `after`/`limit` in, `{data, next_cursor}` out. */
  const page = <T extends { id: string }>(
    items: T[],
    after: string | undefined,
    limit: string | undefined,
  ) => {
    const size = Math.min(100, Math.max(1, Number(limit ?? 50) || 50));
    const start = after ? items.findIndex((i) => i.id === after) + 1 : 0;
    const data = items.slice(start, start + size);
    const more = start + size < items.length;
    return { data, next_cursor: more ? (data.at(-1)?.id ?? '') : '' };
  };

  /** A completed job whose model or adapter the `projects/{p}/models/{m}[/revisions/{r}]` string names. */
  const resolveModel = (model: string): { job: TogetherJob; modelId: string; revisionId: string } => {
    const match = /^projects\/([^/]+)\/models\/([^/]+)(?:\/revisions\/([^/]+))?$/.exec(model);
    if (!match || match[1] !== settings.projectId)
      throw togetherErrors.badRequest(
        `model must be projects/${settings.projectId}/models/{modelId}[/revisions/{revisionId}]`,
        'model',
      );
    const [, , modelId = '', revision] = match;
    for (const job of ctx.store.state.jobs) {
      if (job.deleted || job.status !== 'completed') continue;
      const pairs: [string, string][] = [
        [job.modelObjectId, job.modelRevisionId],
        [job.adapterObjectId, job.adapterRevisionId],
      ];
      for (const [id, rev] of pairs) {
        if (id !== modelId) continue;
        if (revision !== undefined && revision !== rev)
          throw togetherErrors.notFound(`Revision ${revision} of model ${modelId} not found`);
        return { job, modelId: id, revisionId: rev };
      }
    }
    throw togetherErrors.notFound(`Model ${modelId} not found`);
  };

  const hardwareFor = (base: TogetherBaseModel | undefined, config: string | undefined) => {
    const id = config ? (config.split('/').at(-1) ?? config) : settings.defaultHardware;
    if (!base || !base.hardware.includes(id))
      throw togetherErrors.badRequest(
        `Hardware ${id} is not available for this model${base?.hardware.length ? `; choose one of ${base.hardware.join(', ')}` : ''}`,
        'config',
      );
    return id;
  };

  app.get('/projects/:p/endpoints', (c) => {
    requireProject(c.req.param('p'));
    ctx.advance();
    const result = page(liveEndpoints(), c.req.query('after'), c.req.query('limit'));
    return c.json({ data: result.data.map(endpointView), next_cursor: result.next_cursor });
  });

  app.post('/projects/:p/endpoints', async (c) => {
    requireProject(c.req.param('p'));
    const body = await readTogetherJson(c, CreateEndpoint);
    if (!NAME.test(body.name))
      throw togetherErrors.badRequest(`Invalid endpoint name "${body.name}": ${NAME_RULE}`, 'name');
    if (liveEndpoints().some((e) => e.name === body.name))
      throw togetherErrors.conflict(`Endpoint ${settings.projectSlug}/${body.name} already exists`);
    const now = ctx.clock.now();
    const endpoint: TogetherEndpoint = {
      id: `ep_${randomUUID().replaceAll('-', '')}`,
      name: body.name,
      visibility: body.visibility ?? 'VISIBILITY_PRIVATE',
      createdAtMs: now,
      updatedAtMs: now,
      etag: 1,
      deleted: false,
    };
    ctx.store.state.endpoints.push(endpoint);
    ctx.store.changed();
    return c.json(endpointView(endpoint));
  });

  app.get('/projects/:p/endpoints/:id', (c) => {
    ctx.advance();
    return c.json(endpointView(requireEndpoint(c.req.param('p'), c.req.param('id'))));
  });

  app.delete('/projects/:p/endpoints/:id', (c) => {
    ctx.advance();
    const endpoint = requireEndpoint(c.req.param('p'), c.req.param('id'));
    if (deploymentsOf(endpoint).length > 0)
      throw togetherErrors.badRequest(
        `Endpoint ${fullName(endpoint)} still has deployments; delete them first`,
      );
    endpoint.deleted = true;
    endpoint.updatedAtMs = ctx.clock.now();
    ctx.store.changed();
    return c.json({});
  });

  app.get('/projects/:p/endpoints/:id/deployments', (c) => {
    ctx.advance();
    const endpoint = requireEndpoint(c.req.param('p'), c.req.param('id'));
    const result = page(deploymentsOf(endpoint), c.req.query('after'), c.req.query('limit'));
    return c.json({ data: result.data.map(deploymentView), next_cursor: result.next_cursor });
  });

  app.post('/projects/:p/endpoints/:id/deployments', async (c) => {
    ctx.advance();
    const endpoint = requireEndpoint(c.req.param('p'), c.req.param('id'));
    const body = await readTogetherJson(c, CreateDeployment);
    if (!NAME.test(body.name))
      throw togetherErrors.badRequest(`Invalid deployment name "${body.name}": ${NAME_RULE}`, 'name');
    if (deploymentsOf(endpoint).some((d) => d.name === body.name))
      throw togetherErrors.conflict(
        `Deployment ${body.name} already exists on endpoint ${fullName(endpoint)}`,
      );
    const modelString =
      body.model ??
      (body.modelId
        ? `projects/${settings.projectId}/models/${body.modelId}${body.modelRevisionId ? `/revisions/${body.modelRevisionId}` : ''}`
        : undefined);
    if (!modelString) throw togetherErrors.badRequest('model is required', 'model');
    const { job, modelId, revisionId } = resolveModel(modelString);
    if (isReferenceBase(job.model))
      throw togetherErrors.badRequest(
        `Fine-tunes of ${job.model} cannot be deployed on dedicated endpoints (models ending in -Reference are for fine-tuning only); download the weights instead`,
        'model',
      );
    const base = settings.catalog.find((m) => m.name === job.model);
    const hardware = hardwareFor(base, body.config ?? body.configId);
    const maxReplicas = body.autoscaling.maxReplicas ?? 1;
    const minReplicas = body.autoscaling.minReplicas ?? Math.min(1, maxReplicas);
    if (minReplicas > maxReplicas)
      throw togetherErrors.badRequest('autoscaling.minReplicas must not exceed maxReplicas', 'autoscaling');
    const window = seconds(body.autoscaling.scaleToZeroWindow) ?? settings.defaultScaleToZeroWindowSeconds;
    if (c.req.query('validateOnly') === 'true') return c.json({});
    const now = ctx.clock.now();
    const deployment: TogetherDeployment = {
      id: `dep_${randomUUID().replaceAll('-', '')}`,
      name: body.name,
      endpointId: endpoint.id,
      createdAtMs: now,
      updatedAtMs: now,
      etag: 0,
      model: modelString,
      modelId,
      modelRevisionId: revisionId,
      jobId: job.id,
      hardware,
      minReplicas,
      maxReplicas,
      scaleToZeroWindowSeconds: window,
      state: 'DEPLOYMENT_STATE_STOPPED',
      message: '',
      phaseStartedAtMs: now,
      lastActiveAtMs: now,
      scaledToZero: false,
      runs: [],
      deleted: false,
    };
    if (maxReplicas > 0) provision(deployment, now);
    else deployment.message = 'Created with no replicas';
    ctx.store.state.deployments.push(deployment);
    endpoint.etag += 1;
    endpoint.updatedAtMs = now;
    ctx.store.changed();
    return c.json(deploymentView(deployment));
  });

  app.get('/projects/:p/endpoints/:id/deployments/:dep', (c) => {
    ctx.advance();
    const endpoint = requireEndpoint(c.req.param('p'), c.req.param('id'));
    return c.json(deploymentView(requireDeployment(endpoint, c.req.param('dep'))));
  });

  // Stop = min and max replicas 0; start = max replicas ≥ 1; the window can change too.
  app.patch('/projects/:p/endpoints/:id/deployments/:dep', async (c) => {
    ctx.advance();
    const endpoint = requireEndpoint(c.req.param('p'), c.req.param('id'));
    const deployment = requireDeployment(endpoint, c.req.param('dep'));
    const body = await readTogetherJson(c, UpdateDeployment);
    if (body.etag !== undefined && body.etag !== String(deployment.etag))
      throw new TogetherError(
        409,
        'The deployment changed since it was read (etag mismatch)',
        'invalid_request_error',
        'aborted',
      );
    const scaling = body.autoscaling ?? {};
    const now = ctx.clock.now();
    deployment.minReplicas = scaling.minReplicas ?? deployment.minReplicas;
    deployment.maxReplicas = scaling.maxReplicas ?? deployment.maxReplicas;
    if (deployment.minReplicas > deployment.maxReplicas) deployment.minReplicas = deployment.maxReplicas;
    const window = seconds(scaling.scaleToZeroWindow);
    if (window !== undefined) deployment.scaleToZeroWindowSeconds = window;
    const up =
      deployment.state === 'DEPLOYMENT_STATE_READY' || deployment.state === 'DEPLOYMENT_STATE_PROVISIONING';
    if (deployment.maxReplicas === 0 && up) beginStop(deployment, now);
    else if (deployment.maxReplicas > 0 && deployment.state === 'DEPLOYMENT_STATE_STOPPED')
      provision(deployment, now);
    else {
      deployment.etag += 1;
      deployment.updatedAtMs = now;
    }
    if (deployment.state === 'DEPLOYMENT_STATE_READY') deployment.lastActiveAtMs = now;
    ctx.store.changed();
    return c.json(deploymentView(deployment));
  });

  app.delete('/projects/:p/endpoints/:id/deployments/:dep', (c) => {
    ctx.advance();
    const endpoint = requireEndpoint(c.req.param('p'), c.req.param('id'));
    removeDeployment(requireDeployment(endpoint, c.req.param('dep')), ctx.clock.now());
    endpoint.etag += 1;
    ctx.store.changed();
    return c.json({});
  });

  return app;
}

/** `GET /v1/hardware?model=`: where a model can run and what it costs; 404 when it cannot be deployed. */
export function togetherHardwareRoutes(ctx: TogetherContext) {
  const app = new Hono<TogetherEnv>();
  app.get('/hardware', (c) => {
    const model = c.req.query('model');
    const { settings } = ctx;
    let ids = settings.hardware.map((h) => h.id);
    if (model !== undefined) {
      const job = ctx.store.state.jobs.find(
        (j) =>
          !j.deleted &&
          (j.modelOutputName === model ||
            `${settings.projectSlug}/${j.modelOutputName.split('/').at(-1)}` === model),
      );
      const base = settings.catalog.find((m) => m.name === (job?.model ?? model));
      if (!base || isReferenceBase(base.name) || base.hardware.length === 0)
        throw togetherErrors.notFound(`Model ${model} is not available on dedicated endpoints`);
      ids = [...base.hardware];
    }
    return c.json({
      object: 'list',
      data: settings.hardware
        .filter((h) => ids.includes(h.id))
        .map((h) => ({
          object: 'hardware',
          id: h.id,
          pricing: { cents_per_minute: h.centsPerHour / 60 },
          specs: { gpu_type: h.gpuType, gpu_link: 'sxm', gpu_memory: h.gpuMemoryGb, gpu_count: h.gpuCount },
          availability: { status: 'available' },
          updated_at: new Date(Date.UTC(2026, 11, 1)).toISOString(),
        })),
    });
  });
  return app;
}
