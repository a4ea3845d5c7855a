// Dates and money in the reader's language. Shutdown dates are calendar days as OpenAI publishes them, so
// they are formatted in UTC (a Taipei user must not see the day before).
export function formatDay(isoDay: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

export function formatUsd(amount: number | null, language: string): string | null {
  if (amount === null) return null;
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'USD',
    maximumFractionDigits: 3,
  }).format(amount);
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}
