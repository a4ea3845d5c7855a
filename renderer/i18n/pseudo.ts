// Pseudo-localization: accented, lengthened, bracketed copies of the English strings. A screen in this
// locale shows at a glance which text is not translated (it stays plain) and where layouts break.
const ACCENTS: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  s: 'š',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  S: 'Š',
  Y: 'Ý',
  Z: 'Ž',
};

export function pseudoString(text: string): string {
  // Keep {{placeholders}} intact so interpolation still works.
  const body = text
    .split(/(\{\{[^}]+\}\})/)
    .map((part) => (part.startsWith('{{') ? part : part.replace(/[a-zA-Z]/g, (ch) => ACCENTS[ch] ?? ch)))
    .join('');
  return `[${body} ${'~'.repeat(Math.ceil(text.length * 0.3))}]`;
}

export function pseudoLocalize<T>(value: T): T {
  if (typeof value === 'string') return pseudoString(value) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoLocalize(v)])) as T;
  }
  return value;
}
