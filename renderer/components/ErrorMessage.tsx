import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../shared/ipc/errors';
import { ERROR_TEXT } from '../i18n/keys';

/** One plain sentence with the next step, and the provider's request id when there is one (copyable). */
export function ErrorMessage({ error }: { error: IpcError }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="error-message">
      <p>{t(ERROR_TEXT[error.code], error.params ?? {})}</p>
      {error.requestId ? (
        <p className="muted">
          <span className="selectable">{t('errors.requestId', { id: error.requestId })}</span>
        </p>
      ) : null}
    </div>
  );
}
