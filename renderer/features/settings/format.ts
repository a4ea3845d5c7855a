// Dates and counts in the reader's language (money: renderer/components/money.ts). Shutdown dates are
// calendar days as OpenAI publishes them, so they are formatted in UTC (a Taipei user must not see the day
// before).
export function formatDay(isoDay: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

export function formatCount(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}
