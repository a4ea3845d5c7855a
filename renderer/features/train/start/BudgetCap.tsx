// An optional spending cap, kept by main per currency: runs estimated above the cap of their own currency
// (US$ or ¥, the currency the provider bills) cannot start.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../../shared/domain/pricing/catalog';
import { request } from '../../../ipc/client';

const LABEL = { USD: 'cost.budgetLabelUSD', CNY: 'cost.budgetLabelCNY' } as const;

export function BudgetCap({
  cap,
  currency,
  exceeded,
  onSaved,
}: {
  cap: number | null;
  currency: Currency;
  exceeded: boolean;
  onSaved(): void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(cap === null ? '' : String(cap));
  useEffect(() => setText(cap === null ? '' : String(cap)), [cap]);
  const value = text.trim() === '' ? null : Number(text);
  const valid = value === null || (Number.isFinite(value) && value > 0);
  const save = async () => {
    if (!valid) return;
    const result = await request('training.setBudget', { amount: value, currency });
    if (result.ok) onSaved();
  };
  return (
    <div className="budget-cap">
      <label className="field">
        <span>{t(LABEL[currency])}</span>
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
