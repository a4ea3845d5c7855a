// The evidence page's words chosen at run time, as literal keys (see renderer/i18n/keys.ts), and the
// verdict of shared/domain/evidence/recommend.ts worded in the reader's language.
import type { TFunction } from 'i18next';
import { GOOD, MARGIN, type Verdict } from '../../../shared/domain/evidence/recommend';
import type { Approach, EvidenceStatus, Mark } from '../../../shared/domain/evidence/types';

export const APPROACH_TEXT = {
  prompt: 'evidence.approach.prompt',
  notes: 'evidence.approach.notes',
  'fine-tuned': 'evidence.approach.fine-tuned',
} as const satisfies Record<Approach, string>;

export const STATUS_TEXT = {
  running: 'evidence.status.running',
  finished: 'evidence.status.finished',
  cancelled: 'evidence.status.cancelled',
  interrupted: 'evidence.status.interrupted',
} as const satisfies Record<EvidenceStatus, string>;

export const MARK_TEXT = { right: 'evidence.right', wrong: 'evidence.wrong' } as const satisfies Record<
  Mark,
  string
>;

const percent = (share: number, language: string) =>
  new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);

/** The recommendation in plain words: the verdict, then what it costs per reply when that is known. */
export function verdictText(t: TFunction, verdict: Verdict, language: string): string[] {
  const ratio = (r: number | null) => (r === null ? null : percent(r, language));
  switch (verdict.code) {
    case 'mark-more':
      return [
        t('evidence.verdict.markMore', {
          needed: verdict.needed,
          marked: verdict.marked,
          approach: t(APPROACH_TEXT[verdict.approach]),
        }),
      ];
    case 'prompt-enough':
      return [t('evidence.verdict.promptEnough', { ...verdict.prompt })];
    case 'notes-wins': {
      const { notes, versus } = verdict;
      const other = { otherRight: versus.score.right, otherMarked: versus.score.marked };
      const cost = ratio(versus.costRatio);
      return versus.approach === 'fine-tuned'
        ? [
            t('evidence.verdict.notesWinsFineTuned', { ...notes, ...other }),
            ...(cost ? [t('evidence.verdict.notesCostVsFineTuned', { ratio: cost })] : []),
          ]
        : [
            t('evidence.verdict.notesWinsPrompt', { ...notes, ...other }),
            ...(cost ? [t('evidence.verdict.notesCostVsPrompt', { ratio: cost })] : []),
          ];
    }
    case 'fine-tune-wins': {
      const { fineTuned, versus } = verdict;
      const other = { otherRight: versus.score.right, otherMarked: versus.score.marked };
      const cost = ratio(versus.costRatio);
      return versus.approach === 'notes'
        ? [
            t('evidence.verdict.fineTuneWinsNotes', { ...fineTuned, ...other }),
            ...(cost ? [t('evidence.verdict.fineTunedCostVsNotes', { ratio: cost })] : []),
          ]
        : [
            t('evidence.verdict.fineTuneWinsPrompt', { ...fineTuned, ...other }),
            ...(cost ? [t('evidence.verdict.fineTunedCostVsPrompt', { ratio: cost })] : []),
          ];
    }
    case 'fine-tune-needed':
      return [
        verdict.notes
          ? t('evidence.verdict.fineTuneNeededNotes', {
              ...verdict.prompt,
              otherRight: verdict.notes.right,
              otherMarked: verdict.notes.marked,
            })
          : t('evidence.verdict.fineTuneNeededPrompt', { ...verdict.prompt }),
      ];
    case 'none-good':
      return [t('evidence.verdict.noneGood', { ...verdict.score, approach: t(APPROACH_TEXT[verdict.best]) })];
  }
}

/** The rule the verdict follows, so the recommendation shows its basis. */
export function ruleText(t: TFunction, language: string): string {
  return t('evidence.verdict.rule', { good: percent(GOOD, language), margin: Math.round(MARGIN * 100) });
}
