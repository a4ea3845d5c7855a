// Learn page content checks: readable in under ten minutes in every language, glossary markers that
// point at real terms, and the same placeholders and term links in all three languages.
import { describe, expect, it } from 'vitest';
import { GLOSSARY, GLOSSARY_IDS, referencedTermIds } from '../../../renderer/components/glossary';
import { explainerReadingStats, LEARN_CONTENT } from '../../../renderer/features/learn';
import { collectStrings } from '../../../shared/domain/learn/readingTime';

const LANGS = ['en', 'zh-TW', 'zh-CN'] as const;

/** Every string of a content tree, keyed by its path, so languages can be compared leaf by leaf. */
function leaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') out.set(path, value);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) for (const [p, s] of leaves(v, `${path}/${k}`)) out.set(p, s);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('reading time', () => {
  it('English explainer is at most 2,000 words and under ten minutes', () => {
    const stats = explainerReadingStats(LEARN_CONTENT.en);
    console.info(`en: ${stats.words} words, ${stats.minutes.toFixed(1)} min`);
    expect(stats.words).toBeGreaterThan(800); // it must actually explain something
    expect(stats.words).toBeLessThanOrEqual(2000);
    expect(stats.minutes).toBeLessThan(10);
  });

  it.each(['zh-TW', 'zh-CN'] as const)(
    '%s explainer is at most 5,000 characters and under ten minutes',
    (lang) => {
      const stats = explainerReadingStats(LEARN_CONTENT[lang]);
      console.info(
        `${lang}: ${stats.hanCharacters} Han characters + ${stats.words} words, ${stats.minutes.toFixed(1)} min`,
      );
      expect(stats.hanCharacters).toBeGreaterThan(1500);
      expect(stats.hanCharacters).toBeLessThanOrEqual(5000);
      expect(stats.minutes).toBeLessThan(10);
    },
  );
});

describe('glossary links in the content', () => {
  it.each(LANGS)('%s only marks terms the glossary explains', (lang) => {
    const ids = collectStrings(LEARN_CONTENT[lang]).flatMap(referencedTermIds);
    expect(ids.length).toBeGreaterThan(10);
    for (const id of ids) expect(GLOSSARY_IDS).toContain(id);
  });

  it('links the same terms in the same places in every language', () => {
    const en = leaves(LEARN_CONTENT.en);
    for (const lang of ['zh-TW', 'zh-CN'] as const) {
      for (const [path, text] of leaves(LEARN_CONTENT[lang])) {
        expect([path, referencedTermIds(text).sort()]).toEqual([
          path,
          referencedTermIds(en.get(path) ?? '').sort(),
        ]);
      }
    }
  });

  it('links every required glossary term at least once', () => {
    const used = new Set(collectStrings(LEARN_CONTENT.en).flatMap(referencedTermIds));
    for (const id of [
      'token',
      'epoch',
      'validation-set',
      'test-set',
      'checkpoint',
      'loss',
      'context-window',
      'embedding',
      'base-model',
    ]) {
      expect(used).toContain(id);
    }
  });

  it.each(LANGS)('%s glossary has a non-empty term, explanation and example for every id', (lang) => {
    for (const id of GLOSSARY_IDS) {
      const entry = GLOSSARY[lang].terms[id];
      expect(entry.term && entry.explanation && entry.example).toBeTruthy();
    }
  });
});

describe('language parity', () => {
  it('has the same strings with the same placeholders in every language', () => {
    const en = leaves(LEARN_CONTENT.en);
    for (const lang of ['zh-TW', 'zh-CN'] as const) {
      const other = leaves(LEARN_CONTENT[lang]);
      expect([...other.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [path, text] of other) {
        expect([path, placeholders(text)]).toEqual([path, placeholders(en.get(path) ?? '')]);
        expect([path, text.trim().length > 0]).toEqual([path, true]);
      }
    }
  });

  it('keeps Traditional and Simplified Chinese apart', () => {
    const tw = collectStrings(LEARN_CONTENT['zh-TW']).join('');
    const cn = collectStrings(LEARN_CONTENT['zh-CN']).join('');
    // A few characters that exist only in one script; a copy-paste slip would show up here.
    expect(tw).not.toMatch(/[这们说时为们个对发后从]/);
    expect(cn).not.toMatch(/[這們說時為個對發後從]/);
  });
});
