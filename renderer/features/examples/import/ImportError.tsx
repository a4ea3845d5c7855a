// An import failure: the engine's reason in plain words when main gives one, else the general error text.
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../../shared/ipc/errors';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { issueParams, REASON_TEXT } from '../checks/issueText';

const isReason = (value: unknown): value is keyof typeof REASON_TEXT =>
  typeof value === 'string' && Object.hasOwn(REASON_TEXT, value);

export function ImportError({ error }: { error: IpcError }) {
  const { t } = useTranslation();
  const reason = error.params?.reason;
  if (error.code === 'cancelled') return <p role="status">{t(REASON_TEXT.cancelled)}</p>;
  if (error.code === 'file_invalid' && isReason(reason))
    return (
      <p role="alert" className="error-message">
        {t(
          REASON_TEXT[reason],
          issueParams(error.params ?? {}, (key, values) => t(key as never, values)),
        )}
      </p>
    );
  return <ErrorMessage error={error} />;
}
