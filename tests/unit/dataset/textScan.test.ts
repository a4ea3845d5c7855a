// Personal data and secrets: checksums keep national IDs and card numbers precise, masking removes
// exactly what was found.
import { describe, expect, it } from 'vitest';
import {
  isValidChinaResidentId,
  isValidTaiwanId,
  maskText,
  passesLuhn,
  redactedPreview,
  scanText,
} from '../../../shared/domain/dataset/textScan';

const codes = (text: string) => scanText(text).map((f) => f.code);

describe('checksums', () => {
  it('validates Taiwan IDs (letter + 9 digits, weighted checksum)', () => {
    expect(isValidTaiwanId('A123456789')).toBe(true);
    expect(isValidTaiwanId('A123456788')).toBe(false);
    expect(isValidTaiwanId('F231234567')).toBe(false);
    expect(isValidTaiwanId('A323456789')).toBe(false); // second digit must be 1 or 2
  });

  it('validates mainland resident IDs (17 digits + check digit or X)', () => {
    expect(isValidChinaResidentId('11010519491231002X')).toBe(true);
    expect(isValidChinaResidentId('11010519491231002x')).toBe(true);
    expect(isValidChinaResidentId('110105194912310021')).toBe(false);
  });

  it('runs Luhn over card numbers', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4111111111111112')).toBe(false);
    expect(passesLuhn('5500005555555559')).toBe(true);
  });
});

describe('scanText', () => {
  it.each([
    ['write to mei.lin+tea@example.co.uk today', ['pii_email']],
    ['手機 0912-345-678 或 0912345678', ['pii_phone', 'pii_phone']],
    ['+886 912 345 678', ['pii_phone']],
    ['手机 138 1234 5678', ['pii_phone']],
    ['call (415) 555-0134', ['pii_phone']],
    ['市話 (02) 2345-6789', ['pii_phone']],
    ['身分證 A123456789。', ['pii_national_id']],
    ['身份证11010519491231002X', ['pii_national_id']],
    ['card 4111-1111-1111-1111', ['pii_card_number']],
    ['key sk-proj-Abcdefghijklmnopqrstuvwx123456', ['secret_api_key']],
    ['aws AKIAABCDEFGHIJKLMNOP', ['secret_api_key']],
    ['stop <|endoftext|> and <|im_start|>', ['special_token', 'special_token']],
  ])('finds what is in %s', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it.each([
    'order 2024-06-01, 3 items, NT$1,200',
    'ID A123456788 has a wrong check digit',
    'number 4111 1111 1111 1112 fails Luhn',
    'version 1.2.3 released at 10:30',
    'sk-short is not a key',
    'email me at example dot com',
    '訂單編號 20240601123',
  ])('finds nothing in %s', (text) => {
    expect(codes(text)).toEqual([]);
  });

  it('does not report an ID number a second time as a phone or card', () => {
    expect(codes('證號 11010519491231002X 電話 0912-345-678')).toEqual(['pii_national_id', 'pii_phone']);
  });
});

describe('masking', () => {
  it('replaces findings of the chosen kinds with placeholders and removes special tokens', () => {
    const text = 'Mail a.b@example.com, call 0912-345-678, key sk-abcdefghijklmnopqrstuvwxyz<|endoftext|>';
    expect(maskText(text, new Set(['pii_email', 'pii_phone']))).toBe(
      'Mail [email], call [phone], key sk-abcdefghijklmnopqrstuvwxyz<|endoftext|>',
    );
    expect(maskText(text, new Set(['secret_api_key', 'special_token']))).toBe(
      'Mail a.b@example.com, call 0912-345-678, key [secret]',
    );
  });

  it('previews a value without revealing it', () => {
    expect(redactedPreview('mei.lin@example.com')).toBe('mei*************com');
    expect(redactedPreview('abc')).toBe('***');
  });
});
