// "Save the trained weights" for providers that let you download what you trained: the files and their
// total size first, then a folder chosen in the system dialog, progress while the files arrive, and where
// they went. Saving again after an interruption continues where it stopped. Hidden for providers that
// offer no download (the describe call answers not_supported).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingRun } from '../../../../shared/domain/training/types';
import type { IpcError } from '../../../../shared/ipc/errors';
import type { WeightsSaveAnswer, WeightsSummaryAnswer } from '../../../../shared/ipc/schemas/weights';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { onEvent, request } from '../../../ipc/client';

function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

export function WeightsPanel({ run, model }: { run: TrainingRun; model: string }) {
  const { t, i18n } = useTranslation();
  const [summary, setSummary] = useState<WeightsSummaryAnswer | null>(null);
  const [hidden, setHidden] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<number | null>(null);
  const [saved, setSaved] = useState<WeightsSaveAnswer | null>(null);

  useEffect(() => {
    void request('weights.describe', { provider: run.provider, model }).then((r) => {
      if (r.ok) setSummary(r.data);
      else if (r.error.code === 'not_supported') setHidden(true);
      else setError(r.error);
    });
  }, [run.provider, model]);
  useEffect(
    () => onEvent('weights.progressed', (p) => (p.model === model ? setDone(p.doneBytes) : undefined)),
    [model],
  );

  if (hidden) return null;
  const size = (n: number) => formatBytes(n, i18n.language);

  const save = async () => {
    setBusy(true);
    setSaved(null);
    setDone(0);
    const result = await request('weights.save', { provider: run.provider, model });
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) setSaved(result.data);
  };

  return (
    <section className="weights-panel" aria-labelledby={`weights-${run.id}`} data-testid="weights-panel">
      <h3 id={`weights-${run.id}`}>{t('nebius.weights.heading')}</h3>
      {summary ? (
        <>
          <p data-testid="weights-size">
            {t('nebius.weights.size', { files: summary.files.length, size: size(summary.totalBytes) })}
          </p>
          <p className="muted small">{t('nebius.weights.base', { model: summary.baseModel })}</p>
          <button type="button" disabled={busy} data-testid="weights-save" onClick={() => void save()}>
            {t('nebius.weights.button')}
          </button>
          {busy && done !== null ? (
            <p role="status" data-testid="weights-progress">
              <progress max={summary.totalBytes} value={done} />{' '}
              {t('nebius.weights.progress', { done: size(done), total: size(summary.totalBytes) })}
            </p>
          ) : null}
        </>
      ) : null}
      {saved?.saved ? (
        <p role="status" data-testid="weights-saved">
          {t('nebius.weights.saved', { folder: saved.folder, readme: 'README.txt' })}
          {saved.resumedBytes > 0
            ? ` ${t('nebius.weights.resumed', { size: size(saved.resumedBytes) })}`
            : ''}
        </p>
      ) : saved ? (
        <p className="muted small">{t('nebius.weights.cancelled')}</p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
