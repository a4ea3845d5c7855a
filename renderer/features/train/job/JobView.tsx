// One run, from upload to the end: the plain timeline, estimated finish, what to do if it failed, the
// live loss chart with its plain reading, checkpoints to try, the provider's event log, and the job
// controls (cancel; pause and resume where the provider has them), each confirmed first.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROVIDER_CAPABILITIES } from '../../../../shared/domain/providers/capabilities';
import { readLoss } from '../../../../shared/domain/training/lossReading';
import { failureOf } from '../../../../shared/domain/training/nextStep';
import { estimatedFinish, timelineOf } from '../../../../shared/domain/training/timeline';
import { isRunActive, type TrainingRun } from '../../../../shared/domain/training/types';
import type { IpcError } from '../../../../shared/ipc/errors';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useFocusIfLost } from '../../../components/focus';
import { request } from '../../../ipc/client';
import { useNavigation } from '../../../state/navigation';
import { useTryTarget } from '../../../state/tryTarget';
import { moneyText } from '../../../components/money';
import { formatCount, formatTime, runName } from '../format';
import { useTrain } from '../store';
import { READING_TEXT, STATUS_TEXT } from '../text';
import { Checkpoints } from './Checkpoints';
import { DeployPanel } from './DeployPanel';
import { WeightsPanel } from './WeightsPanel';
import { HourlyEndpointPanel } from './HourlyEndpointPanel';
import { ConfirmButton } from './ConfirmButton';
import { EventLog } from './EventLog';
import { FailurePanel } from './FailurePanel';
import { LossChart } from './LossChart';
import { Timeline } from './Timeline';
import { useWatchRun } from './useWatchRun';

type Action = 'jobs.cancel' | 'jobs.pause' | 'jobs.resume' | 'training.cancelUpload';

