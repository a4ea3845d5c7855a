// deployments.json: every deployment Tunesmith asked for, saved BEFORE the call that creates it, so a
// crash between "deploy" and hearing back is reconciled on the next start by the model's name.
import path from 'node:path';
import { z } from 'zod';
import { DEPLOYMENT_STATES, type DeploymentRecord } from '../../../../shared/domain/deployments/types';
import { ALL_PROVIDER_IDS } from '../../../../shared/domain/providers/ids';
import { DurableJsonFile } from '../storage/DurableJsonFile';

const recordSchema = z.object({
  id: z.string(),
  provider: z.enum(ALL_PROVIDER_IDS),
  model: z.string(),
  runId: z.string().nullable(),
  phase: z.enum(['requested', 'known']),
  providerId: z.string().nullable(),
  chatModel: z.string().nullable(),
  state: z.enum(DEPLOYMENT_STATES),
  raw: z.string().nullable(),
  billing: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('per-token') }),
    z.object({
      kind: z.literal('per-hour'),
      perHour: z.number().nullable(),
      currency: z.string(),
      hardware: z.string().optional(),
    }),
  ]),
  requestedAt: z.number(),
  readyAt: z.number().nullable(),
  stoppedAt: z.number().nullable(),
  autoStopMinutes: z.number().nullable(),
  lastUsedAt: z.number().nullable(),
  error: z
    .object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])).optional() })
    .nullable(),
}) satisfies z.ZodType<DeploymentRecord>;

const stateSchema = z.object({
  deployments: z.array(recordSchema),
  /** When Tunesmith last quit (issue 15): the next start reports what ran while it was closed. */
  closedAt: z.number().nullable().default(null),
});
export type DeploymentFile = DurableJsonFile<z.infer<typeof stateSchema>>;

export function openDeploymentStore(dir: string): Promise<DeploymentFile> {
  return DurableJsonFile.open({
    file: path.join(dir, 'deployments.json'),
    version: 1,
    schema: stateSchema,
    defaults: () => ({ deployments: [], closedAt: null }),
  });
}
