import type { AppServices } from '../../services/app/AppServices';
import { assertKeyShape } from '../../services/providers';
import type { Handlers } from '../router';

export function keyHandlers(s: AppServices): Pick<Handlers, 'keys.status' | 'keys.set' | 'keys.remove'> {
  const announce = () => s.emit('keys.changed', { keys: s.keys.status() });
  return {
    'keys.status': () => s.keys.status(),
    'keys.set': async ({ provider, key, acceptUnprotected }) => {
      assertKeyShape(provider, key);
      const status = await s.keys.set(provider, key, acceptUnprotected ?? false);
      s.logger.log('info', 'keys.set', { provider, storage: status.storage });
      announce();
      return status;
    },
    'keys.remove': async ({ provider }) => {
      const status = await s.keys.remove(provider);
      announce();
      return status;
    },
  };
}
