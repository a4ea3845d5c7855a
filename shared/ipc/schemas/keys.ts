import { z } from 'zod';
import { defineRoute } from '../define';
import { PROVIDER_IDS, type KeyStatus } from '../../domain/keys';

const provider = z.enum(PROVIDER_IDS);

export const keyRoutes = {
  'keys.status': defineRoute<KeyStatus[]>()(z.object({}).strict()),
  'keys.set': defineRoute<KeyStatus>()(
    z
      .object({
        provider,
        // API keys are short; anything longer is not a key and must not be stored.
        key: z.string().trim().min(8).max(512),
        /** Only true after the user explicitly accepted unprotected storage on a machine without a keyring. */
        acceptUnprotected: z.boolean().optional(),
      })
      .strict(),
  ),
  'keys.remove': defineRoute<KeyStatus>()(z.object({ provider }).strict()),
};
