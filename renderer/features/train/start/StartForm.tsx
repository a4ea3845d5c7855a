// Step 1 of a run: what to train on and how. The fields come from the active provider's description
// (shared/domain/training/runOptions.ts RUN_FIELDS), filtered by the chosen base model: this form names
// no provider. Every field has a one-line explanation, and its bounds are tightened by the provider's own for
// the chosen base (training.limits) when it publishes them; a value outside the provider's range is refused on
// its field before anything is asked of main. The base model shows its price, limit and shutdown date.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ModelsAnswer,
  RunSettings,
  TrainingSourceSummary,
} from '../../../../shared/domain/training/plan';
import {
  readField,
  visibleFields,
  withBounds,
  type FieldBounds,
  type FieldProblem,
  type RunField,
} from '../../../../shared/domain/training/runFields';
import { RUN_FIELDS, fieldValues, readRunSettings } from '../../../../shared/domain/training/runOptions';
import type { IpcError } from '../../../../shared/ipc/errors';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { request } from '../../../ipc/client';
import { useNavigation } from '../../../state/navigation';
import { perMillionText } from '../../../components/money';
import { formatCount } from '../format';
import { RUN_FIELD_TEXT } from './fieldText';
import { ModelFacts } from './ModelFacts';
import { RunFieldInput } from './RunFieldInput';

export interface StartFormProps {
  initial: RunSettings | null;
  onPlanned(settings: RunSettings): void;
  onCancel(): void;
}

export function StartForm({ initial, onPlanned, onCancel }: StartFormProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigated = useNavigation((s) => s.navigated);
  const [sources, setSources] = useState<TrainingSourceSummary[] | null>(null);
  const [models, setModels] = useState<ModelsAnswer | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [sourceId, setSourceId] = useState(initial?.sourceId ?? '');
  const [model, setModel] = useState(initial?.model ?? '');
  // What each field holds, as typed; filled with the provider's defaults once its models arrive.
  const [values, setValues] = useState<Record<string, string>>({});
  // The provider's own bounds for the chosen base (Together's models/limits), or null: static bounds.
  const [bounds, setBounds] = useState<{ model: string; bounds: FieldBounds } | null>(null);

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
      setValues(fieldValues(RUN_FIELDS[r.data.provider], initial));
    });
    // `initial` is read once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (!model) return;
    let current = true;
    // A failed read says nothing: the static bounds stay and the provider still checks at start.
    void request('training.limits', { model }).then((r) => {
      if (current) setBounds(r.ok ? { model, bounds: r.data } : null);
    });
    return () => {
      current = false;
    };
  }, [model]);

  const spec = models ? RUN_FIELDS[models.provider] : null;
  const chosenModel = models?.models.find((m) => m.model === model) ?? null;
  const modelBounds = bounds?.model === model ? bounds.bounds : null;
  const shown = spec
    ? visibleFields(spec.fields, chosenModel).map((f) => withBounds(f, modelBounds, values))
    : [];
  const problemOf = (field: RunField): FieldProblem | null => {
    if (field.kind !== 'text' && field.kind !== 'number' && field.kind !== 'choice') return null;
    const reading = readField(field, values[field.id] ?? '');
    return reading.ok ? null : reading.problem;
  };
  const formValid = shown.every((f) => problemOf(f) === null);
  const submit = () => {
    if (!spec) return;
    const read = readRunSettings(spec, shown, values, { sourceId, model });
    if (read.ok) onPlanned(read.settings);
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

  const render = (field: RunField) => {
    if (field.kind === 'source')
      return (
        <div className="field" key={field.id} data-testid="run-field-source">
          <label>
            <span>{t(RUN_FIELD_TEXT.source.label)}</span>
            <select value={sourceId} onChange={(e) => setSourceId(e.target.value)} data-testid="train-source">
              {(sources ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {t('train.start.sourceOption', {
                    name: s.name,
                    train: formatCount(s.trainCount, lang),
                    validation: formatCount(s.validationCount, lang),
                  })}
                </option>
              ))}
            </select>
          </label>
          <small>{t(RUN_FIELD_TEXT.source.help)}</small>
        </div>
      );
    if (field.kind === 'baseModel')
      return (
        <div className="field" key={field.id} data-testid="run-field-baseModel">
          <label>
            <span>{t(RUN_FIELD_TEXT.baseModel.label)}</span>
            <select value={model} onChange={(e) => setModel(e.target.value)} data-testid="train-model">
              {(models?.models ?? []).map((m) => {
                const price = perMillionText(m.trainingPer1M, m.currency, t, lang);
                return (
                  <option key={m.model} value={m.model} disabled={m.retired}>
                    {m.retiringSoon
                      ? t('train.start.modelOptionRetiring', { model: m.model, price })
                      : t('train.start.modelOption', { model: m.model, price })}
                  </option>
                );
              })}
            </select>
          </label>
          <small>{t(RUN_FIELD_TEXT.baseModel.help)}</small>
          {chosenModel && models ? <ModelFacts model={chosenModel} models={models} /> : null}
        </div>
      );
    return (
      <RunFieldInput
        key={field.id}
        field={field}
        value={values[field.id] ?? ''}
        problem={problemOf(field)}
        onChange={(value) => setValues((v) => ({ ...v, [field.id]: value }))}
      />
    );
  };
  const advanced = shown.filter((f) => f.advanced);

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
      {shown.filter((f) => !f.advanced).map(render)}
      {advanced.length > 0 ? (
        <details className="advanced">
          <summary>{t('train.start.advanced')}</summary>
          {advanced.map(render)}
        </details>
      ) : null}

      <div className="actions">
        <button type="submit" className="primary" disabled={!sourceId || !model || !spec || !formValid}>
          {t('train.start.check')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('train.common.back')}
        </button>
      </div>
    </form>
  );
}
