// Chat and the model list on /v1. A fine-tune answers only through a dedicated endpoint, by the endpoint's
// name (`<projectSlug>/<endpoint>`, or `…/<deployment>` to pin one deployment); base models answer serverless
// by their serverless id. Replies come from the practice brain (a fine-tune in the style of its examples).
import { randomInt } from 'node:crypto';
import { Hono } from 'hono';
import type { ChatExample } from '../../../../../../shared/domain/chat';
import type { PracticeModel } from '../../brain';
import { toUnixSeconds } from '../../clock';
import { OpenAIChatBody, answerChat } from '../../openaiChat';
import type { TogetherContext, TogetherEnv } from '../context';
import { provision } from '../deployments';
import { TOGETHER_EMBEDDING_MODELS } from './embeddings';
import { TogetherError, togetherErrors } from '../errors';
import type { TogetherDeployment } from '../state';

export function togetherChatRoutes(ctx: TogetherContext) {
  const app = new Hono<TogetherEnv>();
  const { settings } = ctx;

  /** Live deployments an endpoint-addressed model string reaches. */
  const deploymentsFor = (model: string): TogetherDeployment[] | undefined => {
    const [slug, endpointName, deploymentName] = model.split('/');
    if (slug !== settings.projectSlug || !endpointName) return undefined;
    const endpoint = ctx.store.state.endpoints.find((e) => !e.deleted && e.name === endpointName);
    if (!endpoint) return undefined;
    return ctx.store.state.deployments.filter(
      (d) =>
        !d.deleted &&
        d.endpointId === endpoint.id &&
        (deploymentName === undefined || d.name === deploymentName),
    );
  };

  app.get('/models', (c) => {
    ctx.advance();
    const created = toUnixSeconds(Date.UTC(2025, 0, 1));
    const bases = settings.catalog
      .filter((m) => m.serverlessChatId !== null)
      .map((m) => ({
        id: m.serverlessChatId,
        object: 'model',
        created,
        type: 'chat',
        organization: m.name.split('/')[0],
      }));
    const endpoints = ctx.store.state.endpoints
      .filter((e) => !e.deleted)
      .map((e) => ({
        id: `${settings.projectSlug}/${e.name}`,
        object: 'model',
        created: toUnixSeconds(e.createdAtMs),
        type: 'chat',
        organization: settings.projectSlug,
      }));
    // Chat-only serverless models (issue 16 §6) and the embeddings models, typed as Together types them.
    const chatOnly = settings.chatOnlyModels.map((id) => ({
      id,
      object: 'model',
      created,
      type: 'chat',
      organization: id.split('/')[0],
    }));
    const embedding = Object.keys(TOGETHER_EMBEDDING_MODELS).map((id) => ({
      id,
      object: 'model',
      created,
      type: 'embedding',
      organization: id.split('/')[0],
    }));
    // Together's model list is a bare array.
    return c.json([...endpoints, ...bases, ...chatOnly, ...embedding]);
  });

  app.post('/chat/completions', async (c) => {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      throw togetherErrors.badRequest('Request body is not valid JSON');
    }
    const parsed = OpenAIChatBody.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw togetherErrors.badRequest(
        `Invalid value for ${issue?.path.join('.') || 'body'}: ${issue?.message}`,
      );
    }
    ctx.advance();
    const id = parsed.data.model;
    const now = ctx.clock.now();
    let model: PracticeModel;
    const deployments = deploymentsFor(id);
    if (deployments) {
      const ready = deployments.find((d) => d.state === 'DEPLOYMENT_STATE_READY');
      const sleeping = deployments.find((d) => d.scaledToZero && d.state === 'DEPLOYMENT_STATE_STOPPED');
      const serving = ready ?? (sleeping && settings.coldStartChat === 'answer' ? sleeping : undefined);
      if (sleeping && !ready) {
        // A request wakes a deployment that scaled to zero (a cold start; billing resumes).
        provision(sleeping, now);
        ctx.store.changed();
      }
      if (!serving) {
        const starting = deployments.some((d) => d.state === 'DEPLOYMENT_STATE_PROVISIONING');
        if (starting || sleeping)
          throw new TogetherError(
            503,
            `Endpoint ${id} is starting up; retry in a moment`,
            'service_unavailable',
            'endpoint_starting',
          );
        throw togetherErrors.badRequest(`Endpoint ${id} has no running deployment; start it first`, 'model');
      }
      serving.lastActiveAtMs = now;
      ctx.store.changed();
      const job = ctx.store.state.jobs.find((j) => j.id === serving.jobId);
      model = { kind: 'fine-tuned', examples: (job?.examples ?? []) as ChatExample[] };
    } else if (
      settings.catalog.some((m) => m.serverlessChatId === id) ||
      settings.chatOnlyModels.includes(id)
    ) {
      model = { kind: 'base' };
    } else {
      throw new TogetherError(
        404,
        `Unable to access non-serverless model ${id}. Please visit https://api.together.ai/models/${id} to create and start a new dedicated endpoint for the model.`,
        'invalid_request_error',
        'model_not_available',
        'model',
      );
    }
    return answerChat(c, parsed.data, {
      id: `${randomInt(2 ** 47).toString(16)}-PRACTICE`,
      createdUnixSeconds: toUnixSeconds(now),
      model,
      countText: ctx.countTextTokens,
      countExample: ctx.countExampleTokens,
      messageExtras: { tool_calls: [] },
      completionExtras: { prompt: [] },
    });
  });

  return app;
}
