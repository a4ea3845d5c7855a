// Finds personal data, secrets and tokenizer control tokens in one piece of text. Training data is
// memorised, so a phone number in a reply can be repeated to a stranger; a key in a prompt can leak.
// Patterns favour precision: national IDs and card numbers must pass their checksums, phone numbers
// must look like real dialling formats. Cheap substring tests gate each regex because this runs on
// every message of files with hundreds of thousands of examples.
import type { IssueCode } from './codes';

export type TextFindingCode = Extract<
  IssueCode,
  'pii_email' | 'pii_phone' | 'pii_national_id' | 'pii_card_number' | 'secret_api_key' | 'special_token'
>;

export interface TextFinding {
  code: TextFindingCode;
  start: number;
  end: number;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE = new RegExp(
  [
    String.raw`(?:\+?886[\s-]?|0)9\d{2}[\s-]?\d{3}[\s-]?\d{3}`, // Taiwan mobile
    String.raw`(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}`, // mainland China mobile
    String.raw`\(0\d{1,2}\)\s?\d{3,4}[\s-]?\d{4}`, // Taiwan landline with area code in brackets
    String.raw`0\d{1,2}-\d{3,4}-\d{4}`, // Taiwan / China landline 02-2345-6789
    String.raw`(?:\+1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]\d{3}[\s.-]\d{4}`, // North America
    String.raw`\+\d{1,3}[\s-]\d{1,4}[\s-]\d{3,4}[\s-]?\d{3,4}`, // other international with +
  ]
    .map((p) => `(?<![\\d\\w])${p}(?![\\d])`)
    .join('|'),
  'g',
);
const TW_ID = /(?<![A-Za-z0-9])[A-Z][12]\d{8}(?![A-Za-z0-9])/g;
const CN_ID = /(?<!\d)\d{17}[\dXx](?!\d)/g;
const CARD = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
const SECRET =
  /(?:sk-(?:proj-|ant-|svcacct-)?[A-Za-z0-9_-]{20,}|AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,}|xox[baprs]-[A-Za-z0-9-]{10,}|AIza[0-9A-Za-z_-]{35}|hf_[A-Za-z0-9]{30,})/g;
const SPECIAL = /<\|[A-Za-z0-9_]{1,40}\|>/g;
const THREE_DIGITS = /\d{3}/;

// Taiwan ID letters map to two-digit numbers that are not alphabetical (I, O, W, Z sit out of order).
const TW_LETTER_VALUES = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

export function isValidTaiwanId(id: string): boolean {
  if (!/^[A-Z][12]\d{8}$/.test(id)) return false;
  const code = TW_LETTER_VALUES.indexOf(id[0] as string) + 10;
  const digits = [Math.floor(code / 10), code % 10, ...id.slice(1).split('').map(Number)];
  const weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];
  const sum = digits.reduce((acc, d, i) => acc + d * (weights[i] as number), 0);
  return sum % 10 === 0;
}

export function isValidChinaResidentId(id: string): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(id[i]) * (weights[i] as number);
  const check = '10X98765432'[sum % 11];
  return id[17]?.toUpperCase() === check;
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

function collect(
  text: string,
  re: RegExp,
  code: TextFindingCode,
  out: TextFinding[],
  accept?: (m: string) => boolean,
) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!accept || accept(m[0])) out.push({ code, start: m.index, end: m.index + m[0].length });
  }
}

const overlaps = (a: TextFinding, list: readonly TextFinding[]) =>
  list.some((b) => a.start < b.end && b.start < a.end);

/** All findings in text, without overlaps (an ID number is not also reported as a phone or card). */
export function scanText(text: string): TextFinding[] {
  const found: TextFinding[] = [];
  if (text.includes('<|')) collect(text, SPECIAL, 'special_token', found);
  if (/sk-|AKIA|gh[pousr]_|github_pat_|xox|AIza|hf_/.test(text))
    collect(text, SECRET, 'secret_api_key', found);
  if (text.includes('@')) collect(text, EMAIL, 'pii_email', found);
  if (!THREE_DIGITS.test(text)) return found;
  const strong: TextFinding[] = [];
  collect(text, TW_ID, 'pii_national_id', strong, isValidTaiwanId);
  collect(text, CN_ID, 'pii_national_id', strong, isValidChinaResidentId);
  collect(text, CARD, 'pii_card_number', strong, (m) => {
    const digits = m.replace(/[ -]/g, '');
    return (
      digits.length >= 13 && digits.length <= 19 && passesLuhn(digits) && !isValidChinaResidentId(digits)
    );
  });
  const phones: TextFinding[] = [];
  collect(text, PHONE, 'pii_phone', phones);
  const inSecrets = (f: TextFinding) => overlaps(f, found);
  for (const f of strong) if (!inSecrets(f)) found.push(f);
  for (const f of phones) if (!inSecrets(f) && !overlaps(f, strong)) found.push(f);
  return found.sort((a, b) => a.start - b.start);
}

const MASKS: Record<TextFindingCode, string> = {
  pii_email: '[email]',
  pii_phone: '[phone]',
  pii_national_id: '[id number]',
  pii_card_number: '[card number]',
  secret_api_key: '[secret]',
  special_token: '',
};

/** Replaces the findings whose code is in `codes` with neutral placeholders (special tokens are removed). */
export function maskText(text: string, codes: ReadonlySet<TextFindingCode>): string {
  const findings = scanText(text).filter((f) => codes.has(f.code));
  if (findings.length === 0) return text;
  let out = '';
  let last = 0;
  for (const f of findings) {
    out += text.slice(last, f.start) + MASKS[f.code];
    last = f.end;
  }
  return out + text.slice(last);
}

/** A preview safe to show in a report: enough to find the spot, not enough to leak the value. */
export function redactedPreview(value: string): string {
  if (value.length <= 4) return '*'.repeat(value.length);
  const keep = Math.min(3, Math.floor(value.length / 4));
  return value.slice(0, keep) + '*'.repeat(Math.max(3, value.length - keep * 2)) + value.slice(-keep);
}
