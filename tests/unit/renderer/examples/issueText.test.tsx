// Every engine issue code, fix and failure reason has a title, an explanation and a next step in all three
// languages (the typed map makes a missing entry a compile error; this checks the locale files have text).
import { describe, expect, it } from 'vitest';
import { ALL_ISSUE_CODES } from '../../../../shared/domain/dataset/codes';
import { FIX_TEXT, ISSUE_TEXT, REASON_TEXT } from '../../../../renderer/features/examples/checks/issueText';
import en from '../../../../renderer/i18n/locales/en.json';
import zhTW from '../../../../renderer/i18n/locales/zh-TW.json';
import zhCN from '../../../../renderer/i18n/locales/zh-CN.json';

const lookup = (locale: object, key: string) =>
  key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], locale);

describe('check texts', () => {
  it.each([
    ['en', en],
    ['zh-TW', zhTW],
    ['zh-CN', zhCN],
  ])('%s has a title, an explanation and a next step for every engine code', (_name, locale) => {
    for (const code of ALL_ISSUE_CODES) {
      const keys = ISSUE_TEXT[code];
      for (const key of [keys.title, keys.what, keys.next])
        expect(typeof lookup(locale, key), key).toBe('string');
    }
    for (const key of [...Object.values(FIX_TEXT), ...Object.values(REASON_TEXT)])
      expect(typeof lookup(locale, key), key).toBe('string');
  });

  it('maps exactly the engine codes, no more', () => {
    expect(Object.keys(ISSUE_TEXT).sort()).toEqual([...ALL_ISSUE_CODES].sort());
  });
});
