// The job's life in five plain steps, as an ordered list a screen reader reads in order, with the
// current step marked (aria-current) and "step i of N" while training.
import { useTranslation } from 'react-i18next';
import type { Timeline as TimelineData } from '../../../../shared/domain/training/timeline';
import { STAGE_TEXT } from '../text';

const STATE_TEXT = {
  done: 'train.stageState.done',
  current: 'train.stageState.current',
  upcoming: 'train.stageState.upcoming',
  failed: 'train.stageState.failed',
  cancelled: 'train.stageState.cancelled',
  paused: 'train.stageState.paused',
} as const;

export function Timeline({ timeline }: { timeline: TimelineData }) {
  const { t } = useTranslation();
  return (
    <ol className="train-timeline" aria-label={t('train.job.timeline')} data-testid="train-timeline">
      {timeline.steps.map(({ stage, state }) => (
        <li
          key={stage}
          className={`stage stage-${state}`}
          aria-current={state !== 'done' && state !== 'upcoming' ? 'step' : undefined}
          data-stage={stage}
          data-state={state}
        >
          <span className="stage-name">{t(STAGE_TEXT[stage])}</span>
          {stage === 'training' && timeline.step && state !== 'upcoming' ? (
            <span className="stage-detail" data-testid="train-step">
              {t('train.job.step', { step: timeline.step.step, total: timeline.step.totalSteps })}
            </span>
          ) : null}
          <span className="visually-hidden">{t(STATE_TEXT[state])}</span>
        </li>
      ))}
    </ol>
  );
}
