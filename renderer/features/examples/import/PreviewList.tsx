// The first examples as they will be imported, so the user sees at once whether the mapping and the
// encoding are right (mojibake or a question in the answer column shows up here).
import { useTranslation } from 'react-i18next';
import type { ChatExample } from '../../../../shared/domain/chat';
import { ROLE_TEXT } from '../editor/roleText';

export function PreviewList({ examples }: { examples: { example: ChatExample; line: number }[] }) {
  const { t } = useTranslation();
  if (examples.length === 0) return <p className="notice">{t('examples.import.previewEmpty')}</p>;
  return (
    <div>
      <h4>{t('examples.import.previewHeading')}</h4>
      <ol className="preview-list">
        {examples.slice(0, 5).map(({ example, line }) => (
          <li key={line}>
            <span className="muted">{t('examples.checks.line', { line })}</span>
            {example.messages.map((m, i) => (
              <p key={i} className={`bubble bubble-${m.role}`}>
                <strong>{t(ROLE_TEXT[m.role])}:</strong> {m.content}
              </p>
            ))}
          </li>
        ))}
      </ol>
    </div>
  );
}
