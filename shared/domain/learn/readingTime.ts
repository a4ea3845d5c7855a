// "Readable in under ten minutes" is a product promise, so it is measured, not guessed: English is
// counted in words, Chinese in Han characters (Chinese has no spaces, and readers are timed per
// character). Rates are conservative averages for non-fiction read on screen.
export const ENGLISH_WORDS_PER_MINUTE = 200;
export const CHINESE_CHARS_PER_MINUTE = 300;

const HAN = /\p{Script=Han}/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** Words written in Latin letters or digits (model names and numbers inside Chinese text count too). */
export function countWords(text: string): number {
  return (text.replace(HAN, ' ').match(WORD) ?? []).length;
}

export function countHanCharacters(text: string): number {
  return (text.match(HAN) ?? []).length;
}

/** Every string inside a nested content object, in order (keys are not text). */
export function collectStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(collectStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(collectStrings);
  return [];
}

export interface ReadingStats {
  words: number;
  hanCharacters: number;
  minutes: number;
}

/** Minutes to read: Han characters at the Chinese rate plus any Latin words at the English rate. */
export function readingStats(texts: readonly string[]): ReadingStats {
  const joined = texts.join('\n');
  const words = countWords(joined);
  const hanCharacters = countHanCharacters(joined);
  const minutes = words / ENGLISH_WORDS_PER_MINUTE + hanCharacters / CHINESE_CHARS_PER_MINUTE;
  return { words, hanCharacters, minutes };
}
