// Split and export: choose the proportions and a seed (the same seed always gives the same split), see
// the part sizes, then save each part as provider-ready JSONL, the whole set as CSV or Excel for editing
// elsewhere, or the whole project as one file. Files are written where the user picks in the save dialog.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  countParts,
  DEFAULT_SEED,
  ENGINE_PRESET,
  SPLIT_PRESET_IDS,
  type SplitPresetId,
} from '../../../../shared/domain/projects/split';
import { splitExamplesInSlices } from '../../../../shared/domain/dataset/split';
import type { IpcError } from '../../../../shared/ipc/errors';
import type { SplitPart } from '../../../../shared/domain/projects/types';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { Term } from '../../../components/glossary';
import { request } from '../../../ipc/client';
import { partsToLetters } from '../../../../shared/domain/projects/partLetters';
import { useNavigation } from '../../../state/navigation';
import { patchesSettled, useProject } from '../state/projectStore';

const PART_EXPORT_TEXT = {
  train: 'examples.split.exportTrain',
  validation: 'examples.split.exportValidation',
  test: 'examples.split.exportTest',
} as const satisfies Record<SplitPart, string>;
const PARTS: readonly SplitPart[] = ['train', 'validation', 'test'];

export function SplitExportPanel() {
  const { t } = useTranslation();
  const meta = useProject((s) => s.meta);
  const examples = useProject((s) => s.examples);
  const loading = useProject((s) => s.loading);
  const [preset, setPreset] = useState<SplitPresetId>(meta?.split?.preset ?? '80-10-10');
  const [seed, setSeed] = useState(meta?.split?.seed ?? DEFAULT_SEED);
  const [error, setError] = useState<IpcError | null>(null);
  const [saved, setSaved] = useState(false);
  /** Share of examples grouped so far while a split is being computed; null when none is. */
  const [splitting, setSplitting] = useState<number | null>(null);
  /** Groups of near copies the last split kept in one part (shown after it). */
  const [keptTogether, setKeptTogether] = useState<number | null>(null);
  const navigated = useNavigation((s) => s.navigated);
  const counts = useMemo(() => countParts(examples.map((e) => e.split)), [examples]);
  // Undo and redo change the split under the form: show the settings the examples now have.
  useEffect(() => {
    if (!meta?.split) return;
    setPreset(meta.split.preset);
    setSeed(meta.split.seed);
  }, [meta?.split]);
  if (!meta) return null;

  const split = async () => {
    setError(null);
    setKeptTogether(null);
    // The engine's split (seeded; exact and near copies stay in one part), the same code main runs on
    // import. Computed in slices with a frame between them: comparing near copies takes a second or two
    // at 100,000 examples. An edit made meanwhile changes the examples, so the split is computed again.
    let result;
    let examplesNow;
    do {
      examplesNow = useProject.getState().examples;
      setSplitting(0);
      result = await splitExamplesInSlices(
        examplesNow.map((e) => e.example),
        ENGINE_PRESET[preset],
        seed,
        {
          pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
          onProgress: (done, total) => setSplitting(Math.round((100 * done) / Math.max(1, total))),
        },
      );
    } while (useProject.getState().examples !== examplesNow);
    setSplitting(null);
    useProject.getState().split(partsToLetters(result.parts), { preset, seed });
    setKeptTogether(result.nearCopyGroups);
  };
  const save = async (
    run: () => Promise<{ ok: true; data: { saved: boolean } } | { ok: false; error: IpcError }>,
  ) => {
    setError(null);
    setSaved(false);
    await patchesSettled();
    const r = await run();
    if (!r.ok) setError(r.error);
    else setSaved(r.data.saved);
  };

  return (
    <div className="split">
      {error ? <ErrorMessage error={error} /> : null}
      <section aria-labelledby="split-heading">
        <h2 id="split-heading">{t('examples.split.heading')}</h2>
        <p className="muted">{t('examples.split.explain')}</p>
        <div className="row">
          <label>
            {t('examples.split.preset')}{' '}
            <select
              value={preset}
              onChange={(e) => setPreset(e.target.value as SplitPresetId)}
              data-testid="split-preset"
            >
              {SPLIT_PRESET_IDS.map((id) => (
                <option key={id} value={id}>
                  {id.replace(/-/g, ' / ')}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('examples.split.seed')}{' '}
            <input
              aria-describedby="split-seed-term"
              type="number"
              min={0}
              max={2147483647}
              value={seed}
              onChange={(e) => setSeed(Math.max(0, Math.floor(Number(e.target.value) || 0)))}
            />
          </label>
          <small id="split-seed-term" className="muted">
            <Term id="seed" />
          </small>
          <button
            type="button"
            className="primary"
            disabled={!!loading}
            // aria-disabled while it runs, not disabled: a disabled button drops focus to the page, and
            // then Ctrl+Z (undo the split) no longer reaches the workspace.
            aria-disabled={splitting !== null}
            onClick={() => splitting === null && void split()}
          >
            {t('examples.split.apply')}
          </button>
          {splitting !== null ? (
            <progress max={100} value={splitting} aria-label={t('examples.split.grouping')} />
          ) : null}
        </div>
        <p role="status" data-testid="split-counts">
          {meta.split ? t('examples.split.counts', counts) : t('examples.split.notSplit')}
        </p>
        {keptTogether !== null ? (
          <p data-testid="split-kept-together">{t('examples.split.keptTogether', { count: keptTogether })}</p>
        ) : null}
        {meta.split ? <p className="muted">{t('examples.split.testHeldOut')}</p> : null}
        {meta.split ? (
          <button type="button" onClick={() => navigated('train')} data-testid="split-next-train">
            {t('examples.split.nextTrain')}
          </button>
        ) : null}
      </section>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">{t('examples.split.exportHeading')}</h2>
        <div className="row wrap">
          {PARTS.map((part) => (
            <button
              key={part}
              type="button"
              disabled={counts[part] === 0}
              onClick={() =>
                void save(() => request('examples.export', { projectId: meta.id, part, format: 'jsonl' }))
              }
            >
              {t(PART_EXPORT_TEXT[part])}
            </button>
          ))}
          <button
            type="button"
            onClick={() =>
              void save(() => request('examples.export', { projectId: meta.id, part: 'all', format: 'csv' }))
            }
          >
            {t('examples.split.exportCsv')}
          </button>
          <button
            type="button"
            onClick={() =>
              void save(() => request('examples.export', { projectId: meta.id, part: 'all', format: 'xlsx' }))
            }
          >
            {t('examples.split.exportXlsx')}
          </button>
          <button
            type="button"
            onClick={() => void save(() => request('projects.exportFile', { id: meta.id }))}
          >
            {t('examples.split.exportProject')}
          </button>
        </div>
        <p className="muted">{t('examples.split.formulaNote')}</p>
        {saved ? (
          <p role="status" className="success" data-testid="export-saved">
            {t('examples.split.saved')}
          </p>
        ) : null}
      </section>
    </div>
  );
}
