// The Train page: runs on the left (newest first, imported ones too), and on the right either the start
// flow (settings → cost confirmation) or the open run's job view. Main pushes `jobs.changed` as jobs
// move; this page only mirrors it, so a reload or a restart shows exactly what main stored.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunSettings } from '../../../shared/domain/training/plan';
import type { IpcError } from '../../../shared/ipc/errors';
import { EmptyState } from '../../components/EmptyState';
import { ErrorMessage } from '../../components/ErrorMessage';
import { focusPageHeading } from '../../components/focus';
import { request } from '../../ipc/client';
import { JobView } from './job/JobView';
import { RunList } from './RunList';
import { CostConfirm } from './start/CostConfirm';
import { StartForm } from './start/StartForm';
import { followRuns, loadRuns, useTrain } from './store';
import './train.css';

export function TrainPage() {
  const { t } = useTranslation();
  const byId = useTrain((s) => s.byId);
  const loaded = useTrain((s) => s.loaded);
  const view = useTrain((s) => s.view);
  const viewChosen = useTrain((s) => s.viewChosen);
  const runsLoaded = useTrain((s) => s.runsLoaded);
  const [planned, setPlanned] = useState<RunSettings | null>(null);
  const [draft, setDraft] = useState<RunSettings | null>(null);
  const [importError, setImportError] = useState<IpcError | null>(null);
  const [importing, setImporting] = useState(false);
  const runs = useMemo(() => Object.values(byId).sort((a, b) => b.createdAt - a.createdAt), [byId]);

  useEffect(() => {
    followRuns();
    void loadRuns();
  }, []);

  const importJobs = async () => {
    setImporting(true);
    setImportError(null);
    const result = await request('jobs.import', {});
    setImporting(false);
    if (result.ok) runsLoaded(result.data);
    else setImportError(result.error);
  };

  const openRun = view.kind === 'run' ? byId[view.runId] : undefined;
  return (
    <div className="train-page">
      <div className="train-head">
        <h1>{t('pages.train.title')}</h1>
        <div className="actions">
          <button
            type="button"
            className="primary"
            onClick={() => {
              setPlanned(null);
              viewChosen({ kind: 'start' });
            }}
            data-testid="train-new"
          >
            {t('train.list.new')}
          </button>
          <button
            type="button"
            onClick={() => void importJobs()}
            disabled={importing}
            data-testid="train-import"
          >
            {t('train.list.import')}
          </button>
        </div>
      </div>
      {importError ? <ErrorMessage error={importError} /> : null}
      <div className="train-layout">
        {runs.length > 0 ? (
          <RunList
            runs={runs}
            selected={view.kind === 'run' ? view.runId : null}
            onOpen={(runId) => viewChosen({ kind: 'run', runId })}
          />
        ) : null}
        <div className="train-main">
          {view.kind === 'start' && !planned ? (
            <StartForm
              initial={draft}
              onPlanned={(settings) => {
                setDraft(settings);
                setPlanned(settings);
              }}
              onCancel={() => viewChosen({ kind: 'list' })}
            />
          ) : null}
          {view.kind === 'start' && planned ? (
            <CostConfirm
              settings={planned}
              onBack={() => {
                setPlanned(null);
                focusPageHeading('#train-start-title'); // "Back" goes away with the confirmation (issue 20)
              }}
              onStarted={(run) => {
                useTrain.getState().runChanged(run);
                setPlanned(null);
                viewChosen({ kind: 'run', runId: run.id });
              }}
            />
          ) : null}
          {openRun ? <JobView run={openRun} /> : null}
          {view.kind === 'list' && loaded && runs.length === 0 ? (
            <EmptyState title={t('pages.train.emptyTitle')} body={t('pages.train.emptyBody')} />
          ) : null}
          {view.kind === 'list' && runs.length > 0 ? <p className="muted">{t('train.list.pick')}</p> : null}
        </div>
      </div>
    </div>
  );
}
