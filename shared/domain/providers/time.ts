// Providers disagree on time: OpenAI sends Unix seconds, Together ISO strings, Alibaba "YYYY-MM-DD HH:MM:SS"
// without a zone. Everything in the app is epoch milliseconds; this is the one place that converts.

/**
 * @param zoneOffsetMinutes for zone-less wall-clock strings (Alibaba): the provider region's offset from UTC,
 *   e.g. +480 for Beijing/Singapore. Ignored when the value carries its own zone or is a number.
 */
export function providerTimeToMs(value: unknown, zoneOffsetMinutes = 0): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) {
    // Unix seconds until the year 33658; anything larger is already milliseconds.
    return value < 1e12 ? value * 1000 : value;
  }
  if (typeof value !== 'string' || value.trim() === '') return null;
  const text = value.trim();
  const wallClock = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (wallClock) {
    const [, y, mo, d, h, mi, s] = wallClock.map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    return Date.UTC(y, mo - 1, d, h, mi, s) - zoneOffsetMinutes * 60_000;
  }
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? null : parsed;
}
