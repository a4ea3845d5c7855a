// Stored chat completions (`store: true`): list with the model and metadata filters, retrieve one, and its
// messages. These are what a user's own app saved while it ran; the rescue flow reads them to learn which
// questions the retiring model was really asked. Shapes: ChatCompletionList and ChatCompletionMessageList.
import { Hono } from 'hono';
import { z } from 'zod';
import type { ChatMessage } from '../../../../../shared/domain/chat';
import { type AppEnv, type PracticeContext, paginate, readQuery } from '../context';
import { errors } from '../errors';
import type { StoredCompletion } from '../state';

export function storeCompletion(
  ctx: PracticeContext,
  completion: { id: string; created: number; model: string } & Record<string, unknown>,
  messages: readonly ChatMessage[],
  metadata: Record<string, string>,
): void {
  ctx.store.state.storedCompletions.push({
    id: completion.id,
    createdAt: completion.created,
    model: completion.model,
    metadata,
    // Message ids are `<completion id>-<index>`, as in the spec's example.
    messages: messages.map((m, i) => ({
      id: `${completion.id}-${i}`,
      role: m.role,
      content: m.content ?? '',
    })),
    completion: { ...completion, metadata },
  });
  ctx.store.changed();
}

const ListQuery = z.object({
  model: z.string().optional(),
  after: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  // Oldest first unless asked otherwise (the spec's default for both lists).
  order: z.enum(['asc', 'desc']).default('asc'),
});

/** `metadata[key]=value` pairs from the query string. */
function metadataFilter(query: Record<string, string>): [string, string][] {
  return Object.entries(query).flatMap(([key, value]) => {
    const match = /^metadata\[(.+)\]$/.exec(key);
    return match?.[1] ? [[match[1], value] as [string, string]] : [];
  });
}

const listBody = <T extends { id: string }>(data: T[], hasMore: boolean) => ({
  object: 'list' as const,
  data,
  // The spec requires both ids as strings; an empty page has no first or last item.
  first_id: data[0]?.id ?? '',
  last_id: data.at(-1)?.id ?? '',
  has_more: hasMore,
});

export function storedCompletionRoutes(ctx: PracticeContext) {
  const app = new Hono<AppEnv>();
  const requireStored = (id: string): StoredCompletion => {
    const found = ctx.store.state.storedCompletions.find((s) => s.id === id);
    if (!found) throw errors.badRequest(`Chat completion ${id} not found.`, 'completion_id');
    return found;
  };

  app.get('/chat/completions', (c) => {
    const query = readQuery(c, ListQuery);
    const wanted = metadataFilter(c.req.query());
    const matching = ctx.store.state.storedCompletions.filter(
      (s) =>
        (query.model === undefined || s.model === query.model) &&
        wanted.every(([key, value]) => s.metadata[key] === value),
    );
    const ordered = query.order === 'desc' ? [...matching].reverse() : matching;
    const page = paginate(ordered, (s) => s.id, query.after, query.limit);
    return c.json(
      listBody(
        page.data.map((s) => s.completion as { id: string }),
        page.has_more,
      ),
    );
  });

  app.get('/chat/completions/:id', (c) => c.json(requireStored(c.req.param('id')).completion));

  app.get('/chat/completions/:id/messages', (c) => {
    const stored = requireStored(c.req.param('id'));
    const query = readQuery(c, ListQuery.omit({ model: true }));
    // As the spec's example answers them: the request's messages with their own roles (the schema's
    // `role` enum says only "assistant"; the example and the real API say "user" too), `refusal` added
    // because the schema requires it.
    const messages = stored.messages.map((m) => ({
      id: m.id,
      role: m.role,
      content: m.content,
      name: null,
      refusal: null,
      content_parts: null,
    }));
    const ordered = query.order === 'desc' ? [...messages].reverse() : messages;
    const page = paginate(ordered, (m) => m.id, query.after, query.limit);
    return c.json(listBody(page.data, page.has_more));
  });

  return app;
}
