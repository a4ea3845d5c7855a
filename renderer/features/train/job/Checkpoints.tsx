// The checkpoints a job kept (OpenAI keeps the last three epochs), each with its metrics and a link that
// opens the Try page on it. The one with the lowest validation loss is marked when the curve says the
// model started memorising, since an earlier checkpoint may answer new questions better.
import { useTranslation } from 'react-i18next';
import type { RunCheckpoint } from '../../../../shared/domain/training/types';
import { useNavigation } from '../../../state/navigation';
import { useTryTarget } from '../../../state/tryTarget';

const fixed = (v: number | null | undefined, digits = 3) =>
  v === null || v === undefined ? '—' : v.toFixed(digits);
const percent = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : `${(v * 100).toFixed(1)}%`;

export function Checkpoints({
  runId,
  checkpoints,
  bestStep,
}: {
  runId: string;
  checkpoints: readonly RunCheckpoint[];
  bestStep: number | null;
}) {
  const { t } = useTranslation();
  const navigated = useNavigation((s) => s.navigated);
  const targetChosen = useTryTarget((s) => s.targetChosen);
  if (checkpoints.length === 0) return <p className="muted">{t('train.checkpoints.none')}</p>;
  const closest =
    bestStep === null
      ? null
      : checkpoints.reduce((a, b) => (Math.abs(b.step - bestStep) < Math.abs(a.step - bestStep) ? b : a));
  return (
    <table className="train-checkpoints" data-testid="train-checkpoints">
      <thead>
        <tr>
          <th scope="col">{t('train.checkpoints.step')}</th>
          <th scope="col">{t('train.checkpoints.trainLoss')}</th>
          <th scope="col">{t('train.checkpoints.validLoss')}</th>
          <th scope="col">{t('train.checkpoints.accuracy')}</th>
          <th scope="col">{t('train.checkpoints.try')}</th>
        </tr>
      </thead>
      <tbody>
        {checkpoints.map((c) => (
          <tr key={c.id}>
            <th scope="row">
              {c.step}
              {closest?.id === c.id ? <span className="badge">{t('train.checkpoints.best')}</span> : null}
            </th>
            <td>{fixed(c.metrics?.trainLoss)}</td>
            <td>{fixed(c.metrics?.validLoss)}</td>
            <td>{percent(c.metrics?.validAccuracy ?? c.metrics?.trainAccuracy)}</td>
            <td>
              <button
                type="button"
                className="link"
                title={c.model}
                onClick={() => {
                  targetChosen(c.model, { runId, step: c.step });
                  navigated('try');
                }}
              >
                {t('train.checkpoints.tryThis')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
