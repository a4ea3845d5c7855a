// Numbers on the Notes panel. Embedding costs are often fractions of a cent, so small amounts keep
// two significant digits ($0.00031) instead of rounding to $0.00, which would hide a real cost.
export function formatUsd(amount: number, language: string): string {
  const small = amount > 0 && amount < 0.01;
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'USD',
    ...(small ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
  }).format(amount);
}

export const formatCount = (value: number, language: string) => new Intl.NumberFormat(language).format(value);
