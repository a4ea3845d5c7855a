// One typed or picked run setting, drawn from its description: label, one plain sentence, and the
// message that replaces the sentence when the value is outside the provider's range. A choice is a group
// of radio buttons, each with what picking it means. The group carries `run-field-<id>` for tests.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { choiceOf, type FieldProblem, type ValueField } from '../../../../shared/domain/training/runFields';
import { Term } from '../../../components/glossary';
import { fieldText, inputTestId, problemText } from './fieldText';

export interface RunFieldInputProps {
  field: ValueField;
  value: string;
  problem: FieldProblem | null;
  onChange(value: string): void;
}

export function RunFieldInput({ field, value, problem, onChange }: RunFieldInputProps) {
  const { t, i18n } = useTranslation();
  const helpId = useId();
  const text = fieldText(field.id);
  const label = text ? t(text.label) : field.id;
  const number = (n: number | undefined) =>
    n === undefined ? '' : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 10 }).format(n);
  const message = problem
    ? (() => {
        const { key, params } = problemText(problem);
        return t(key, { min: number(params.min), max: number(params.max) });
      })()
    : text
      ? t(text.help)
      : '';

  if (field.kind === 'choice') {
    // A choice the chosen base does not offer is shown disabled with its reason; the default stands in.
    const picked = choiceOf(field, value);
    return (
      <fieldset className="field run-choice" data-testid={`run-field-${field.id}`} aria-describedby={helpId}>
        <legend>{label}</legend>
        <small id={helpId}>{message}</small>
        {field.choices.map((choice) => {
          const words = text?.choices?.[choice];
          const off = field.unavailable?.includes(choice) ?? false;
          return (
            <label key={choice} className="run-choice-option">
              <input
                type="radio"
                name={field.id}
                value={choice}
                checked={picked === choice}
                disabled={off}
                onChange={() => onChange(choice)}
                data-testid={`${inputTestId(field.id)}-${choice}`}
              />
              <span>
                {words ? t(words.label) : choice}
                {off ? (
                  <small className="muted" data-testid={`${inputTestId(field.id)}-${choice}-unavailable`}>
                    {' '}
                    {words?.unavailable ? t(words.unavailable) : t('runChoice.unavailable')}
                  </small>
                ) : words ? (
                  <small className="muted"> {t(words.help)}</small>
                ) : null}
              </span>
            </label>
          );
        })}
      </fieldset>
    );
  }

  return (
    <div className="field" data-testid={`run-field-${field.id}`}>
      <label>
        <span>{label}</span>
        <input
          value={value}
          inputMode={field.kind === 'text' ? 'text' : field.integer ? 'numeric' : 'decimal'}
          maxLength={field.kind === 'text' ? field.maxLength : undefined}
          placeholder={
            field.kind === 'number' && field.empty === 'auto'
              ? t('train.start.auto')
              : field.kind === 'text'
                ? 'my-assistant'
                : undefined
          }
          aria-invalid={problem !== null}
          aria-describedby={helpId}
          onChange={(e) => onChange(e.target.value)}
          data-testid={inputTestId(field.id)}
        />
      </label>
      <small id={helpId} className={problem ? 'danger' : undefined} role={problem ? 'alert' : undefined}>
        {text?.term && !problem ? (
          <>
            <Term id={text.term} />:{' '}
          </>
        ) : null}
        {message}
      </small>
    </div>
  );
}
