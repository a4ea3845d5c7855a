// The basis of every calculator number, as a short formula with the real inputs filled in. Pure, so
// the DOM test can check the page shows exactly what the pure calculator computed.
import type { ContentLang } from '../../../components/glossary';
import type { CalculatorResult, PerRequestCost } from '../../../../shared/domain/learn';
import type { CalculatorContent } from '../content';
import { fill, formatNumber, formatPrice, formatUsd } from '../format';

export type ResultId =
  'baseRequest' | 'tunedRequest' | 'training' | 'baseMonthly' | 'tunedMonthly' | 'breakEven' | 'payback';

export interface ResultLine {
  id: ResultId;
  label: string;
  value: string;
  formula: string;
}

export function resultLines(r: CalculatorResult, c: CalculatorContent, lang: ContentLang): ResultLine[] {
  const usd = (v: number) => formatUsd(v, lang);
  const num = (v: number, digits = 0) => formatNumber(v, lang, digits);
  const perRequest = (cost: PerRequestCost) =>
    `${num(cost.basis.promptTokens)} × ${formatPrice(cost.basis.inputPer1M, lang)}/1M + ` +
    `${num(cost.basis.replyTokens)} × ${formatPrice(cost.basis.outputPer1M, lang)}/1M`;
  const saving = r.baseRequest.usd - r.tunedRequest.usd;
  const monthlyUsageSaving = r.baseMonthly.usd - r.tunedMonthly.usageUsd;
  const t = r.training.basis;
  const m = r.tunedMonthly.basis;

  return [
    {
      id: 'baseRequest',
      label: c.labels.baseRequest,
      value: usd(r.baseRequest.usd),
      formula: perRequest(r.baseRequest),
    },
    {
      id: 'tunedRequest',
      label: c.labels.tunedRequest,
      value: usd(r.tunedRequest.usd),
      formula: perRequest(r.tunedRequest),
    },
    {
      id: 'training',
      label: c.labels.training,
      value: usd(r.training.usd),
      formula: `${num(t.tokens)} ${c.units.tokens} × ${num(t.epochs)} ${c.units.epochs} × ${formatPrice(t.trainingPer1M, lang)}/1M`,
    },
    {
      id: 'baseMonthly',
      label: c.labels.baseMonthly,
      value: usd(r.baseMonthly.usd),
      formula: `${usd(r.baseMonthly.basis.perRequestUsd)} × ${num(r.baseMonthly.basis.requests)} ${c.units.requests}`,
    },
    {
      id: 'tunedMonthly',
      label: c.labels.tunedMonthly,
      value: usd(r.tunedMonthly.usd),
      formula: `${usd(m.perRequestUsd)} × ${num(m.requests)} ${c.units.requests} + ${usd(m.trainingUsd)} ÷ ${num(m.months)} ${c.units.months}`,
    },
    {
      id: 'breakEven',
      label: c.labels.breakEven,
      value:
        r.breakEvenRequests === null
          ? c.never
          : fill(c.breakEvenValue, { requests: num(r.breakEvenRequests) }),
      formula:
        r.breakEvenRequests === null
          ? `${usd(r.baseRequest.usd)} − ${usd(r.tunedRequest.usd)} ≤ 0`
          : `${usd(r.tunedMonthly.trainingShareUsd)} ÷ (${usd(r.baseRequest.usd)} − ${usd(r.tunedRequest.usd)}) = ${usd(r.tunedMonthly.trainingShareUsd)} ÷ ${usd(saving)}`,
    },
    {
      id: 'payback',
      label: c.labels.payback,
      value: r.paybackMonths === null ? c.never : fill(c.paybackValue, { months: num(r.paybackMonths, 1) }),
      formula:
        r.paybackMonths === null
          ? `${usd(monthlyUsageSaving)} ≤ 0`
          : `${usd(r.training.usd)} ÷ (${usd(r.baseMonthly.usd)} − ${usd(r.tunedMonthly.usageUsd)})`,
    },
  ];
}
