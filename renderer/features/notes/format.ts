// Numbers on the Notes panel. Embedding costs are often fractions of a cent, so small amounts keep
// two significant digits ($0.00031) instead of rounding to $0.00, which would hide a real cost. The
// currency is the price's own (Alibaba's Beijing region prices in yuan).
export function formatCost(amount: number, currency: 'USD' | 'CNY', language: string): string {
  const small = amount > 0 && amount < 0.01;
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency,
    ...(small ? { maximumSignificantDigits: 2 } : { maximumFractionDigits: 2, minimumFractionDigits: 2 }),
  }).format(amount);
}

export const formatCount = (value: number, language: string) => new Intl.NumberFormat(language).format(value);
