// Number and template formatting for the Learn page, in the reader's language. Pure functions, so the
// DOM tests can format the pure calculator results the same way and compare.
import type { ContentLang } from '../../components/glossary';

/** Replace `{name}` with params; unknown names stay visible so a mistake is noticed, not hidden. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/**
 * Dollars: cents for amounts of a dollar or more, four significant digits below (a request can cost
 * $0.00042, and rounding that to $0.00 would hide the whole comparison).
 */
export function formatUsd(value: number, lang: ContentLang): string {
  const small = Math.abs(value) < 1 && value !== 0;
  return new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    ...(small
      ? { minimumSignificantDigits: 2, maximumSignificantDigits: 4 }
      : { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  }).format(value);
}

/** A per-token price as published: no rounding beyond what the catalog holds. */
export function formatPrice(value: number, lang: ContentLang): string {
  return new Intl.NumberFormat(lang, {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: 2,
    maximumFractionDigits: 6,
  }).format(value);
}

export function formatNumber(value: number, lang: ContentLang, maximumFractionDigits = 0): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits }).format(value);
}