export function JobView({ run }: { run: TrainingRun }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const runChanged = useTrain((s) => s.runChanged);
  const navigated = useNavigation((s) => s.navigated);
  const targetChosen = useTryTarget((s) => s.targetChosen);
  const [error, setError] = useState<IpcError | null>(null);
  // "Start training" went away with the confirmation: the job's heading takes focus (issue 20).
  const headingRef = useFocusIfLost<HTMLHeadingElement>();
  const timeline = timelineOf(run);
  const failure = failureOf(run);
  const reading = useMemo(() => readLoss(run.metrics, run.progress), [run.metrics, run.progress]);
  const finish = estimatedFinish(run, Date.now());
  const status = run.job?.status;
  const canPause = PROVIDER_CAPABILITIES[run.provider].pauseResume;
  useWatchRun(run.id, isRunActive(run));

  const act = async (route: Action) => {
    setError(null);
    const result = await request(route, { runId: run.id });
    if (result.ok) runChanged(result.data);
    else setError(result.error);
  };

  return (
    <article
      className="train-card train-job"
      aria-labelledby="train-job-title"
      data-testid="train-job"
      data-outcome={timeline.outcome}
    >
      <header>
        <h2 id="train-job-title" ref={headingRef}>
          {runName(run)}
        </h2>
        <p className="muted">
          {t('train.job.meta', { model: run.request.baseModel, started: formatTime(run.createdAt, lang) })}
          {run.source ? ` · ${t('train.job.source', { name: run.source.name })}` : ''}
          {run.estimatedCost !== null
            ? ` · ${t('train.job.estimated', { usd: moneyText(run.estimatedCost, t, lang) })}`
            : ''}
          {run.imported ? ` · ${t('train.job.imported')}` : ''}
        </p>
      </header>

      <Timeline timeline={timeline} />

      <p className="train-status" role="status" data-testid="train-status">
        {run.phase === 'uploading'
          ? t('train.job.uploading')
          : run.phase === 'creating'
            ? t('train.job.creating')
            : run.phase === 'stopped'
              ? run.stopReason === 'upload_cancelled'
                ? t('train.job.uploadCancelled')
                : t('train.job.startFailed')
              : status
                ? t(STATUS_TEXT[status])
                : ''}
        {finish ? ` ${t('train.job.finishAt', { time: formatTime(finish, lang) })}` : ''}
      </p>

      {run.phase === 'uploading' && run.upload ? (
        <div className="train-upload">
          <label>
            {run.upload.reused
              ? t('train.upload.reused')
              : t(run.upload.part === 'train' ? 'train.upload.train' : 'train.upload.validation', {
                  sent: formatCount(run.upload.sentBytes, lang),
                  total: formatCount(run.upload.totalBytes, lang),
                })}
            <progress
              max={run.upload.totalBytes || 1}
              value={run.upload.sentBytes}
              data-testid="train-upload-progress"
            />
          </label>
        </div>
      ) : null}
      {run.phase === 'uploading' ? (
        <ConfirmButton
          label={t('train.upload.cancel')}
          question={t('train.upload.cancelQuestion')}
          confirmLabel={t('train.upload.cancelConfirm')}
          testId="train-cancel-upload"
          onConfirm={() => act('training.cancelUpload')}
        />
      ) : null}
      {run.phase === 'creating' && run.startError ? (
        <p className="warning-text">{t('train.job.creatingRetry')}</p>
      ) : null}

      {failure ? (
        <FailurePanel failure={failure} startError={run.phase === 'stopped' ? run.startError : null} />
      ) : null}

      {status === 'succeeded' && run.job?.fineTunedModel ? (
        <section className="train-success" data-testid="train-success">
          <p>{t('train.job.ready', { model: run.job.fineTunedModel })}</p>
          {run.job.trainedTokens ? (
            <p className="muted">
              {t('train.job.trainedTokens', { tokens: formatCount(run.job.trainedTokens, lang) })}
            </p>
          ) : null}
          <button
            type="button"
            className="primary"
            onClick={() => {
              if (!run.job?.fineTunedModel) return;
              targetChosen(run.job.fineTunedModel, { runId: run.id, step: null });
              navigated('try');
            }}
          >
            {t('train.job.tryIt')}
          </button>
          {isHourly(run.provider) ? (
            <HourlyEndpointPanel run={run} model={run.job.fineTunedModel} />
          ) : PROVIDER_CAPABILITIES[run.provider].deployment.step === 'required' ? (
            <DeployPanel run={run} model={run.job.fineTunedModel} />
          ) : null}
          <WeightsPanel run={run} model={run.job.fineTunedModel} />
        </section>
      ) : null}

      {run.job && isRunActive(run) ? (
        <div className="actions" data-testid="train-controls">
          {status === 'running' && canPause && run.job.pending === null ? (
            <ConfirmButton
              label={t('train.controls.pause')}
              question={t('train.controls.pauseQuestion')}
              confirmLabel={t('train.controls.pauseConfirm')}
              testId="train-pause"
              onConfirm={() => act('jobs.pause')}
            />
          ) : null}
          {status === 'paused' && canPause ? (
            <ConfirmButton
              label={t('train.controls.resume')}
              question={t('train.controls.resumeQuestion')}
              confirmLabel={t('train.controls.resumeConfirm')}
              testId="train-resume"
              onConfirm={() => act('jobs.resume')}
            />
          ) : null}
          <ConfirmButton
            label={t('train.controls.cancel')}
            question={t('train.controls.cancelQuestion')}
            confirmLabel={t('train.controls.cancelConfirm')}
            danger
            testId="train-cancel"
            onConfirm={() => act('jobs.cancel')}
          />
          <button type="button" onClick={() => void request('jobs.refresh', {})}>
            {t('train.controls.refresh')}
          </button>
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}

      {run.metrics.length > 0 ? (
        <section aria-labelledby="train-progress-title">
          <h3 id="train-progress-title">{t('train.chart.heading')}</h3>
          <div
            className={`train-reading reading-${reading.reading}`}
            data-testid="train-reading"
            data-reading={reading.reading}
          >
            <strong>{t(READING_TEXT[reading.reading].title)}</strong>{' '}
            <span>{t(READING_TEXT[reading.reading].body, { step: reading.bestValidationStep ?? '—' })}</span>
          </div>
          <LossChart points={run.metrics} totalSteps={run.progress?.totalSteps ?? null} />
        </section>
      ) : null}

      {run.job ? (
        <section aria-labelledby="train-checkpoints-title">
          <h3 id="train-checkpoints-title">{t('train.checkpoints.title')}</h3>
          <Checkpoints
            runId={run.id}
            checkpoints={run.checkpoints}
            bestStep={reading.reading === 'memorising' ? reading.bestValidationStep : null}
          />
        </section>
      ) : null}

      <section aria-labelledby="train-events-title">
        <h3 id="train-events-title">{t('train.events.title')}</h3>
        <EventLog events={run.events} />
      </section>
    </article>
  );
}

/** Deployments billed by the hour (Together) get the panel that explains idle billing and asks first. */
function isHourly(provider: TrainingRun['provider']): boolean {
  const deployment = PROVIDER_CAPABILITIES[provider].deployment;
  return deployment.step === 'required' && deployment.billing === 'per-hour';
}
