// Steps 4 to 7: quick check (maybe no retraining is needed), retrain on a provider chosen from
// capabilities, the fidelity report old vs new (with blind A/B and "old was better"), and the switch-over.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  AtRiskModel,
  RescueState,
  RetrainTarget,
  SwitchOver,
} from '../../../shared/domain/rescue/types';
import { request } from '../../ipc/client';
import { decimal, percent } from './format';
import { FidelityPanel } from './FidelityPanel';
import { Panel } from './Panel';
import { act, useRescue } from './store';
import { ACCOUNT_PROVIDER_TEXT } from '../../i18n/keys';
import { CANDIDATE_TEXT } from './text';

export function ProofPanels({ model, rescue }: { model: AtRiskModel; rescue: RescueState }) {
  const { t, i18n } = useTranslation();
  const busy = useRescue((s) => s.busy);
  const changed = (state: RescueState) => useRescue.getState().rescueChanged(state);
  const [targets, setTargets] = useState<RetrainTarget[]>([]);
  const [provider, setProvider] = useState<string>('');
  const [baseModel, setBaseModel] = useState('');
  const [data, setData] = useState<'original' | 'original+golden'>('original+golden');
  const [card, setCard] = useState<SwitchOver | null>(null);
  const [newModel, setNewModel] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    void request('rescue.retrainTargets', {}).then((r) => {
      if (!r.ok) return;
      setTargets(r.data);
      const first = r.data.find((x) => x.active) ?? r.data[0];
      if (first) {
        setProvider(first.provider);
        setBaseModel(first.baseModels.find((m) => m === model.baseModel) ?? first.baseModels[0] ?? '');
      }
    });
  }, [model.baseModel]);

  // Until the new model exists, ask main now and then (the Train page shows the run in detail).
  const runId = rescue.retrain?.runId ?? null;
  useEffect(() => {
    if (!runId) return;
    let stop = false;
    const look = async () => {
      const r = await request('rescue.switchOver', { model: model.id });
      if (stop) return;
      if (r.ok) {
        setCard(r.data);
        setNewModel(r.data.model);
      } else setTimeout(() => void look(), 1000);
    };
    void look();
    return () => {
      stop = true;
    };
  }, [runId, model.id]);

  const check = rescue.quickCheck;
  const target = targets.find((x) => x.provider === provider);
  return (
    <>
      <Panel id="rescue-check" title={t('rescue.check.title')}>
        <p>{t('rescue.check.explain')}</p>
        <button
          type="button"
          disabled={busy !== null}
          onClick={() => void act('check', () => request('rescue.quickCheck', { model: model.id }), changed)}
        >
          {t('rescue.check.run')}
        </button>
        {check ? (
          <ul data-testid="quick-check">
            {check.candidates.map((c) => (
              <li key={c.id}>
                <strong>{t(CANDIDATE_TEXT[c.kind], { model: c.model })}</strong>:{' '}
                {t('rescue.check.score', {
                  similarity: decimal(c.meanSimilarity, i18n.language),
                  exact: percent(c.exactRate, i18n.language),
                  cases: c.cases,
                })}
                {c.jsonRate !== null
                  ? t('rescue.check.json', { json: percent(c.jsonRate, i18n.language) })
                  : ''}
                <br />
                {c.closeEnough
                  ? t('rescue.check.close', { bar: decimal(check.bar, i18n.language) })
                  : t('rescue.check.notClose', { bar: decimal(check.bar, i18n.language) })}
              </li>
            ))}
          </ul>
        ) : null}
      </Panel>
      <Panel id="rescue-retrain" title={t('rescue.retrain.title')}>
        {targets.length === 0 ? <p>{t('rescue.retrain.none')}</p> : null}
        <div className="rescue-form">
          <label>
            {t('rescue.retrain.provider')}{' '}
            <select value={provider} onChange={(e) => setProvider(e.target.value)} disabled={!!runId}>
              {targets.map((x) => (
                <option key={x.provider} value={x.provider}>
                  {t(ACCOUNT_PROVIDER_TEXT[x.provider])}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('rescue.retrain.baseModel')}{' '}
            <select value={baseModel} onChange={(e) => setBaseModel(e.target.value)} disabled={!!runId}>
              {(target?.baseModels ?? []).map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
          <fieldset disabled={!!runId}>
            <legend>{t('rescue.retrain.data')}</legend>
            <label>
              <input
                type="radio"
                name="retrain-data"
                checked={data === 'original'}
                onChange={() => setData('original')}
              />{' '}
              {t('rescue.retrain.original')}
            </label>
            <label>
              <input
                type="radio"
                name="retrain-data"
                checked={data === 'original+golden'}
                onChange={() => setData('original+golden')}
              />{' '}
              {t('rescue.retrain.withGolden')}
            </label>
          </fieldset>
        </div>
        {runId ? (
          <p role="status" data-testid="retrain-status">
            {newModel ? t('rescue.retrain.ready', { model: newModel }) : t('rescue.retrain.waiting')}
          </p>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={busy !== null || !baseModel}
            onClick={() =>
              void act(
                'retrain',
                () =>
                  request('rescue.retrain', {
                    model: model.id,
                    provider: provider as RetrainTarget['provider'],
                    data,
                    baseModel,
                  }),
                changed,
              )
            }
          >
            {t('rescue.retrain.start')}
          </button>
        )}
      </Panel>
      {newModel ? <FidelityPanel model={model} rescue={rescue} /> : null}
      {card && rescue.fidelity ? (
        <Panel id="rescue-switch" title={t('rescue.switch.title')}>
          <p>{t('rescue.switch.explain')}</p>
          <dl className="rescue-switch" data-testid="switch-card">
            <dt>{t('rescue.switch.baseUrl')}</dt>
            <dd>
              <code>{card.baseURL}</code>
            </dd>
            <dt>{t('rescue.switch.model')}</dt>
            <dd>
              <code>{card.model}</code>
            </dd>
            <dt>{t('rescue.switch.keyName')}</dt>
            <dd>
              <code>{card.keyName}</code>
            </dd>
          </dl>
          <label className="block">
            <span className="visually-hidden">{t('rescue.switch.title')}</span>
            <textarea
              readOnly
              rows={3}
              value={`base_url = ${card.baseURL}\nmodel = ${card.model}\napi_key = $${card.keyName}`}
              onFocus={(e) => e.target.select()}
              id="rescue-switch-text"
            />
          </label>
          <button
            type="button"
            onClick={() => {
              const field = document.getElementById('rescue-switch-text') as HTMLTextAreaElement | null;
              field?.focus();
              field?.select();
              setCopied(document.execCommand('copy'));
            }}
          >
            {t('rescue.switch.copy')}
          </button>
          {copied ? <span role="status">{t('rescue.switch.copied')}</span> : null}
        </Panel>
      ) : null}
    </>
  );
}
