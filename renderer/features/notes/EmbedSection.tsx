// Preparing a collection for search: the quote first (passages, tokens, price with its date, cost), and
// only when the user accepts it the paid calls, with progress and Stop. Everything already embedded is
// kept whatever happens; the next quote counts only what is left.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmbedQuote } from '../../../shared/domain/notes/embedding';
import type { IpcError } from '../../../shared/ipc/errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { onEvent, request } from '../../ipc/client';
import { formatCost, formatCount } from './format';

type Phase =
  | { kind: 'idle' }
  | { kind: 'quoted'; quote: EmbedQuote }
  | { kind: 'running'; done: number; total: number }
  | { kind: 'finished'; done: number; tokens: number; cancelled: boolean };

export function EmbedSection(props: { projectId: string; collectionId: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { projectId, collectionId, onChanged } = props;
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [error, setError] = useState<IpcError | null>(null);
  const lang = i18n.language;

  useEffect(
    () =>
      onEvent('notes.progressed', (p) => {
        if (p.projectId === projectId && p.collectionId === collectionId)
          setPhase({ kind: 'running', done: p.done, total: p.total });
      }),
    [projectId, collectionId],
  );

  const quote = async () => {
    setError(null);
    const r = await request('notes.quote', { projectId, collectionId });
    if (r.ok) setPhase({ kind: 'quoted', quote: r.data });
    else setError(r.error);
  };
  const embed = async (total: number) => {
    setError(null);
    setPhase({ kind: 'running', done: 0, total });
    const r = await request('notes.embed', { projectId, collectionId });
    if (r.ok)
      setPhase({
        kind: 'finished',
        done: r.data.embedded,
        tokens: r.data.tokens,
        cancelled: r.data.cancelled,
      });
    else {
      setError(r.error);
      setPhase({ kind: 'idle' });
    }
    onChanged();
  };

  const q = phase.kind === 'quoted' ? phase.quote : null;
  const facts = q && {
    count: formatCount(q.toEmbed, lang),
    tokens: formatCount(q.tokens, lang),
    per1M: q.per1M === null ? '' : formatCost(q.per1M, q.currency, lang),
    cost: q.cost === null ? '' : formatCost(q.cost, q.currency, lang),
    model: q.model,
    checkedOn: q.checkedOn ?? '',
  };

  return (
    <div className="notes-embed">
      {phase.kind !== 'running' ? (
        <button type="button" onClick={() => void quote()}>
          {t('notes.quoteButton')}
        </button>
      ) : null}
      {error ? (
        error.code === 'not_supported' ? (
          <p role="alert">{t('notes.noEmbeddings')}</p>
        ) : (
          <ErrorMessage error={error} />
        )
      ) : null}
      {q && facts ? (
        <div role="status" data-testid="notes-quote">
          {q.toEmbed === 0 ? (
            <p>{t('notes.nothingToDo')}</p>
          ) : (
            <>
              <p>
                {q.cost === null
                  ? t('notes.quoteNoPrice', facts)
                  : q.free
                    ? t('notes.quoteFree', facts)
                    : t('notes.quote', facts)}
              </p>
              {q.alreadyEmbedded > 0 ? (
                <p className="muted">
                  {t('notes.alreadyDone', { count: formatCount(q.alreadyEmbedded, lang) })}
                </p>
              ) : null}
              <button type="button" className="primary" onClick={() => void embed(q.toEmbed)}>
                {t('notes.embed', { count: facts.count })}
              </button>
            </>
          )}
        </div>
      ) : null}
      {phase.kind === 'running' ? (
        <div role="status">
          <label>
            {t('notes.progress', {
              done: formatCount(phase.done, lang),
              total: formatCount(phase.total, lang),
            })}{' '}
            <progress max={Math.max(1, phase.total)} value={phase.done} />
          </label>{' '}
          <button type="button" onClick={() => void request('notes.cancel', { projectId, collectionId })}>
            {t('notes.cancel')}
          </button>
        </div>
      ) : null}
      {phase.kind === 'finished' ? (
        <p role="status">
          {phase.cancelled
            ? t('notes.cancelled', { done: formatCount(phase.done, lang) })
            : t('notes.finished', {
                done: formatCount(phase.done, lang),
                tokens: formatCount(phase.tokens, lang),
              })}
        </p>
      ) : null}
    </div>
  );
}
