// Cost calculator UI: pick a model from the price catalog (Settings overrides applied) or the 2023
// example, type volumes and sizes, and read both monthly costs, the break-even volume and a chart —
// each number with the formula that produced it. All arithmetic is in shared/domain/learn.
import { useId, useState } from 'react';
import {
  BASE_MODEL_PRICES,
  calculatorPrices,
  chartMaxRequests,
  compareCosts,
  costCurve,
  DEFAULT_MESSAGE_TOKENS,
  GPT35_2023_BASE,
  withMessageVolume,
  type CalculatorInput,
  type CalculatorModelChoice,
  type MessageTokens,
} from '../../../../shared/domain/learn';
import {
  findPrice,
  GPT35_2023_LAUNCH,
  type ModelPrice,
  type PriceOverride,
  type ProviderId,
} from '../../../../shared/domain/pricing/catalog';
import { GlossaryText, type ContentLang } from '../../../components/glossary';
import type { CalculatorField, LearnContent } from '../content';
import { fill, formatNumber } from '../format';
import { CostChart } from './CostChart';
import { resultLines } from './formulas';

/** Defaults echo the seed's example file (100,000 tokens × 3 epochs) and a modest business volume. */
export const CALCULATOR_DEFAULTS: Record<CalculatorField, number> = {
  requestsPerMonth: 10_000,
  longPromptTokens: 2_000,
  shortPromptTokens: 200,
  replyTokens: 300,
  trainingTokens: 100_000,
  epochs: 3,
  amortizeMonths: 12,
};
const FIELDS = Object.keys(CALCULATOR_DEFAULTS) as CalculatorField[];
/** Counted in messages, the fine-tuned prompt and the reply are one message's own tokens, not typed. */
const FROM_MESSAGES: ReadonlySet<CalculatorField> = new Set(['shortPromptTokens', 'replyTokens']);

/** How the monthly volume is counted: requests with typed token sizes, or emails/messages. */
export type VolumeUnit = 'requests' | 'messages';
const EXAMPLE_2023 = 'example-2023';
const PROVIDER_ORDER: ProviderId[] = ['openai', 'alibaba', 'together', 'practice'];

export interface CostCalculatorProps {
  content: LearnContent;
  lang: ContentLang;
  overrides: Readonly<Record<string, PriceOverride>>;
  catalog: readonly ModelPrice[];
  /** One message's tokens from the project open in Examples; null: none open (a typical email is assumed). */
  projectMessage?: MessageTokens | null;
}

function toChoice(key: string): CalculatorModelChoice {
  if (key === EXAMPLE_2023) return { kind: 'example-2023' };
  const [provider, ...rest] = key.split(':');
  return { kind: 'catalog', provider: provider as ProviderId, model: rest.join(':') };
}

/**
 * A typed value counts when it is a finite number ≥ 0 (at least 1 for the months a training run is paid
 * over); otherwise the field is flagged (and counts as 0). A minus sign is refused even on zero: "-0
 * requests a month" was accepted once and printed as "Break-even: -0".
 */
function parseField(raw: string, field: CalculatorField): number | null {
  const value = Number(raw);
  const ok = raw.trim() !== '' && !raw.trim().startsWith('-') && Number.isFinite(value) && value >= 0;
  if (!ok || (field === 'amortizeMonths' && value < 1)) return null;
  return value;
}

