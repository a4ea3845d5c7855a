// The report's headings in the user's language, sent with an export request (main has no translations).
import type { TFunction } from 'i18next';
import type { ReportText } from '../../../shared/domain/tryout/report';
import type { Setup } from '../../../shared/domain/tryout/types';
import { TRY_KIND_TEXT } from '../../i18n/keys';

export function setupLabel(t: TFunction, setup: Setup): string {
  return `${setup.id.toUpperCase()} · ${t(TRY_KIND_TEXT[setup.kind])} · ${setup.model}`;
}

export function reportText(t: TFunction, setups: readonly Setup[]): ReportText {
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
    setupLabels: Object.fromEntries(setups.map((s) => [s.id, setupLabel(t, s)])),
  };
}
