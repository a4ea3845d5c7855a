// An optional spending cap, kept by main: runs estimated above it cannot start.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../../ipc/client';

export function BudgetCap({
  capUsd,
  exceeded,
  onSaved,
}: {
  capUsd: number | null;
  exceeded: boolean;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(capUsd === null ? '' : String(capUsd));
  useEffect(() => setText(capUsd === null ? '' : String(capUsd)), [capUsd]);
  const value = text.trim() === '' ? null : Number(text);
  const valid = value === null || (Number.isFinite(value) && value > 0);
  const save = async () => {
    if (!valid) return;
    const result = await request('training.setBudget', { usd: value });
    if (result.ok) onSaved();
  };
  return (
    <div className="budget-cap">
      <label className="field">
        <span>{t('train.budget.label')}</span>
        <input
          value={text}
          inputMode="decimal"
          onChange={(e) => setText(e.target.value)}
          aria-invalid={!valid}
          placeholder={t('train.budget.none')}
          data-testid="train-budget"
        />
        <small>{valid ? t('train.budget.help') : t('train.budget.invalid')}</small>
      </label>
      <button type="button" onClick={() => void save()} disabled={!valid} data-testid="train-budget-save">
        {t('train.budget.save')}
      </button>
      {exceeded ? (
        <p className="warning-text" role="alert">
          {t('train.budget.exceeded')}
        </p>
      ) : null}
    </div>
  );
}
