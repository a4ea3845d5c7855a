// The notes collection a "base model + notes" set-up searches; lists the project's collections.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectionView } from '../../../shared/domain/notes/types';
import { request } from '../../ipc/client';

export function NotesCollectionPicker(props: {
  projectId: string | null;
  value: string | null;
  onChange(collectionId: string | null): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { projectId, value, onChange } = props;
  const [collections, setCollections] = useState<CollectionView[]>([]);
  // The latest value and callback, read after the list arrives without refetching on every render.
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };
  useEffect(() => {
    if (!projectId) return;
    void request('notes.list', { projectId }).then((r) => {
      if (!r.ok) return;
      setCollections(r.data);
      // A new notes set-up takes the first collection, so it works without another click.
      if (latest.current.value === null && r.data[0]) latest.current.onChange(r.data[0].id);
    });
  }, [projectId]);
  if (collections.length === 0) return <p className="muted">{t('notes.noCollections')}</p>;
  return (
    <>
      <label htmlFor={id}>{t('notes.collectionPick')}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        {collections.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
    </>
  );
}
