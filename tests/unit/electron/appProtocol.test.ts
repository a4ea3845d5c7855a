import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppAsset } from '../../../electron/main/appProtocol';
import { isAllowedExternalUrl } from '../../../electron/main/services/app/externalLinks';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { readFileSync } from 'node:fs';

const root = path.resolve('/app/dist');

describe('app:// asset resolution', () => {
  it('serves files inside the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://tunesmith/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAsset(root, 'app://tunesmith/assets/main.js')).toBe(path.join(root, 'assets/main.js'));
  });

  it.each(['app://tunesmith/../secret.txt', 'app://tunesmith/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps dot segments that the URL parser folds (%s) inside the folder',
    (url) => {
      expect(resolveAppAsset(root, url)!.startsWith(root + path.sep)).toBe(true);
    },
  );

  it.each([
    'app://tunesmith/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://tunesmith/%00index.html',
    'app://other/index.html',
    'file:///etc/passwd',
    'app://tunesmith/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(root, url)).toBeNull();
  });
});

describe('external links', () => {
  it.each([
    ['https://platform.openai.com/settings/organization/billing', true],
    ['https://docs.together.ai/docs/fine-tuning', true],
    ['http://platform.openai.com/', false],
    ['https://platform.openai.com.evil.example/', false],
    ['https://user:pw@platform.openai.com/', false],
    ['https://platform.openai.com:8443/', false],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedExternalUrl(url)).toBe(allowed);
  });
});

describe('content security policy', () => {
  it('is the same in index.html and in the app:// header, and allows no inline code, eval or network', () => {
    const html = readFileSync(path.resolve('renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
  });
});
