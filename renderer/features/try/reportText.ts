// The report's words in the user's language: set-up labels, the one plain sentence per set-up that opens
// the report, and the headings sent with an export request (main has no translations).
import type { TFunction } from 'i18next';
import type { ReportText } from '../../../shared/domain/tryout/report';
import type { SetupTotals } from '../../../shared/domain/tryout/totals';
import type { Setup } from '../../../shared/domain/tryout/types';
import { TRY_KIND_TEXT } from '../../i18n/keys';
import { formatMoney, formatSeconds } from './money';

/** Model names as the page shows them (modelLabel.ts), so the report says "teashop-v1", not the id. */
export type ModelNamer = (modelId: string) => string;

export function setupLabel(t: TFunction, setup: Setup, modelName: ModelNamer): string {
  return `${setup.id.toUpperCase()} · ${t(TRY_KIND_TEXT[setup.kind])} · ${modelName(setup.model)}`;
}

/**
 * "teashop-v1 (fine-tuned model, short prompt) matched 7 of 9 expected answers exactly, cost $0.0021,
 * 1.2 s per reply." Built from the same totals as the table below it.
 */
export function summarySentence(
  t: TFunction,
  setup: Setup,
  total: SetupTotals,
  modelName: ModelNamer,
  language: string,
): string {
  const name = t('try.summary.name', { model: modelName(setup.model), kind: t(TRY_KIND_TEXT[setup.kind]) });
  const seconds = total.meanTotalMs === null ? '–' : formatSeconds(total.meanTotalMs, language);
  const base = { name, exact: total.exactMatches, replies: total.replies, seconds };
  const sentence =
    total.cost === null
      ? t('try.summary.sentenceNoCost', base)
      : t('try.summary.sentence', { ...base, cost: formatMoney(total.cost, total.currency, language) });
  return total.failures > 0
    ? `${sentence} ${t('try.summary.failures', { count: total.failures })}`
    : sentence;
}

export function reportText(
  t: TFunction,
  setups: readonly Setup[],
  modelName: ModelNamer,
  summary: string[] = [],
): ReportText {
  return {
    title: t('try.test.reportTitle'),
    setup: t('try.test.setup'),
    example: t('try.test.example'),
    question: t('try.test.question'),
    expected: t('try.test.expected'),
    reply: t('try.test.reply'),
    exact: t('try.test.exact'),
    validJson: t('try.test.validJson'),
    similarity: t('try.test.similarity'),
    judge: t('try.test.judgeScore'),
    promptTokens: t('try.test.promptTokens'),
    replyTokens: t('try.test.replyTokens'),
    firstTokenMs: t('try.test.firstToken'),
    totalMs: t('try.test.totalTime'),
    cost: t('cost.column'),
    currency: t('cost.currency'),
    costPer1000: t('cost.per1000Column'),
    replies: t('try.test.replies'),
    totals: t('try.test.totals'),
    error: t('try.test.error'),
    yes: t('try.test.yes'),
    no: t('try.test.no'),
    setupLabels: Object.fromEntries(setups.map((s) => [s.id, setupLabel(t, s, modelName)])),
    summary,
    notesUsed: t('notes.reportColumn'),
  };
}
