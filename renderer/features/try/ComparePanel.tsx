// Side by side: one message to two or three set-ups at once, each reply streaming in its own column with
// its figures underneath (prompt and reply tokens, first text, total time, cost, and how each was found).
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { request } from '../../ipc/client';
import { useModelLabel } from './modelLabel';
import { ReplyCard } from './ReplyCard';
import { SetupEditor } from './SetupEditor';
import { useTry } from './store';

export function ComparePanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const modelName = useModelLabel();
  const models = useTry((s) => s.overview?.models ?? []);
  const setups = useTry((s) => s.setups);
  const edit = useTry((s) => s.setupEdited);
  const [count, setCount] = useState(Math.min(3, setups.length));
  const [message, setMessage] = useState('');
  const comparison = useTry((s) => s.comparison);
  const question = comparison?.question ?? '';
  const runs = comparison?.runs ?? [];
  const [error, setError] = useState<IpcError | null>(null);
  const chosen = setups.slice(0, count);
  const busy = useTry((s) => runs.some((r) => !s.runs[r.runId]?.done));
  // "Send to all" is disabled while the replies stream: the message box keeps the user's place (issue 20).
  const messageRef = useRef<HTMLTextAreaElement>(null);

  const send = async () => {
    const text = message.trim();
    if (!text || busy) return;
    const result = await request('tryout.compare', { projectId, setups: chosen, text });
    if (!result.ok) return setError(result.error);
    setError(null);
    useTry.getState().compared(text, result.data.runs);
    messageRef.current?.focus();
  };

  return (
    <section className="compare" aria-label={t('try.tabs.compare')}>
      <div className="columns" data-count={count}>
        {chosen.map((setup) => {
          const run = runs.find((r) => r.setupId === setup.id);
          return (
            <div key={setup.id} className="column" data-testid={`column-${setup.id}`}>
              <SetupEditor setup={setup} models={models} onChange={edit} />
              {run ? (
                <ReplyCard
                  speaker={modelName(setup.model)}
                  speakerId={setup.model}
                  runId={run.runId}
                  correction={{
                    projectId,
                    system: setup.systemPrompt || null,
                    question,
                    model: setup.model,
                    source: 'compare',
                  }}
                />
              ) : null}
            </div>
          );
        })}
      </div>
      {setups.length >= 3 ? (
        <button type="button" onClick={() => setCount(count === 3 ? 2 : 3)} disabled={busy}>
          {count === 3 ? t('try.compare.removeThird') : t('try.compare.addThird')}
        </button>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
      {/* The columns stream silently (each reply is aria-busy); this says once when they are all in. */}
      <p role="status" className="visually-hidden" data-testid="compare-status">
        {runs.length > 0 && !busy ? t('a11y.compareDone', { count: runs.length }) : ''}
      </p>
      <form
        className="composer"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label htmlFor={`${id}-msg`}>{t('try.compare.message')}</label>
        <textarea
          id={`${id}-msg`}
          ref={messageRef}
          rows={2}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
        />
        <button
          type="submit"
          className="primary"
          disabled={busy || message.trim() === '' || chosen.length < 2}
        >
          {t('try.compare.send')}
        </button>
      </form>
    </section>
  );
}
