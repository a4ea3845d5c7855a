import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedSender, type SenderInfo } from '../../../electron/main/ipc/sender';

const ours = new Set([7]);
const good: SenderInfo = {
  type: 'window',
  webContentsId: 7,
  frameUrl: 'app://tunesmith/index.html',
  isTopFrame: true,
};

describe('sender policy', () => {
  it('trusts the top frame of our own window on app://tunesmith', () => {
    expect(isTrustedSender(good, ours)).toBe(true);
  });

  it.each<[string, Partial<SenderInfo>]>([
    ['a foreign https page', { frameUrl: 'https://evil.example/' }],
    ['a look-alike host', { frameUrl: 'app://tunesmith.evil/index.html' }],
    ['a file: page', { frameUrl: 'file:///tmp/index.html' }],
    ['a sub-frame', { isTopFrame: false }],
    ['a webview', { type: 'webview' }],
    ['a destroyed frame', { frameUrl: null }],
    ['another webContents', { webContentsId: 8 }],
    ['credentials in the URL', { frameUrl: 'app://user:pw@tunesmith/index.html' }],
  ])('refuses %s', (_name, change) => {
    expect(isTrustedSender({ ...good, ...change }, ours)).toBe(false);
  });

  it('parses instead of prefix-matching', () => {
    expect(isAppUrl('app://tunesmith/x')).toBe(true);
    expect(isAppUrl('app://tunesmithx/x')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});
