// GET/DELETE /models: the practice catalog (OpenAI's fine-tunable models with their shutdown dates), the
// embedding and moderation models the service answers for, and the fine-tuned models jobs produced.
import { Hono } from 'hono';
import { PRACTICE_MODELS, baseModelOf } from '../../../../../shared/domain/pricing/catalog';
import { CHAT_ONLY_MODELS } from '../../../../../shared/domain/pricing/chatModels';
import type { AppEnv, PracticeContext } from '../context';
import { errors } from '../errors';
import type { ModelRecord } from '../state';

/** Release dates of the catalog models (Unix seconds), as `created` in OpenAI's model list. */
const CREATED: Record<string, number> = {
  'gpt-4.1-mini-2025-04-14': 1744318173,
  'gpt-4.1-2025-04-14': 1744316542,
  'gpt-4o-mini-2024-07-18': 1721172717,
  'gpt-4o-2024-08-06': 1722814719,
};

export const EMBEDDING_MODELS: Record<string, number> = {
  'text-embedding-3-small': 1536,
  'text-embedding-3-large': 3072,
  'text-embedding-ada-002': 1536,
};
export const MODERATION_MODELS = [
  'omni-moderation-latest',
  'omni-moderation-2024-09-26',
  'text-moderation-latest',
];

interface ModelView {
  id: string;
  object: 'model';
  created: number;
  owned_by: string;
  shutdown_date: string | null;
}

/** A model is retired once its shutdown date has passed (fine-tunes follow their base model). */
export function isRetired(shutdownDate: string | null, nowMs: number): boolean {
  return shutdownDate !== null && new Date(nowMs).toISOString().slice(0, 10) >= shutdownDate;
}

export function shutdownDateOf(modelId: string): string | null {
  const base = baseModelOf(modelId);
  return PRACTICE_MODELS.find((m) => m.model === base)?.shutdownDate ?? null;
}

/** `gpt-4o-mini` → `gpt-4o-mini-2024-07-18`: OpenAI resolves an alias to its current snapshot. */
export function resolveBaseModel(id: string): string | undefined {
  const exact = PRACTICE_MODELS.find((m) => m.model === id);
  if (exact) return exact.model;
  return PRACTICE_MODELS.find((m) =>
    new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d{4}-\\d{2}-\\d{2}$`).test(m.model),
  )?.model;
}

/** Every model the caller can use right now, newest fine-tunes first, then the base catalog. */
export function availableModels(ctx: PracticeContext): ModelView[] {
  const now = ctx.clock.now();
  const fineTuned = [...ctx.store.state.models].reverse().map((m: ModelRecord): ModelView => ({
    id: m.id,
    object: 'model',
    created: m.created,
    owned_by: m.ownedBy,
    shutdown_date: shutdownDateOf(m.id),
  }));
  const base = PRACTICE_MODELS.map((m): ModelView => ({
    id: m.model,
    object: 'model',
    created: CREATED[m.model] ?? 1721172717,
    owned_by: 'system',
    shutdown_date: m.shutdownDate,
  }));
  // Chat-only models (issue 16 §6): the prompt and notes approaches can use them; they cannot be trained.
  const chatOnly = CHAT_ONLY_MODELS.filter((m) => m.provider === 'practice').map((m): ModelView => ({
    id: m.model,
    object: 'model',
    created: 1_773_000_000,
    owned_by: 'system',
    shutdown_date: null,
  }));
  const helpers = [...Object.keys(EMBEDDING_MODELS), ...MODERATION_MODELS].map((id): ModelView => ({
    id,
    object: 'model',
    created: 1705948997,
    owned_by: 'system',
    shutdown_date: null,
  }));
  return [...fineTuned, ...base, ...chatOnly, ...helpers].filter((m) => !isRetired(m.shutdown_date, now));
}

/** A chat model by id or alias; throws OpenAI's 404 model_not_found for unknown or retired ones. */
export function requireChatModel(ctx: PracticeContext, id: string): { id: string; record?: ModelRecord } {
  const now = ctx.clock.now();
  const record = ctx.store.state.models.find((m) => m.id === id);
  if (record) {
    if (isRetired(shutdownDateOf(record.id), now)) throw errors.modelNotFound(id);
    return { id: record.id, record };
  }
  if (CHAT_ONLY_MODELS.some((m) => m.provider === 'practice' && m.model === id)) return { id };
  const base = resolveBaseModel(id);
  if (!base || isRetired(shutdownDateOf(base), now)) throw errors.modelNotFound(id);
  return { id: base };
}

export function modelRoutes(ctx: PracticeContext) {
  const app = new Hono<AppEnv>();

  app.get('/models', (c) => {
    ctx.advanceJobs();
    return c.json({ object: 'list', data: availableModels(ctx) });
  });

  app.get('/models/:model{.+}', (c) => {
    ctx.advanceJobs();
    const id = c.req.param('model');
    const found = availableModels(ctx).find((m) => m.id === id);
    if (!found) throw errors.modelNotFound(id);
    return c.json(found);
  });

  app.delete('/models/:model{.+}', (c) => {
    const id = c.req.param('model');
    const index = ctx.store.state.models.findIndex((m) => m.id === id);
    if (index === -1) {
      if (availableModels(ctx).some((m) => m.id === id)) {
        // Only fine-tuned models can be deleted, and only by their owner.
        throw errors.permissionDenied('You have insufficient permissions for this operation.');
      }
      throw errors.modelNotFound(id);
    }
    ctx.store.state.models.splice(index, 1);
    ctx.store.changed();
    return c.json({ id, object: 'model', deleted: true });
  });

  return app;
}
