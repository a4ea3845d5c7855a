// Step 1 of a run: what to train on and how. Every choice has a one-line explanation next to it; the
// base model shows its price, per-example limit and shutdown date, and a model retiring soon is flagged.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ModelsAnswer,
  RunSettings,
  TrainingSourceSummary,
} from '../../../../shared/domain/training/plan';
import type { IpcError } from '../../../../shared/ipc/errors';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { request } from '../../../ipc/client';
import { useNavigation } from '../../../state/navigation';
import { perMillionText } from '../../../components/money';
import { formatCount } from '../format';
import { ModelFacts } from './ModelFacts';

type AutoOr = 'auto' | string;

export interface StartFormProps {
  initial: RunSettings | null;
  onPlanned(settings: RunSettings): void;
  onCancel(): void;
}

const parseAuto = (value: AutoOr, parse: (v: string) => number) => (value === 'auto' ? 'auto' : parse(value));

export function StartForm({ initial, onPlanned, onCancel }: StartFormProps) {
  const { t, i18n } = useTranslation();
  const navigated = useNavigation((s) => s.navigated);
  const [sources, setSources] = useState<TrainingSourceSummary[] | null>(null);
  const [models, setModels] = useState<ModelsAnswer | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [sourceId, setSourceId] = useState(initial?.sourceId ?? '');
  const [model, setModel] = useState(initial?.model ?? '');
  const [suffix, setSuffix] = useState(initial?.suffix ?? '');
  const [epochs, setEpochs] = useState<AutoOr>(String(initial?.epochs ?? 'auto'));
  // Empty means "auto" (the placeholder says so), so a user can type a number without deleting a word.
  const [batchSize, setBatchSize] = useState(
    initial?.batchSize === undefined || initial.batchSize === 'auto' ? '' : String(initial.batchSize),
  );
  const [learningRate, setLearningRate] = useState(
    initial?.learningRateMultiplier === undefined || initial.learningRateMultiplier === 'auto'
      ? ''
      : String(initial.learningRateMultiplier),
  );
  const [seed, setSeed] = useState(
    initial?.seed === null || initial?.seed === undefined ? '' : String(initial.seed),
  );

  useEffect(() => {
    void request('training.sources', {}).then((r) => {
      if (!r.ok) return setError(r.error);
      setSources(r.data);
      setSourceId((current) => current || (r.data[0]?.id ?? ''));
    });
    void request('training.models', {}).then((r) => {
      if (!r.ok) return setError(r.error);
      setModels(r.data);
      setModel((current) => current || (r.data.models.find((m) => !m.retired)?.model ?? ''));
    });
  }, []);

  const chosenModel = models?.models.find((m) => m.model === model) ?? null;
  const suffixValid = /^[A-Za-z0-9_-]{0,40}$/.test(suffix);
  // The provider's own bounds (OpenAI create body): batch 1-256, learning-rate multiplier above 0.
  const batchValid = batchSize === '' || (/^\d+$/.test(batchSize) && +batchSize >= 1 && +batchSize <= 256);
  const learningRateValid =
    learningRate === '' || (/^\d*\.?\d+$/.test(learningRate) && +learningRate > 0 && +learningRate <= 100);
  const formValid = suffixValid && batchValid && learningRateValid;
  const submit = () => {
    onPlanned({
      sourceId,
      model,
      suffix: suffix || null,
      epochs: parseAuto(epochs, (v) => Number.parseInt(v, 10)),
      batchSize: parseAuto(batchSize || 'auto', (v) => Number.parseInt(v, 10)),
      learningRateMultiplier: parseAuto(learningRate || 'auto', Number),
      seed: seed === '' ? null : Number.parseInt(seed, 10),
    });
  };

  if (sources && sources.length === 0) {
    return (
      <section className="train-card" aria-labelledby="train-no-source">
        <h2 id="train-no-source">{t('train.start.noSourceTitle')}</h2>
        <p>{t('train.start.noSourceBody')}</p>
        <button type="button" className="primary" onClick={() => navigated('examples')}>
          {t('train.start.goToExamples')}
        </button>{' '}
        <button type="button" onClick={onCancel}>
          {t('train.common.back')}
        </button>
      </section>
    );
  }

  return (
    <form
      className="train-card train-form"
      aria-labelledby="train-start-title"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id="train-start-title">{t('train.start.title')}</h2>
      {error ? <ErrorMessage error={error} /> : null}

      <label className="field">
        <span>{t('train.start.source')}</span>
        <select value={sourceId} onChange={(e) => setSourceId(e.target.value)} data-testid="train-source">
          {(sources ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {t('train.start.sourceOption', {
                name: s.name,
                train: formatCount(s.trainCount, i18n.language),
                validation: formatCount(s.validationCount, i18n.language),
              })}
            </option>
          ))}
        </select>
        <small>{t('train.start.sourceHelp')}</small>
      </label>

      <label className="field">
        <span>{t('train.start.model')}</span>
        <select value={model} onChange={(e) => setModel(e.target.value)} data-testid="train-model">
          {(models?.models ?? []).map((m) => (
            <option key={m.model} value={m.model} disabled={m.retired}>
              {m.retiringSoon
                ? t('train.start.modelOptionRetiring', {
                    model: m.model,
                    price: perMillionText(m.trainingPer1M, m.currency, t, i18n.language),
                  })
                : t('train.start.modelOption', {
                    model: m.model,
                    price: perMillionText(m.trainingPer1M, m.currency, t, i18n.language),
                  })}
            </option>
          ))}
        </select>
        {chosenModel && models ? <ModelFacts model={chosenModel} models={models} /> : null}
      </label>

      <label className="field">
        <span>{t('train.start.suffix')}</span>
        <input
          value={suffix}
          onChange={(e) => setSuffix(e.target.value)}
          maxLength={40}
          aria-invalid={!suffixValid}
          placeholder="my-assistant"
          data-testid="train-suffix"
        />
        <small className={suffixValid ? undefined : 'danger'}>
          {suffixValid ? t('train.start.suffixHelp') : t('train.start.suffixInvalid')}
        </small>
      </label>

      <label className="field">
        <span>{t('train.start.epochs')}</span>
        <select value={epochs} onChange={(e) => setEpochs(e.target.value)} data-testid="train-epochs">
          <option value="auto">{t('train.start.auto')}</option>
          {Array.from({ length: 25 }, (_, i) => i + 1).map((n) => (
            <option key={n} value={String(n)}>
              {n}
            </option>
          ))}
        </select>
        <small>{t('train.start.epochsHelp')}</small>
      </label>

      <details className="advanced">
        <summary>{t('train.start.advanced')}</summary>
        <label className="field">
          <span>{t('train.start.learningRate')}</span>
          <input
            value={learningRate}
            inputMode="decimal"
            placeholder={t('train.start.auto')}
            aria-invalid={!learningRateValid}
            onChange={(e) => setLearningRate(e.target.value.trim())}
            data-testid="train-lr"
          />
          <small className={learningRateValid ? undefined : 'danger'}>
            {learningRateValid ? t('train.start.learningRateHelp') : t('train.start.learningRateInvalid')}
          </small>
        </label>
        <label className="field">
          <span>{t('train.start.batchSize')}</span>
          <input
            value={batchSize}
            inputMode="numeric"
            placeholder={t('train.start.auto')}
            aria-invalid={!batchValid}
            onChange={(e) => setBatchSize(e.target.value.trim())}
            data-testid="train-batch"
          />
          <small className={batchValid ? undefined : 'danger'}>
            {batchValid ? t('train.start.batchSizeHelp') : t('train.start.batchSizeInvalid')}
          </small>
        </label>
        <label className="field">
          <span>{t('train.start.seed')}</span>
          <input
            value={seed}
            inputMode="numeric"
            onChange={(e) => setSeed(e.target.value.replace(/\D/g, ''))}
            data-testid="train-seed"
          />
          <small>{t('train.start.seedHelp')}</small>
        </label>
      </details>

      <div className="actions">
        <button type="submit" className="primary" disabled={!sourceId || !model || !formValid}>
          {t('train.start.check')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('train.common.back')}
        </button>
      </div>
    </form>
  );
}
