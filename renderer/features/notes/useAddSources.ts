// Every way a document reaches a collection, with one progress state: the native open dialog, files
// dropped on the collection (sent as bytes the way the Examples importer sends them: a sandboxed renderer
// never learns a path, and main reads and judges the copy itself), and pasted text. A dropped file that
// main would refuse from its name and size alone (a kind notes cannot read, empty, over its kind's limit)
// is refused here before its bytes are sent, with the same problem main would give: otherwise a 400 MB
// log would upload in full only to be refused. Main still judges every file it receives.
import { useState } from 'react';
import { notesPrecheck } from '../../../shared/domain/notes/formats';
import type { AddResult } from '../../../shared/domain/notes/types';
import type { IpcError } from '../../../shared/ipc/errors';
import { request } from '../../ipc/client';
import { uploadFile } from '../examples';

export type AddProgress =
  | { kind: 'choosing' }
  | { kind: 'sending'; file: string; index: number; count: number; percent: number }
  | { kind: 'reading'; file: string };

type Reply = { ok: true; data: AddResult } | { ok: false; error: IpcError };

export function useAddSources(
  projectId: string,
  collectionId: string,
  onAdded: (reply: Reply) => Promise<void> | void,
) {
  const [progress, setProgress] = useState<AddProgress | null>(null);
  const target = { projectId, collectionId };

  const run = async (work: () => Promise<Reply | null>): Promise<Reply | null> => {
    try {
      const reply = await work();
      if (reply) await onAdded(reply);
      return reply;
    } finally {
      setProgress(null);
    }
  };

  // Busy from the click on: until main has read the chosen file, a second click would add a second file
  // whose answer could arrive first and replace this one's problems.
  const pick = () =>
    run(async () => {
      setProgress({ kind: 'choosing' });
      const r = await request('notes.addFile', target);
      if (r.ok && r.data === null) return null; // the dialog was cancelled
      return r.ok ? { ok: true, data: r.data ?? { added: [], problems: [] } } : r;
    });

  /** Files one by one; one that main would refuse by its name or size is not sent, and the others still are. */
  const drop = (files: readonly File[]) =>
    run(async () => {
      const merged: AddResult = { added: [], problems: [] };
      for (const [i, file] of files.entries()) {
        const refused = notesPrecheck(file.name, file.size);
        if (refused) {
          merged.problems.push(refused);
          continue;
        }
        const step = { file: file.name, index: i + 1, count: files.length };
        setProgress({ kind: 'sending', ...step, percent: 0 });
        const sent = await uploadFile(file, (done, total) =>
          setProgress({ kind: 'sending', ...step, percent: total ? Math.round((done / total) * 100) : 100 }),
        );
        if (!sent.ok) return sent;
        setProgress({ kind: 'reading', file: file.name });
        const r = await request('notes.addUpload', { ...target, token: sent.data.token });
        if (!r.ok) return r;
        merged.added.push(...r.data.added);
        merged.problems.push(...r.data.problems);
      }
      return { ok: true, data: merged };
    });

  const paste = (name: string, text: string) =>
    run(async () => {
      setProgress({ kind: 'reading', file: name });
      return request('notes.addText', { ...target, name, text });
    });

  return { progress, pick, drop, paste };
}
