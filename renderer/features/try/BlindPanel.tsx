// Blind A/B: pick the better of two answers per example without knowing which set-up wrote which. Main
// keeps the mapping and shows it (and the tally) only after the last pick.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/errors';
import type { BlindView, TestRunView } from '../../../shared/ipc/schemas/tryout';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { request } from '../../ipc/client';
import { useModelLabel } from './modelLabel';
import { setupLabel } from './reportText';

export function BlindPanel({ run }: { run: TestRunView }) {
  const { t } = useTranslation();
  const id = useId();
  const modelName = useModelLabel();
  const [a, setA] = useState(run.setups[0]?.id ?? '');
  const [b, setB] = useState(run.setups[1]?.id ?? '');
  const [view, setView] = useState<BlindView | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const label = (setupId: string) => {
    const setup = run.setups.find((s) => s.id === setupId);
    return setup ? setupLabel(t, setup, modelName) : setupId;
  };
  const apply = (result: Awaited<ReturnType<typeof request<'tryout.blindStart'>>>) => {
    if (result.ok) setView(result.data);
    setError(result.ok ? null : result.error);
  };
  const next = view?.items.find((i) => i.pick === null);
  const picked = view?.items.filter((i) => i.pick !== null).length ?? 0;

  return (
    <section className="blind" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('try.blind.title')}</h2>
      <p>{t('try.blind.intro')}</p>
      <div className="row">
        <label htmlFor={`${id}-a`}>{t('try.blind.setupA')}</label>
        <select id={`${id}-a`} value={a} onChange={(e) => setA(e.target.value)}>
          {run.setups.map((s) => (
            <option key={s.id} value={s.id}>
              {label(s.id)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-b`}>{t('try.blind.setupB')}</label>
        <select id={`${id}-b`} value={b} onChange={(e) => setB(e.target.value)}>
          {run.setups.map((s) => (
            <option key={s.id} value={s.id}>
              {label(s.id)}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={a === b}
          onClick={() =>
            void request('tryout.blindStart', { testRunId: run.id, setupA: a, setupB: b }).then(apply)
          }
        >
          {t('try.blind.start')}
        </button>
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {view ? <p role="status">{t('try.blind.progress', { picked, total: view.items.length })}</p> : null}
      {next ? (
        <article className="blind-pair" data-testid="blind-pair">
          <p className="plain">{next.question}</p>
          <div className="columns" data-count={2}>
            <div className="column">
              <h3>{t('try.blind.first')}</h3>
              <SafeMarkdown text={next.first} />
            </div>
            <div className="column">
              <h3>{t('try.blind.second')}</h3>
              <SafeMarkdown text={next.second} />
            </div>
          </div>
          {(['first', 'tie', 'second'] as const).map((pick) => (
            <button
              key={pick}
              type="button"
              onClick={() =>
                void request('tryout.blindPick', { testRunId: run.id, caseIndex: next.caseIndex, pick }).then(
                  apply,
                )
              }
            >
              {pick === 'first'
                ? t('try.blind.pickFirst')
                : pick === 'second'
                  ? t('try.blind.pickSecond')
                  : t('try.blind.tie')}
            </button>
          ))}
        </article>
      ) : null}
      {view?.reveal ? (
        <div className="blind-result" data-testid="blind-result">
          <h3>{t('try.blind.result')}</h3>
          <ul>
            {Object.entries(view.reveal.wins).map(([setupId, count]) => (
              <li key={setupId}>{t('try.blind.wins', { name: label(setupId), count })}</li>
            ))}
            <li>{t('try.blind.ties', { count: view.reveal.ties })}</li>
          </ul>
          <ol>
            {view.reveal.writers.map((w) => (
              <li key={w.caseIndex}>
                {t('try.blind.writers', { first: label(w.first), second: label(w.second) })}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </section>
  );
}
