// The evidence report's words in the user's language, sent with an export request (main has no
// translations): the same family of headings as Try's report, plus the recommendation as the page says it.
import type { TFunction } from 'i18next';
import type { EvidenceReportText } from '../../../shared/domain/evidence/report';
import { APPROACH_TEXT } from './words';

export function evidenceReportText(t: TFunction, recommendation: string[]): EvidenceReportText {
  return {
    title: t('evidence.reportTitle'),
    recommendation,
    number: t('evidence.number'),
    question: t('try.test.question'),
    approach: t('evidence.col.approach'),
    answer: t('try.test.reply'),
    mark: t('evidence.mark'),
    marks: { right: t('evidence.right'), wrong: t('evidence.wrong'), none: t('evidence.unmarked') },
    promptTokens: t('try.test.promptTokens'),
    replyTokens: t('try.test.replyTokens'),
    totalMs: t('try.test.totalTime'),
    cost: t('cost.column'),
    currency: t('cost.currency'),
    error: t('try.test.error'),
    totals: t('evidence.totalsHeading'),
    rightOfMarked: t('evidence.col.right'),
    costPer1000: t('evidence.col.costPer1000'),
    setupCost: t('evidence.col.setupCost'),
    medianMs: t('evidence.col.median'),
    notKnown: t('evidence.setup.notKnown'),
    approachLabels: {
      prompt: t(APPROACH_TEXT.prompt),
      notes: t(APPROACH_TEXT.notes),
      'fine-tuned': t(APPROACH_TEXT['fine-tuned']),
    },
  };
}
