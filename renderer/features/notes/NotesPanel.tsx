// The Notes tab of a project (issue 16): collections of the user's documents, added through the native
// open dialog or from the project's own examples, each with its passage count, the documents that could
// not be read (one translated sentence each, saying what to do), and preparing them for search.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionView, NotesProblem } from '../../../shared/domain/notes/types';
import type { IpcError } from '../../../shared/ipc/errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { request } from '../../ipc/client';
import { EmbedSection } from './EmbedSection';
import { formatCount } from './format';
import { PROBLEM_TEXT } from './problemText';

export function NotesPanel({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const [collections, setCollections] = useState<CollectionView[] | null>(null);
  const [problems, setProblems] = useState<NotesProblem[]>([]);
  const [error, setError] = useState<IpcError | null>(null);
  const [name, setName] = useState('');
  const lang = i18n.language;

  const reload = useCallback(async () => {
    const r = await request('notes.list', { projectId });
    if (r.ok) setCollections(r.data);
    else setError(r.error);
  }, [projectId]);
  useEffect(() => void reload(), [reload]);

  const create = async () => {
    const r = await request('notes.create', { projectId, name: name.trim() || t('notes.defaultName') });
    if (r.ok) await reload();
    else setError(r.error);
  };
  const added = async (r: Awaited<ReturnType<typeof request<'notes.addExamples'>>>) => {
    if (!r.ok) return setError(r.error);
    setError(null);
    setProblems(r.data.problems);
    await reload();
  };
  const addFile = async (collectionId: string) => {
    const r = await request('notes.addFile', { projectId, collectionId });
    if (r.ok && r.data === null) return; // the dialog was cancelled
    await added(r.ok ? { ok: true, data: r.data ?? { added: [], problems: [] } } : r);
  };
  const addExamples = async (collectionId: string) =>
    added(await request('notes.addExamples', { projectId, collectionId, name: t('notes.examplesSource') }));

  if (collections === null) return error ? <ErrorMessage error={error} /> : null;
  return (
    <section className="notes-panel" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.title')}</h2>
      <p className="muted">{t('notes.intro')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      {problems.map((p, i) => (
        <p key={`${p.file}-${i}`} role="alert" className="notice">
          {t(PROBLEM_TEXT[p.code], { file: p.file, ...(p.params ?? {}) })}
        </p>
      ))}
      {collections.map((c) => (
        <div key={c.id} className="notes-collection" data-testid="notes-collection">
          <h3>{c.name}</h3>
          <p role="status">
            {t('notes.passages', {
              count: formatCount(c.passages, lang),
              sources: formatCount(c.sources.length, lang),
            })}
            {' · '}
            {t('notes.embedded', {
              done: formatCount(c.embedded, lang),
              total: formatCount(c.passages, lang),
            })}
          </p>
          {c.sources.length === 0 ? <p className="muted">{t('notes.empty')}</p> : null}
          <ul>
            {c.sources.map((s) => (
              <li key={s.id}>
                {t('notes.sourceLine', { name: s.name, count: formatCount(s.passages, lang) })}
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" onClick={() => void addFile(c.id)}>
              {t('notes.addFiles')}
            </button>
            <button type="button" onClick={() => void addExamples(c.id)}>
              {t('notes.addExamples')}
            </button>
          </div>
          <p className="muted">{t('notes.formats')}</p>
          {c.passages > 0 ? (
            <EmbedSection projectId={projectId} collectionId={c.id} onChanged={() => void reload()} />
          ) : null}
        </div>
      ))}
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label>
          {t('notes.collectionName')}{' '}
          <input
            value={name}
            maxLength={200}
            placeholder={t('notes.defaultName')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit">
          {collections.length === 0 ? t('notes.create') : t('notes.newCollection')}
        </button>
      </form>
    </section>
  );
}
