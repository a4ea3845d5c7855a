// Every run this app knows, newest first, with its plain status; choosing one opens its job view.
import { useTranslation } from 'react-i18next';
import { timelineOf } from '../../../shared/domain/training/timeline';
import type { TrainingRun } from '../../../shared/domain/training/types';
import { formatTime, runName } from './format';
import { STAGE_TEXT, STATUS_TEXT } from './text';

export function RunList({
  runs,
  selected,
  onOpen,
}: {
  runs: TrainingRun[];
  selected: string | null;
  onOpen(runId: string): void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="train-runs" aria-label={t('train.list.title')} data-testid="train-runs">
      {runs.map((run) => {
        const timeline = timelineOf(run);
        const label = run.job ? t(STATUS_TEXT[run.job.status]) : t(STAGE_TEXT[timeline.current]);
        return (
          <li key={run.id}>
            <button
              type="button"
              aria-current={selected === run.id ? 'true' : undefined}
              onClick={() => onOpen(run.id)}
              data-outcome={timeline.outcome}
            >
              <span className="run-name">{runName(run)}</span>
              <span className="run-state">{run.phase === 'stopped' ? t('train.list.stopped') : label}</span>
              <span className="muted run-time">{formatTime(run.createdAt, i18n.language)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
