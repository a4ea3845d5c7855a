// Numbers as the user's language writes them.
export function usd(value: number | null, language: string): string {
  if (value === null) return '—';
  const digits = value !== 0 && Math.abs(value) < 0.01 ? 4 : 2;
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: digits,
    minimumFractionDigits: 2,
  }).format(value);
}

export function percent(value: number, language: string): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
}

export function decimal(value: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** Focuses a panel's heading when the panel first appears, so keyboard and screen-reader users land on it. */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}
