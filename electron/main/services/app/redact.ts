// Secrets must never reach logs, errors or exports. Two nets: every key the vault knows is replaced
// wherever it appears, and anything shaped like a provider key is replaced even if we never saw it.
import { redactKey } from '../../../../shared/domain/keys';

const KEY_SHAPES = /\b(sk-[A-Za-z0-9_-]{8,}|sk-proj-[A-Za-z0-9_-]{8,}|tunesmith-practice-[A-Za-z0-9_-]+)\b/g;

export function redactSecrets(text: string, knownSecrets: readonly string[] = []): string {
  let out = text;
  for (const secret of knownSecrets) {
    if (secret.length >= 8) out = out.split(secret).join(redactKey(secret));
  }
  return out.replace(KEY_SHAPES, (match) => redactKey(match));
}
