// Step 3: golden answers. Count and cost are shown (with their basis) before anything runs, with a cap;
// progress is announced politely; pause, resume and cancel lose nothing already recorded.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AtRiskModel,
  RecordingOptions,
  RecordingPlan,
  RescueState,
} from '../../../shared/domain/rescue/types';
import { request } from '../../ipc/client';
import { usd } from './format';
import { Panel } from './Panel';
import { act, useRescue } from './store';
import { STATUS_TEXT } from './text';
import { ErrorMessage } from '../../components/ErrorMessage';
import { recordingFormula } from './costFormula';

export function RecordPanel({ model, rescue }: { model: AtRiskModel; rescue: RescueState }) {
  const { t, i18n } = useTranslation();
  const busy = useRescue((s) => s.busy);
  const saved = rescue.recordingOptions;
  const [heldOut, setHeldOut] = useState(saved?.sources.heldOut ?? true);
  const [training, setTraining] = useState(saved?.sources.training ?? true);
  const [stored, setStored] = useState(saved?.sources.stored ?? true);
  const [pasted, setPasted] = useState((saved?.pasted ?? []).join('\n'));
  const [cap, setCap] = useState(saved?.maxPrompts ?? 50);
  const [extra, setExtra] = useState(saved?.extraSamples ?? 0);
  const [temperature, setTemperature] = useState(saved?.temperature ?? 0.7);
  const [plan, setPlan] = useState<RecordingPlan | null>(null);
  const changed = (state: RescueState) => useRescue.getState().rescueChanged(state);
  const options = (): RecordingOptions => ({
    sources: { heldOut, training, stored },
    pasted: pasted
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== ''),
    maxPrompts: Math.max(1, Math.floor(cap) || 1),
    extraSamples: extra,
    temperature,
  });
  const edited = () => setPlan(null);
  const progress = rescue.progress;
  const running = progress.status === 'running';
  const gone = model.daysUntilShutdown <= 0;
  return (
    <Panel id="rescue-record" title={t('rescue.record.title')}>
      <p>{t('rescue.record.explain')}</p>
      <fieldset disabled={running}>
        <legend>{t('rescue.record.sources')}</legend>
        <label>
          <input
            type="checkbox"
            checked={heldOut}
            onChange={(e) => (setHeldOut(e.target.checked), edited())}
          />{' '}
          {t('rescue.record.heldOut', { count: plan?.counts['held-out'] ?? '…' })}
        </label>
        <label>
          <input type="checkbox" checked={stored} onChange={(e) => (setStored(e.target.checked), edited())} />{' '}
          {t('rescue.record.stored', { count: plan?.counts.stored ?? '…' })}
        </label>
        <label>
          <input
            type="checkbox"
            checked={training}
            onChange={(e) => (setTraining(e.target.checked), edited())}
          />{' '}
          {t('rescue.record.training', { count: plan?.counts.training ?? '…' })}
        </label>
        <label className="block">
          {t('rescue.record.pasted')}
          <textarea rows={3} value={pasted} onChange={(e) => (setPasted(e.target.value), edited())} />
        </label>
        <label>
          {t('rescue.record.cap')}{' '}
          <input
            type="number"
            min={1}
            max={10000}
            value={cap}
            onChange={(e) => (setCap(Number(e.target.value)), edited())}
            data-testid="record-cap"
          />
        </label>
        <label>
          {t('rescue.record.extra')}{' '}
          <select value={extra} onChange={(e) => (setExtra(Number(e.target.value)), edited())}>
            {[0, 1, 2, 3].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        {extra > 0 ? (
          <label>
            {t('rescue.record.temperature')}{' '}
            <input
              type="number"
              min={0}
              max={2}
              step={0.1}
              value={temperature}
              onChange={(e) => (setTemperature(Number(e.target.value)), edited())}
            />
          </label>
        ) : null}
      </fieldset>
      <div className="actions">
        <button
          type="button"
          disabled={busy !== null || running || gone}
          onClick={() =>
            void act(
              'plan',
              () => request('rescue.planRecording', { model: model.id, options: options() }),
              setPlan,
            )
          }
        >
          {t('rescue.record.plan')}
        </button>
      </div>
      {plan ? (
        <div className="rescue-plan" data-testid="record-plan">
          <p>
            {t('rescue.record.planned', {
              count: plan.toRecord,
              requests: plan.requestsPerPrompt,
              already: plan.alreadyRecorded,
            })}
          </p>
          <p>
            <strong>
              {plan.estimatedUsd === null
                ? t('rescue.record.costUnknown')
                : t('rescue.record.cost', { usd: usd(plan.estimatedUsd, i18n.language) })}
            </strong>
          </p>
          <p className="muted" data-testid="record-basis">
            {t('rescue.record.basis', { formula: recordingFormula(plan.costBasis, t, i18n.language) })}
          </p>
          <button
            type="button"
            className="primary"
            disabled={busy !== null || running || plan.toRecord === 0}
            onClick={() =>
              void act(
                'record',
                () => request('rescue.startRecording', { model: model.id, options: options() }),
                (state) => {
                  changed(state);
                  setPlan(null);
                },
              )
            }
          >
            {t('rescue.record.start', { count: plan.toRecord })}
          </button>
        </div>
      ) : null}
      {progress.status !== 'idle' ? (
        <div className="rescue-progress">
          <progress
            max={Math.max(1, progress.total)}
            value={progress.done}
            aria-label={t('rescue.record.progress', { done: progress.done, total: progress.total })}
          />
          <p role="status" data-testid="record-status">
            {t(STATUS_TEXT[progress.status], {
              done: progress.done,
              total: progress.total,
              requests: progress.requests,
              concurrency: progress.concurrency,
            })}
            {progress.rateLimited > 0 ? ` ${t('rescue.record.slowed', { count: progress.rateLimited })}` : ''}
          </p>
          {progress.error ? <ErrorMessage error={{ code: progress.error }} /> : null}
          <div className="actions">
            {running ? (
              <>
                <button
                  type="button"
                  onClick={() =>
                    void act('pause', () => request('rescue.pauseRecording', { model: model.id }), changed)
                  }
                >
                  {t('rescue.record.pause')}
                </button>
                <button
                  type="button"
                  onClick={() =>
                    void act('cancel', () => request('rescue.cancelRecording', { model: model.id }), changed)
                  }
                >
                  {t('rescue.record.cancel')}
                </button>
              </>
            ) : progress.status === 'paused' ||
              progress.status === 'cancelled' ||
              progress.status === 'stopped' ? (
              <button
                type="button"
                disabled={gone}
                onClick={() =>
                  void act('resume', () => request('rescue.resumeRecording', { model: model.id }), changed)
                }
              >
                {t('rescue.record.resume')}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
    </Panel>
  );
}
