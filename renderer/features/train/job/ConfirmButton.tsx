// A job action that asks first ("Cancel this training? You pay for the steps already done."), inline
// rather than in a modal, so keyboard focus stays where the user is.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ConfirmButtonProps {
  label: string;
  question: string;
  confirmLabel: string;
  danger?: boolean;
  testId: string;
  onConfirm(): Promise<void>;
  children?: ReactNode;
}

export function ConfirmButton({
  label,
  question,
  confirmLabel,
  danger,
  testId,
  onConfirm,
}: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!asking)
    return (
      <button
        type="button"
        className={danger ? 'danger' : undefined}
        onClick={() => setAsking(true)}
        data-testid={testId}
      >
        {label}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button
        type="button"
        className={danger ? 'danger' : 'primary'}
        autoFocus
        disabled={busy}
        data-testid={`${testId}-confirm`}
        onClick={async () => {
          setBusy(true);
          await onConfirm();
          setBusy(false);
          setAsking(false);
        }}
      >
        {confirmLabel}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)} disabled={busy}>
        {t('train.common.keepGoing')}
      </button>
    </span>
  );
}
