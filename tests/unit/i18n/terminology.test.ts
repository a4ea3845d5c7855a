// Every user-facing text follows the terminology table (renderer/i18n/terminology.ts): the locale files,
// the Learn page's content modules and the glossary, in each language. Chinese screens carry no English
// words except names, formats and units (the provider's own event text is shown labelled as such and does
// not come from these files).
import { describe, expect, it } from 'vitest';
import en from '../../../renderer/i18n/locales/en.json';
import zhTW from '../../../renderer/i18n/locales/zh-TW.json';
import zhCN from '../../../renderer/i18n/locales/zh-CN.json';
import { TERMINOLOGY } from '../../../renderer/i18n/terminology';
import { en as learnEn } from '../../../renderer/features/learn/content/en';
import { zhTW as learnZhTW } from '../../../renderer/features/learn/content/zh-TW';
import { zhCN as learnZhCN } from '../../../renderer/features/learn/content/zh-CN';
import { en as glossaryEn } from '../../../renderer/components/glossary/content/en';
import { zhTW as glossaryZhTW } from '../../../renderer/components/glossary/content/zh-TW';
import { zhCN as glossaryZhCN } from '../../../renderer/components/glossary/content/zh-CN';
import type { Language } from '../../../shared/domain/settings';

/** Every string in a nested object, with where it lives (locale keys; `learn.` / `glossary.` paths). */
function texts(value: unknown, at: string): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${at}${i}.`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => texts(v, `${at}${k}.`));
  return [];
}

const SOURCES: Record<Language, { at: string; text: string }[]> = {
  en: [...texts(en, ''), ...texts(learnEn, 'learn-content.'), ...texts(glossaryEn, 'glossary.')],
  'zh-TW': [...texts(zhTW, ''), ...texts(learnZhTW, 'learn-content.'), ...texts(glossaryZhTW, 'glossary.')],
  'zh-CN': [...texts(zhCN, ''), ...texts(learnZhCN, 'learn-content.'), ...texts(glossaryZhCN, 'glossary.')],
};

/** English a Chinese screen may show: names, file formats, units and the terms the glossary keeps. */
const ALLOWED_LATIN = new Set(
  (
    'Tunesmith OpenAI ChatGPT Alibaba Model Studio Together AI Nebius Token Factory Qwen Llama Tab Enter Esc ' +
    'JSON JSONL CSV TSV XLSX Excel HTML API ID KB MB GB Ctrl Cmd Shift Mac Windows Linux token Token epoch ' +
    'LoRA https messages GBK Big5 UTF-8 UTF-16 PDF Markdown Word GPU PowerPoint Office'
  ).split(' '),
);

describe('terminology', () => {
  it.each(Object.keys(TERMINOLOGY) as Language[])('%s uses one word per term everywhere', (language) => {
    const found: string[] = [];
    for (const rule of TERMINOLOGY[language])
      for (const { at, text } of SOURCES[language]) {
        if (rule.scope && !at.startsWith(rule.scope)) continue;
        const plain = text.replace(/\{\{[^}]*\}\}/g, '');
        for (const avoid of rule.avoid)
          if (avoid.test(plain)) found.push(`${at} says ${JSON.stringify(text)}: use ${rule.use}`);
      }
    expect(found).toEqual([]);
  });

  it.each(['zh-TW', 'zh-CN'] as const)('%s screens hold no English beyond names and formats', (language) => {
    const english: string[] = [];
    for (const { at, text } of SOURCES[language]) {
      // Placeholders and glossary markup ({{term|label}}) are not read as written; an English original
      // in full-width brackets after its Chinese term (損失（loss）) is there on purpose.
      const plain = text
        .replace(/\{\{[^}]*\}\}/g, '')
        .replace(/\{[a-z]+\}/g, '')
        .replace(/（[\w -]+）/g, '')
        .replace(/API Key/g, ''); // the provider console's own page name
      for (const word of plain.match(/[A-Za-z][A-Za-z0-9.-]*/g) ?? []) {
        const name = ALLOWED_LATIN.has(word) || /^gpt-[\w.-]+$/.test(word); // model ids are names
        const symbol = /^[A-Z0-9-]{1,6}$/.test(word) || /^[a-z]$/.test(word); // units, keys, a and b
        if (!name && !symbol) english.push(`${at}: ${word}`);
      }
    }
    expect(english).toEqual([]);
  });

  it('the table has a row for each term the walk found inconsistent, in both Chinese scripts', () => {
    for (const language of ['zh-TW', 'zh-CN'] as const) {
      const concepts = TERMINOLOGY[language].map((r) => r.concept);
      expect(concepts).toEqual(
        expect.arrayContaining([
          'the Learn page (rail and title)',
          'epochs',
          'Alibaba Model Studio',
          'a set-up compared on Try (A/B/C), not the Settings page',
        ]),
      );
    }
  });
});
