// Under a "base model + notes" reply: the passages the model was given, each with its source (file, page,
// headings) and how close it was to the question, so the user can check where an answer came from.
import { useTranslation } from 'react-i18next';
import type { NotesUsed } from '../../../shared/domain/notes/types';
import { formatCount } from './format';

export function NotesUsedList({ notes }: { notes: NotesUsed }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="notes-used" data-testid="notes-used">
      <summary>{t('notes.usedTitle', { count: formatCount(notes.hits.length, i18n.language) })}</summary>
      <ol>
        {notes.hits.map((hit) => (
          <li key={hit.passageId}>
            <p className="muted">
              {hit.page !== null
                ? t('notes.usedSource', { name: hit.sourceName, page: hit.page })
                : t('notes.usedSourceNoPage', { name: hit.sourceName })}
              {hit.headings.length > 0 ? ` · ${hit.headings.join(' › ')}` : ''}
            </p>
            <blockquote>{hit.text}</blockquote>
          </li>
        ))}
      </ol>
      <p className="muted">
        {t('notes.usedQueryTokens', { tokens: formatCount(notes.queryTokens, i18n.language) })}
      </p>
    </details>
  );
}
