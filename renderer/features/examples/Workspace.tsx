// One open project: its name, save state, undo/redo, and four tabs (edit, checks, stats and cost, split
// and export). "Add examples" opens the import panel over the tabs. Ctrl/Cmd+Z and Shift+Ctrl/Cmd+Z undo
// and redo anywhere in the workspace.
import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { request } from '../../ipc/client';
import { useHistory } from './state/history';
import { useProject } from './state/projectStore';
import { useAutoRecheck } from './state/useAutoRecheck';
import { ImportPanel } from './import/ImportPanel';
import { Editor } from './editor/Editor';
import { ChecksPanel } from './checks/ChecksPanel';
import { StatsPanel } from './stats/StatsPanel';
import { SplitExportPanel } from './split/SplitExportPanel';
import { moveTabByKey } from '../../components/tabKeys';
import { requestExamplesTab, requestedExamplesTab } from '../../state/examplesTab';

type Tab = 'edit' | 'checks' | 'stats' | 'split';
const TABS: readonly Tab[] = ['edit', 'checks', 'stats', 'split'];

export function Workspace() {
  const { t } = useTranslation();
  const meta = useProject((s) => s.meta);
  const save = useProject((s) => s.save);
  const error = useProject((s) => s.error);
  const recovered = useProject((s) => s.recovered);
  const setAside = useProject((s) => s.setAside);
  const loading = useProject((s) => s.loading);
  const canUndo = useHistory((s) => s.past.length > 0);
  const canRedo = useHistory((s) => s.future.length > 0);
  // Train's confirmation can send the user straight to the Checks tab.
  const [tab, setTab] = useState<Tab>(() => requestedExamplesTab() ?? 'edit');
  useEffect(() => requestExamplesTab(null), []);
  const [importing, setImporting] = useState(meta?.exampleCount === 0);
  const [name, setName] = useState(meta?.name ?? '');
  useEffect(() => setName(meta?.name ?? ''), [meta?.name]);
  useAutoRecheck();
  if (!meta) return null;

  const tabLabel: Record<Tab, string> = {
    edit: t('examples.workspace.tabEdit'),
    checks: t('examples.workspace.tabChecks'),
    stats: t('examples.workspace.tabStats'),
    split: t('examples.workspace.tabSplit'),
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.key.toLowerCase() !== 'z') return;
    e.preventDefault();
    if (e.shiftKey) useProject.getState().redo();
    else useProject.getState().undo();
  };
  const rename = async () => {
    const trimmed = name.trim();
    if (!trimmed || trimmed === meta.name) return setName(meta.name);
    const r = await request('projects.rename', { id: meta.id, name: trimmed });
    if (r.ok) useProject.getState().metaChanged(r.data);
  };
  const close = async () => {
    await request('projects.flush', { id: meta.id });
    useProject.getState().closed();
  };

  return (
    <div className="workspace" onKeyDown={onKeyDown}>
      <div className="workspace-bar row">
        <button type="button" onClick={() => void close()}>
          {t('examples.workspace.back')}
        </button>
        <label className="project-name">
          <span className="visually-hidden">{t('examples.workspace.nameLabel')}</span>
          <input
            value={name}
            maxLength={200}
            onChange={(e) => setName(e.target.value)}
            onBlur={() => void rename()}
          />
        </label>
        <span className="muted" role="status" data-testid="save-state">
          {save === 'saving'
            ? t('examples.workspace.saving')
            : save === 'saved'
              ? t('examples.workspace.saved')
              : null}
        </span>
        <button
          type="button"
          disabled={!canUndo}
          onClick={() => useProject.getState().undo()}
          aria-keyshortcuts="Control+Z"
        >
          {t('examples.workspace.undo')}
        </button>
        <button
          type="button"
          disabled={!canRedo}
          onClick={() => useProject.getState().redo()}
          aria-keyshortcuts="Control+Shift+Z"
        >
          {t('examples.workspace.redo')}
        </button>
        <button type="button" className="primary" onClick={() => setImporting(true)}>
          {t('examples.workspace.addExamples')}
        </button>
      </div>
      {save === 'failed' && error ? <ErrorMessage error={error} /> : null}
      {recovered ? (
        <p role="status" className="notice">
          {recovered === 'examples_restored_from_backup'
            ? t('examples.workspace.recoveredBackup')
            : recovered === 'examples_partly_set_aside'
              ? t('examples.workspace.recoveredPartly', { count: setAside })
              : t('examples.workspace.recoveredReset')}
        </p>
      ) : null}
      {loading ? (
        // The first rows are already on screen; the rest of a large project follows page by page.
        <div className="loading-examples" role="status">
          <label>
            {t('examples.workspace.loadingExamples', { loaded: loading.loaded, total: loading.total })}{' '}
            <progress max={loading.total} value={loading.loaded} />
          </label>
        </div>
      ) : null}
      {importing ? <ImportPanel onClose={() => setImporting(false)} /> : null}
      <div role="tablist" aria-label={meta.name} className="tabs">
        {TABS.map((id) => (
          <button
            key={id}
            id={`examples-tab-${id}`}
            role="tab"
            type="button"
            aria-selected={tab === id}
            aria-controls={`examples-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(e) => moveTabByKey(e, TABS, tab, setTab, (t) => `examples-tab-${t}`)}
          >
            {tabLabel[id]}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`examples-panel-${tab}`}
        aria-labelledby={`examples-tab-${tab}`}
        className="tab-panel"
      >
        {tab === 'edit' ? <Editor /> : null}
        {tab === 'checks' ? (
          <ChecksPanel
            onShowExample={() => setTab('edit')}
            dismissImportProblems={(projectId) => request('examples.dismissImportProblems', { projectId })}
          />
        ) : null}
        {tab === 'stats' ? <StatsPanel /> : null}
        {tab === 'split' ? <SplitExportPanel /> : null}
      </div>
    </div>
  );
}
