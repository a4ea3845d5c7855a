// The provider's own event messages, newest first, in a scrollable log. They stay in the provider's
// words (English) on purpose: they are the record a support person will ask for; the timeline and the
// reading above say the same things in the user's language.
import { useTranslation } from 'react-i18next';
import type { RunEvent } from '../../../../shared/domain/training/types';
import { formatClock } from '../format';

export function EventLog({ events }: { events: readonly RunEvent[] }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return <p className="muted">{t('train.events.none')}</p>;
  return (
    <ol className="train-events" aria-label={t('train.events.title')} data-testid="train-events" tabIndex={0}>
      {[...events].reverse().map((e) => (
        <li key={e.id} className={`event-${e.level}`}>
          <time dateTime={new Date(e.createdAt).toISOString()}>
            {formatClock(e.createdAt, i18n.language)}
          </time>{' '}
          <span lang="en">{e.message}</span>
        </li>
      ))}
    </ol>
  );
}
