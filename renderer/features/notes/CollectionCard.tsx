// One notes collection: its documents (each removable, with Undo), the ways to add more (open dialog,
// drop, paste) with their progress, and preparing the passages for search.
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AddResult, CollectionView, NoteSourceView } from '../../../shared/domain/notes/types';
import type { IpcError } from '../../../shared/ipc/errors';
import { request } from '../../ipc/client';
import { EmbedSection } from './EmbedSection';
import { formatCount } from './format';
import { PasteForm } from './PasteForm';
import { useAddSources, type AddProgress } from './useAddSources';

type Reply = { ok: true; data: AddResult } | { ok: false; error: IpcError };

export function CollectionCard(props: {
  projectId: string;
  collection: CollectionView;
  onAdded(reply: Reply): Promise<void> | void;
  onError(error: IpcError): void;
  onChanged(): Promise<void> | void;
}) {
  const { t, i18n } = useTranslation();
  const { projectId, collection: c, onAdded, onError, onChanged } = props;
  const lang = i18n.language;
  const target = { projectId, collectionId: c.id };
  const adder = useAddSources(projectId, c.id, onAdded);
  const [removed, setRemoved] = useState<NoteSourceView | null>(null);
  const [dragging, setDragging] = useState(false);

  const remove = async (source: NoteSourceView) => {
    const r = await request('notes.removeSource', { ...target, sourceId: source.id });
    if (!r.ok) return onError(r.error);
    setRemoved(source);
    await onChanged();
  };
  const undo = async () => {
    if (!removed) return;
    const r = await request('notes.restoreSource', { ...target, sourceId: removed.id });
    setRemoved(null);
    if (!r.ok) return onError(r.error);
    await onChanged();
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    const files = [...e.dataTransfer.files];
    if (files.length > 0 && !adder.progress) void adder.drop(files);
  };

  return (
    <div className="notes-collection" data-testid="notes-collection">
      <h3>{c.name}</h3>
      <p role="status">
        {t('notes.passages', {
          count: formatCount(c.passages, lang),
          sources: formatCount(c.sources.length, lang),
        })}
        {' · '}
        {t('notes.embedded', { done: formatCount(c.embedded, lang), total: formatCount(c.passages, lang) })}
      </p>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="notes-drop"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        {c.sources.length === 0 ? <p className="muted">{t('notes.empty')}</p> : null}
        <ul>
          {c.sources.map((s) => (
            <li key={s.id}>
              {t('notes.sourceLine', { name: s.name, count: formatCount(s.passages, lang) })}{' '}
              <button
                type="button"
                className="link"
                aria-label={t('notes.removeLabel', { name: s.name })}
                onClick={() => void remove(s)}
              >
                {t('notes.remove')}
              </button>
            </li>
          ))}
        </ul>
        {adder.progress && adder.progress.kind !== 'choosing' ? (
          <Progress progress={adder.progress} />
        ) : (
          <p className="muted">{t('notes.dropHere')}</p>
        )}
      </div>
      {removed ? (
        <p role="status" className="notice">
          {t('notes.removed', { name: removed.name })}{' '}
          <button type="button" onClick={() => void undo()}>
            {t('notes.undo')}
          </button>
        </p>
      ) : null}
      <div className="row">
        <button type="button" disabled={adder.progress !== null} onClick={() => void adder.pick()}>
          {t('notes.addFiles')}
        </button>
        <button
          type="button"
          disabled={adder.progress !== null}
          onClick={() =>
            void request('notes.addExamples', { ...target, name: t('notes.examplesSource') }).then(onAdded)
          }
        >
          {t('notes.addExamples')}
        </button>
      </div>
      <PasteForm
        busy={adder.progress !== null}
        onAdd={async (name, text) => {
          const r = await adder.paste(name, text);
          return r !== null && r.ok && r.data.problems.length === 0;
        }}
      />
      <p className="muted">{t('notes.formats')}</p>
      {c.passages > 0 ? (
        <EmbedSection projectId={projectId} collectionId={c.id} onChanged={() => void onChanged()} />
      ) : null}
    </div>
  );
}

function Progress({ progress }: { progress: Exclude<AddProgress, { kind: 'choosing' }> }) {
  const { t } = useTranslation();
  if (progress.kind === 'reading') return <p role="status">{t('notes.adding', { file: progress.file })}</p>;
  const label = t('notes.uploading', progress);
  return (
    <p role="status">
      <label>
        {label} <progress max={100} value={progress.percent} />
      </label>
    </p>
  );
}
