// Amounts and durations on the Try page as the reader's language writes them. Small amounts keep four
// decimals so a test run of a few tenths of a cent does not read as "$0.00".
import type { Currency } from '../../../shared/domain/pricing/catalog';

export function formatMoney(amount: number, currency: Currency, language: string): string {
  const digits = amount !== 0 && Math.abs(amount) < 0.01 ? 4 : 2;
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: digits,
  }).format(amount);
}

export function formatSeconds(ms: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
    ms / 1000,
  );
}

export function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}
