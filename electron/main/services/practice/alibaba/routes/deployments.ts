// Native deployments under /api/v1/deployments (reference §2.5): create (PENDING, then RUNNING after the
// start-up time on the clock), retrieve, list (page_no/page_size), delete. `plan: "lora"` (per-token, nothing
// while idle) is only for models trained with efficient_sft. The `deployed_model` is the chat `model`.
import { Hono } from 'hono';
import { z } from 'zod';
import { requireFineTuning, requireGoodStanding } from '../accounts';
import {
  type AlibabaContext,
  type AlibabaEnv,
  envelope,
  page,
  readJsonBody,
  readQueryParams,
} from '../context';
import { dashscopeErrors } from '../errors';
import { deploymentTime, newHex } from '../format';
import type { AlibabaDeployment } from '../state';

const CreateBody = z.object({
  model_name: z.string().min(1),
  plan: z.string().min(1),
  capacity: z.number().int().min(1).default(1),
  suffix: z.string().max(32).optional(),
});

const ListQuery = z.object({
  page_no: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(200).default(50),
});

/** PENDING becomes the configured outcome once the start-up time has passed. True when it changed. */
export function advanceDeployment(
  deployment: AlibabaDeployment,
  ctx: AlibabaContext,
  nowMs: number,
): boolean {
  if (deployment.status !== 'PENDING') return false;
  const at = deployment.createdAtMs + ctx.durations.deployingMs;
  if (nowMs < at) return false;
  deployment.status = ctx.settings.deploymentOutcome;
  deployment.modifiedAtMs = at;
  return true;
}

export function deploymentView(ctx: AlibabaContext, d: AlibabaDeployment) {
  const offset = ctx.settings.localTimeOffsetMinutes;
  return {
    deployed_model: d.deployedModel,
    gmt_create: deploymentTime(d.createdAtMs, offset),
    gmt_modified: deploymentTime(d.modifiedAtMs, offset),
    status: d.status,
    model_name: d.modelName,
    base_model: d.baseModel,
    base_capacity: d.capacity,
    capacity: d.capacity,
    ready_capacity: d.status === 'RUNNING' ? d.capacity : 0,
    workspace_id: d.workspaceId,
    charge_type: 'post_paid',
    plan: d.plan,
    creator: d.owner,
    modifier: d.owner,
  };
}

export function deploymentRoutes(ctx: AlibabaContext) {
  const app = new Hono<AlibabaEnv>();

  const requireDeployment = (owner: string, id: string) => {
    const found = ctx.store.state.deployments.find((d) => d.deployedModel === id && d.owner === owner);
    // Observed wording (reference §2.4): "Model: qwen-plus-20230703-cx7f not found!"
    if (!found) throw dashscopeErrors.notFound(`Model: ${id}`);
    return found;
  };

  app.post('/deployments', async (c) => {
    const body = await readJsonBody(c, CreateBody);
    const account = c.get('account');
    const region = c.get('region');
    requireFineTuning(account);
    requireGoodStanding(account);
    ctx.advance();
    if (!ctx.settings.deploymentRegions.includes(region))
      throw dashscopeErrors.invalidParameter(`Model deployment is not available in the ${region} region.`);
    const model = ctx.store.state.models.find((m) => m.id === body.model_name && m.owner === account.uid);
    if (!model) throw dashscopeErrors.notFound(`Model: ${body.model_name}`);
    if (body.plan !== 'lora' && body.plan !== 'mu' && body.plan !== 'ptu')
      throw dashscopeErrors.invalidParameter(
        body.plan === 'dtu'
          ? 'plan dtu must be created on your workspace host ({WorkspaceId}.{region}.maas.aliyuncs.com).'
          : `Unknown plan ${body.plan}; use lora, mu or ptu.`,
      );
    if (body.plan === 'lora' && model.trainingType !== 'efficient_sft')
      throw dashscopeErrors.invalidParameter(
        `plan lora is only available for models trained with efficient_sft; ${model.id} was trained with ${model.trainingType}.`,
      );
    const deployedModel =
      ctx.settings.deployedModelNaming === 'model-name'
        ? model.id
        : [model.id, newHex(4), ...(body.suffix ? [body.suffix] : [])].join('-');
    if (ctx.store.state.deployments.some((d) => d.deployedModel === deployedModel && d.owner === account.uid))
      throw dashscopeErrors.invalidParameter(`Model ${model.id} is already deployed as ${deployedModel}.`);
    const now = ctx.clock.now();
    const deployment: AlibabaDeployment = {
      deployedModel,
      owner: account.uid,
      workspaceId: account.workspaceId,
      modelName: model.id,
      baseModel: model.baseModel,
      plan: body.plan,
      capacity: body.capacity,
      createdAtMs: now,
      modifiedAtMs: now,
      status: 'PENDING',
    };
    ctx.store.state.deployments.push(deployment);
    ctx.store.changed();
    return envelope(c, deploymentView(ctx, deployment));
  });

  app.get('/deployments', (c) => {
    ctx.advance();
    const query = readQueryParams(c, ListQuery);
    const owner = c.get('account').uid;
    const mine = ctx.store.state.deployments.filter((d) => d.owner === owner).reverse();
    const { items, ...paging } = page(mine, query.page_no, query.page_size);
    return envelope(c, { ...paging, deployments: items.map((d) => deploymentView(ctx, d)) });
  });

  app.get('/deployments/:id', (c) => {
    ctx.advance();
    return envelope(c, deploymentView(ctx, requireDeployment(c.get('account').uid, c.req.param('id'))));
  });

  app.delete('/deployments/:id', (c) => {
    ctx.advance();
    const deployment = requireDeployment(c.get('account').uid, c.req.param('id'));
    ctx.store.state.deployments = ctx.store.state.deployments.filter((d) => d !== deployment);
    ctx.store.changed();
    return envelope(c, { deployed_model: deployment.deployedModel });
  });

  return app;
}
