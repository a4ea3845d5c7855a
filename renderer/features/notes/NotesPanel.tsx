// The Notes tab of a project (issue 16): collections of the user's documents (CollectionCard: added by
// open dialog, drop or paste, or from the project's own examples), the documents that could not be read
// (one translated sentence each, saying what to do), and a new collection.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddResult, CollectionView, NotesProblem } from '../../../shared/domain/notes/types';
import type { IpcError } from '../../../shared/ipc/errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { request } from '../../ipc/client';
import { CollectionCard } from './CollectionCard';
import { PROBLEM_TEXT } from './problemText';

export function NotesPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const [collections, setCollections] = useState<CollectionView[] | null>(null);
  const [problems, setProblems] = useState<NotesProblem[]>([]);
  const [error, setError] = useState<IpcError | null>(null);
  const [name, setName] = useState('');

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
  // Whatever was added is listed again even when a later file failed: main keeps each file it took.
  const added = async (r: { ok: true; data: AddResult } | { ok: false; error: IpcError }) => {
    if (r.ok) {
      setError(null);
      setProblems(r.data.problems);
    } else setError(r.error);
    await reload();
  };

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
      {collections.length === 0 ? <p className="muted">{t('notes.noCollectionsYet')}</p> : null}
      {collections.map((c) => (
        <CollectionCard
          key={c.id}
          projectId={projectId}
          collection={c}
          onAdded={added}
          onError={setError}
          onChanged={reload}
        />
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
