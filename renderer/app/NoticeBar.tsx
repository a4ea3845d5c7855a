import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StartupNotice } from '../../shared/ipc/schemas/app';
import { NOTICE_TEXT } from '../i18n/keys';

/** Things main found at start that the user must hear about once (a restored settings file, no keychain). */
export function NoticeBar({ notices }: { notices: StartupNotice[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<string[]>([]);
  const visible = notices.filter((n) => !dismissed.includes(n.code));
  if (visible.length === 0) return null;
  return (
    <div className="notice-bar" role="status">
      {visible.map((n) => (
        <div key={n.code} className="notice">
          <p>
            {t(NOTICE_TEXT[n.code])}
            {n.file ? <span className="muted selectable"> ({n.file})</span> : null}
          </p>
          <button type="button" onClick={() => setDismissed((d) => [...d, n.code])}>
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
