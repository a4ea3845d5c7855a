// Optional JSON control of the fault injector for clients in another process (enabled by `adminRoutes`).
// Never on in the app: it is for `npm run practice-api -- --admin` and out-of-process tests only.
import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from './context';
import type { FaultInjector } from './faults';

const FaultActionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    status: z.number().int().min(100).max(599),
    body: z.unknown().optional(),
    headers: z.record(z.string(), z.string()).optional(),
  }),
  z.object({ kind: z.literal('delay'), ms: z.number().min(0) }),
  z.object({ kind: z.literal('drop') }),
  z.object({ kind: z.literal('hang') }),
  z.object({
    kind: z.literal('after-handler'),
    status: z.number().int().optional(),
    body: z.unknown().optional(),
  }),
]);
const FaultRuleSchema = z.object({
  route: z.string(),
  action: FaultActionSchema,
  times: z.number().int().min(1).optional(),
});

export function admin(faults: FaultInjector) {
  const app = new Hono<AppEnv>();
  app.post('/faults', async (c) => {
    const parsed = FaultRuleSchema.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return c.json({ error: parsed.error.issues[0]?.message ?? 'invalid fault' }, 400);
    faults.inject(parsed.data as Parameters<FaultInjector['inject']>[0]);
    return c.json({ ok: true });
  });
  app.delete('/faults', (c) => {
    faults.clear();
    return c.json({ ok: true });
  });
  app.get('/requests', (c) => c.json({ requests: faults.requests }));
  return app;
}