export function CostCalculator({
  content,
  lang,
  overrides,
  catalog: fullCatalog,
  projectMessage = null,
}: CostCalculatorProps) {
  // The calculator works in US dollars: entries priced in another currency (Alibaba Beijing, in yuan) are left out.
  const catalog = fullCatalog.filter((m) => (m.currency ?? 'USD') === 'USD');
  const c = content.calculator;
  const idBase = useId();
  const providers = PROVIDER_ORDER.filter((p) => catalog.some((m) => m.provider === p));
  const defaultKey = catalog.some((m) => m.provider === 'openai' && m.model === 'gpt-4o-mini-2024-07-18')
    ? 'openai:gpt-4o-mini-2024-07-18'
    : catalog[0]
      ? `${catalog[0].provider}:${catalog[0].model}`
      : EXAMPLE_2023;
  const [modelKey, setModelKey] = useState(defaultKey);
  const [unit, setUnit] = useState<VolumeUnit>('requests');
  const message = projectMessage ?? DEFAULT_MESSAGE_TOKENS;
  const [raw, setRaw] = useState<Record<CalculatorField, string>>(
    () =>
      Object.fromEntries(FIELDS.map((f) => [f, String(CALCULATOR_DEFAULTS[f])])) as Record<
        CalculatorField,
        string
      >,
  );

  const choice = toChoice(modelKey);
  const prices = calculatorPrices(choice, overrides, catalog);
  const typed = Object.fromEntries(FIELDS.map((f) => [f, parseField(raw[f], f) ?? 0])) as Record<
    CalculatorField,
    number
  >;
  const values: Record<CalculatorField, number> =
    unit === 'messages' ? { ...typed, ...withMessageVolume(typed as CalculatorInput, message) } : typed;
  const shownFields = unit === 'messages' ? FIELDS.filter((f) => !FROM_MESSAGES.has(f)) : FIELDS;

  let source: { source: string; date: string };
  if (choice.kind === 'example-2023') {
    source = {
      source: `${GPT35_2023_LAUNCH.source}; ${GPT35_2023_BASE.source}`,
      date: GPT35_2023_BASE.checkedOn,
    };
  } else {
    const entry = findPrice(choice.provider, choice.model, overrides, catalog);
    const base = entry ? BASE_MODEL_PRICES[entry.model] : undefined;
    source = {
      source: [entry?.source, base?.source].filter(Boolean).join('; '),
      date: entry?.checkedOn ?? '',
    };
  }

  return (
    <div className="learn-calc">
      <p>
        <GlossaryText text={c.intro} />
      </p>
      <div className="learn-calc__inputs">
        <label className="learn-field learn-field--wide">
          <span className="learn-field__label">{c.modelLabel}</span>
          <select value={modelKey} onChange={(e) => setModelKey(e.target.value)}>
            {providers.map((provider) => (
              <optgroup key={provider} label={c.providers[provider]}>
                {catalog
                  .filter((m) => m.provider === provider)
                  .map((m) => (
                    <option key={m.model} value={`${provider}:${m.model}`}>
                      {m.model}
                    </option>
                  ))}
              </optgroup>
            ))}
            <option value={EXAMPLE_2023}>{c.example2023}</option>
          </select>
        </label>
        <label className="learn-field">
          <span className="learn-field__label">{c.volume.unitLabel}</span>
          <select name="volumeUnit" value={unit} onChange={(e) => setUnit(e.target.value as VolumeUnit)}>
            <option value="requests">{c.volume.requests}</option>
            <option value="messages">{c.volume.messages}</option>
          </select>
        </label>
        {shownFields.map((field) => {
          const invalid = parseField(raw[field], field) === null;
          const hintId = `${idBase}-${field}-hint`;
          const label =
            field === 'requestsPerMonth' && unit === 'messages'
              ? c.volume.messagesField
              : c.fields[field].label;
          return (
            <label key={field} className="learn-field">
              <span className="learn-field__label">{label}</span>
              <input
                type="number"
                inputMode="decimal"
                min={field === 'amortizeMonths' ? 1 : 0}
                name={field}
                value={raw[field]}
                aria-invalid={invalid || undefined}
                aria-describedby={hintId}
                onChange={(e) => setRaw((prev) => ({ ...prev, [field]: e.target.value }))}
              />
              <span id={hintId} className={invalid ? 'learn-field__hint learn-error' : 'learn-field__hint'}>
                {invalid ? c.invalidNumber : c.fields[field].hint}
              </span>
            </label>
          );
        })}
      </div>
      {unit === 'messages' ? (
        <p className="learn-note" data-testid="message-basis">
          {message.basis.kind === 'project'
            ? fill(c.volume.projectBasis, {
                input: formatNumber(message.input, lang),
                output: formatNumber(message.output, lang),
                examples: formatNumber(message.basis.examples, lang),
                project: message.basis.project,
              })
            : fill(c.volume.defaultBasis, {
                input: formatNumber(message.input, lang),
                output: formatNumber(message.output, lang),
              })}
        </p>
      ) : null}

      {prices.ok ? (
        <CalculatorResults
          content={content}
          lang={lang}
          input={{ ...values, base: prices.base, tuned: prices.tuned }}
        />
      ) : (
        <p role="status" className="learn-error">
          {c.priceErrors[prices.code]}
        </p>
      )}
      {source.source ? <p className="learn-note">{fill(c.priceSource, source)}</p> : null}
    </div>
  );
}

function CalculatorResults({
  content,
  lang,
  input,
}: {
  content: LearnContent;
  lang: ContentLang;
  input: CalculatorInput;
}) {
  const c = content.calculator;
  const result = compareCosts(input);
  const lines = resultLines(result, c, lang);
  const maxRequests = chartMaxRequests(input.requestsPerMonth, result.breakEvenRequests);
  return (
    <div className="learn-calc__results">
      <h3>{c.resultsHeading}</h3>
      <dl className="learn-results">
        {lines.map((line) => (
          <div key={line.id} className="learn-results__row" data-result={line.id}>
            <dt>{line.label}</dt>
            <dd className="learn-results__value">{line.value}</dd>
            <dd className="learn-results__formula">
              <span className="learn-results__how">{c.formulaLabel}</span> {line.formula}
            </dd>
          </div>
        ))}
      </dl>
      {result.breakEvenRequests === null ? (
        <p className="learn-note">
          <GlossaryText text={c.neverWhy} />
        </p>
      ) : null}
      <CostChart
        points={costCurve(input, maxRequests)}
        breakEvenRequests={result.breakEvenRequests}
        content={c}
        lang={lang}
      />
    </div>
  );
}
