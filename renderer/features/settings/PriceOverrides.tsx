// Settings → Prices: the shipped price catalog (with the date each entry was checked and where), and a
// way to correct it when a provider changes its prices. Main applies overrides to every cost it computes.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelPrice } from '../../../shared/domain/pricing/catalog';
import type { IpcError } from '../../../shared/ipc/errors';
import type { PriceEntry } from '../../../shared/ipc/schemas/providers';
import { ErrorMessage } from '../../components/ErrorMessage';
import { request } from '../../ipc/client';
import { ACCOUNT_PROVIDER_TEXT, ALIBABA_REGION_TEXT } from '../../i18n/keys';

const FIELDS = ['trainingPer1M', 'inputPer1M', 'cachedInputPer1M', 'outputPer1M'] as const;
type Field = (typeof FIELDS)[number];
const FIELD_TEXT = {
  trainingPer1M: 'prices.training',
  inputPer1M: 'prices.input',
  cachedInputPer1M: 'prices.cachedInput',
  outputPer1M: 'prices.output',
} as const satisfies Record<Field, string>;

/**
 * The price field an input error is about: the form's own check names it, main's validation gives a
 * path ending in it (`override.inputPer1M`). Null when the error is about no single field.
 */
function fieldOfError(error: IpcError | null): Field | null {
  if (error?.code !== 'bad_input' || typeof error.path !== 'string') return null;
  const last = error.path.split('.').pop();
  return FIELDS.find((f) => f === last) ?? null;
}

const draftOf = (price: ModelPrice) =>
  Object.fromEntries(FIELDS.map((f) => [f, price[f] === null ? '' : String(price[f])])) as Record<
    Field,
    string
  >;

function PriceRow({ entry, onChange }: { entry: PriceEntry; onChange(entries: PriceEntry[]): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => draftOf(entry.price));
  const [error, setError] = useState<IpcError | null>(null);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});
  // "Check the highlighted field" needs a highlighted field: the bad one is marked, named and focused.
  const invalid = fieldOfError(error);
  useEffect(() => {
    if (invalid) inputs.current[invalid]?.focus();
  }, [invalid, error]);
  const { provider, model, region } = entry.shipped;
  // Alibaba lists one model per region (USD in Singapore, CNY in Beijing): the region keeps rows apart.
  const rowId = `${provider}-${model}${region ? `-${region}` : ''}`;
  const regionText = region === 'singapore' || region === 'beijing' ? t(ALIBABA_REGION_TEXT[region]) : null;

  const send = async (override: Partial<Record<Field, number | null>> | null) => {
    const regional = region === 'singapore' || region === 'beijing' ? ({ region } as const) : {};
    const result = await request('prices.override', { provider, model, override, ...regional });
    setError(result.ok ? null : result.error);
    if (result.ok) {
      onChange(result.data);
      const updated = result.data.find(
        (e) => e.shipped.provider === provider && e.shipped.model === model && e.shipped.region === region,
      );
      if (updated) setDraft(draftOf(updated.price));
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const override: Partial<Record<Field, number | null>> = {};
    for (const f of FIELDS) {
      const text = draft[f].trim();
      const value = text === '' ? null : Number(text);
      if (value !== null && (!Number.isFinite(value) || value < 0))
        return setError({ code: 'bad_input', path: f });
      if (value !== entry.shipped[f]) override[f] = value;
    }
    void send(Object.keys(override).length > 0 ? override : null);
  };

  return (
    <form
      className="price-row"
      onSubmit={save}
      data-testid={`price-${rowId}`}
      aria-labelledby={`${rowId}-name`}
    >
      <p id={`${rowId}-name`}>
        <code>{model}</code> · {t(ACCOUNT_PROVIDER_TEXT[provider])}
        {regionText ? ` · ${regionText}` : null}
        {entry.overridden ? <span className="tag">{t('prices.overridden')}</span> : null}
      </p>
      <div className="price-fields">
        {FIELDS.map((f) => (
          <label key={f}>
            {t(FIELD_TEXT[f])}
            <input
              ref={(node) => {
                inputs.current[f] = node;
              }}
              name={f}
              inputMode="decimal"
              value={draft[f]}
              aria-invalid={invalid === f || undefined}
              aria-describedby={invalid === f ? `${rowId}-${f}-error` : undefined}
              onChange={(e) => {
                setDraft((d) => ({ ...d, [f]: e.target.value }));
                if (invalid === f) setError(null);
              }}
            />
            {invalid === f ? (
              <span id={`${rowId}-${f}-error`} className="field-error" role="alert">
                {t('prices.invalidField', { field: t(FIELD_TEXT[f]) })}
              </span>
            ) : null}
          </label>
        ))}
      </div>
      <p className="muted small">
        {t('prices.checked', { date: entry.shipped.checkedOn, source: entry.shipped.source })}
      </p>
      <div className="row">
        <button type="submit">{t('prices.save')}</button>
        {entry.overridden ? (
          <button type="button" onClick={() => void send(null)}>
            {t('prices.reset')}
          </button>
        ) : null}
      </div>
      {error && !invalid ? <ErrorMessage error={error} /> : null}
    </form>
  );
}

export function PriceOverrides() {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<PriceEntry[]>([]);
  useEffect(() => {
    void request('prices.list', {}).then((r) => r.ok && setEntries(r.data));
  }, []);
  // Practice mirrors OpenAI's prices, so its rows would only repeat them; the real providers are listed.
  const editable = entries.filter((e) => e.shipped.provider !== 'practice');
  return (
    <section aria-labelledby="prices-heading" data-testid="price-overrides">
      <h2 id="prices-heading">{t('prices.title')}</h2>
      <p>{t('prices.intro')}</p>
      {editable.map((entry) => (
        <PriceRow
          key={`${entry.shipped.provider}:${entry.shipped.model}:${entry.shipped.region ?? ''}`}
          entry={entry}
          onChange={setEntries}
        />
      ))}
    </section>
  );
}
