import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../electron/main/services/app/redact';
import { createLogger } from '../../../electron/main/services/app/Logger';
import { redactKey } from '../../../shared/domain/keys';

describe('secret redaction', () => {
  it('shows a key as prefix…last4', () => {
    expect(redactKey('sk-proj-abcdefghijklmnop1234')).toBe('sk-…1234');
    expect(redactKey('short')).toBe('…');
  });

  it('replaces known secrets anywhere and anything key-shaped', () => {
    const known = 'my-custom-provider-key-998877';
    const text = `known ${known} and shaped sk-abcdefghijklmnopqrstuv and sk-proj-ABCDEFGH12345678`;
    const out = redactSecrets(text, [known]);
    expect(out).not.toContain(known);
    expect(out).not.toContain('abcdefghijklmnopqrstuv');
    expect(out).not.toContain('ABCDEFGH12345678');
    expect(out).toContain('…8877');
  });

  it('the logger scrubs secrets from every field and logs errors without stacks', () => {
    const lines: string[] = [];
    const logger = createLogger(
      (l) => lines.push(l),
      () => ['sk-canary-1234567890'],
    );
    const error = new Error('failed with sk-canary-1234567890');
    logger.log('error', 'x', { error, header: 'Bearer sk-canary-1234567890' });
    expect(lines[0]).not.toContain('sk-canary-1234567890');
    expect(lines[0]).not.toContain('at ');
    expect(JSON.parse(lines[0]!).error).toEqual({ name: 'Error', message: 'failed with sk-…7890' });
  });
});
