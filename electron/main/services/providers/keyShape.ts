// A pasted key that cannot be a key for this provider (a test string, half a copy, another provider's key)
// is refused before it is stored, so the user hears it now rather than from a failed account check later.
// The error carries only the expected shape and where to get a key: never the pasted text itself.
import type { KeyedProviderId } from '../../../../shared/domain/keys';
import { appError } from '../../../../shared/ipc/errors';
import { PROVIDER_REGISTRY } from './registry';

export function assertKeyShape(provider: KeyedProviderId, key: string): void {
  const rules = PROVIDER_REGISTRY[provider]?.rules.key;
  if (!rules || rules.pattern.test(key.trim())) return;
  throw appError('key_shape', {
    path: 'key',
    // Shown as text, so without the scheme: "platform.openai.com/api-keys".
    params: { example: rules.example, consoleUrl: rules.consoleUrl.replace(/^https?:\/\//, '') },
  });
}
