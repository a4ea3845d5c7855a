// The three shipped locales must have identical key sets, every key must be used by the code, and every
// literal key the code uses must exist. Keys are found as string literals: template-string keys are
// forbidden precisely so that this scan is complete (renderer/i18n/keys.ts maps codes to literal keys).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/i18n/locales/en.json';
import zhTW from '../../../renderer/i18n/locales/zh-TW.json';
import zhCN from '../../../renderer/i18n/locales/zh-CN.json';
import { languageFromLocales } from '../../../renderer/i18n';
import { pseudoLocalize } from '../../../renderer/i18n/pseudo';

const flatten = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? flatten(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'locales' ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

const code = sourceFiles(path.resolve('renderer'))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

const enKeys = flatten(en).sort();

describe('locales', () => {
  it.each([
    ['zh-TW', zhTW],
    ['zh-CN', zhCN],
  ])('%s has exactly the English key set', (_name, locale) => {
    expect(flatten(locale).sort()).toEqual(enKeys);
  });

  it('has no empty strings and keeps every {{placeholder}} in every language', () => {
    const get = (o: object, key: string) =>
      key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o) as string;
    for (const key of enKeys) {
      const holes = (get(en, key).match(/\{\{\w+\}\}/g) ?? []).sort();
      for (const locale of [en, zhTW, zhCN]) {
        const text = get(locale, key);
        expect(text.trim().length, key).toBeGreaterThan(0);
        expect((text.match(/\{\{\w+\}\}/g) ?? []).sort(), key).toEqual(holes);
      }
    }
  });

  it('uses every key somewhere in the renderer (no unused keys)', () => {
    const unused = enKeys.filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('uses no template-string translation keys', () => {
    expect(code.match(/\bt\(`/g) ?? []).toEqual([]);
  });

  it('every literal t() key exists', () => {
    const used = [...code.matchAll(/\bt\('([\w.-]+)'/g)].map((m) => m[1]!);
    expect(used.filter((k) => !enKeys.includes(k))).toEqual([]);
  });

  it('writes Traditional in zh-TW and Simplified in zh-CN', () => {
    const tw = JSON.stringify(zhTW);
    const cn = JSON.stringify(zhCN);
    for (const [traditional, simplified] of [
      ['設', '设'],
      ['練', '练'],
      ['務', '务'],
      ['範', '范'],
      ['這', '这'],
    ]) {
      expect(tw).not.toContain(simplified);
      expect(cn).not.toContain(traditional);
    }
  });
});

describe('language detection and pseudo-locale', () => {
  it.each([
    [['zh-TW'], 'zh-TW'],
    [['zh-HK', 'en'], 'zh-TW'],
    [['zh-Hant-TW'], 'zh-TW'],
    [['zh-CN'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['fr-FR', 'en-GB'], 'en'],
    [[], 'en'],
  ])('%j → %s', (locales, expected) => {
    expect(languageFromLocales(locales)).toBe(expected);
  });

  it('pseudo-localizes every string, keeping placeholders', () => {
    const pseudo = pseudoLocalize(en);
    expect(pseudo.settings.keyStatusSet).toMatch(/^\[.*\{\{last4\}\}.*~+\]$/);
    expect(flatten(pseudo).sort()).toEqual(enKeys);
  });
});
