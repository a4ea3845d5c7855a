// "Save the trained weights": thin, the rules live in services/weights.
import type { AppServices } from '../../services/app/AppServices';
import type { Handlers } from '../router';

export function weightHandlers(s: AppServices): Pick<Handlers, 'weights.describe' | 'weights.save'> {
  return {
    'weights.describe': ({ provider, model }) => s.weights.describe(provider, model),
    'weights.save': async ({ provider, model }) => {
      const saved = await s.weights.save(provider, model);
      return saved ? { saved: true, ...saved } : { saved: false };
    },
  };
}
