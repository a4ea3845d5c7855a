// Numbers and dates as the user's language writes them.
export function formatUsd(usd: number | null, language: string): string {
  return formatMoney(usd, 'USD', language);
}

/** An amount in the currency its price entry gives (Alibaba's Beijing prices are in CNY). */
export function formatMoney(amount: number | null, currency: string, language: string): string {
  if (amount === null) return '—';
  const digits = amount !== 0 && Math.abs(amount) < 0.01 ? 4 : 2;
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    maximumFractionDigits: digits,
    minimumFractionDigits: 2,
  }).format(amount);
}

export function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}

export function formatTime(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms));
}

export function formatClock(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(
    new Date(ms),
  );
}

/** A run's display name: the user's suffix, else the trained model, else the base model. */
export function runName(run: {
  request: { suffix: string | null; baseModel: string };
  job: { fineTunedModel: string | null } | null;
}): string {
  return run.request.suffix || run.job?.fineTunedModel || run.request.baseModel;
}
