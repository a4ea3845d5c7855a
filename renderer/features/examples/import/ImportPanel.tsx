// Bringing examples in: a file from the native dialog, a dropped file, or pasted Q&A text; then a preview
// with the text encoding (asked for when the engine is unsure) and, for spreadsheets, which column holds
// what; then the import itself with progress and cancel. The user's file is only ever read.
import { useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../../shared/ipc/errors';
import type { ColumnMapping } from '../../../../shared/domain/dataset/columns';
import type { DatasetIssue } from '../../../../shared/domain/dataset/codes';
import { ENCODING_CONFIDENT, type EncodingName } from '../../../../shared/domain/dataset/report';
import type { ImportPreview, SourceFileInfo } from '../../../../shared/ipc/schemas/examples';
import { request } from '../../../ipc/client';
import { useProject } from '../state/projectStore';
import { useTaskProgress } from '../state/useTaskProgress';
import { IssueItem } from '../checks/IssueItem';
import { sourceKindOf, type SourceKind } from '../checks/issueText';
import { ImportError } from './ImportError';
import { ColumnMappingForm } from './ColumnMappingForm';
import { PreviewList } from './PreviewList';
import { uploadFile } from './upload';

const ENCODINGS: readonly EncodingName[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5'];
const TABLES = new Set(['csv', 'tsv', 'xlsx']);
const SHOWN_READ_ISSUES = 50;

export function ImportPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const meta = useProject((s) => s.meta);
  const hasExamples = useProject((s) => s.examples.length > 0);
  const [source, setSource] = useState<SourceFileInfo | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [encoding, setEncoding] = useState<EncodingName | undefined>();
  const [mapping, setMapping] = useState<ColumnMapping | undefined>();
  const [hasHeader, setHasHeader] = useState<boolean | undefined>();
  const [paste, setPaste] = useState('');
  const [uploadPercent, setUploadPercent] = useState<number | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [done, setDone] = useState<{
    imported: number;
    skipped: number;
    issues: DatasetIssue[];
    issueCount: number;
    sourceKind: SourceKind;
  } | null>(null);
  const task = useTaskProgress();

  useEffect(() => {
    if (!source) return;
    let current = true;
    void request('examples.preview', { token: source.token, encoding, mapping, hasHeader }).then((r) => {
      if (!current) return;
      if (r.ok) {
        setPreview(r.data);
        setError(null);
      } else setError(r.error);
    });
    return () => {
      current = false;
    };
  }, [source, encoding, mapping, hasHeader]);

  const chosen = (r: { ok: true; data: SourceFileInfo | null } | { ok: false; error: IpcError }) => {
    if (!r.ok) return setError(r.error);
    if (!r.data) return;
    setError(null);
    setDone(null);
    setPreview(null);
    setEncoding(undefined);
    setMapping(undefined);
    setHasHeader(undefined);
    setSource(r.data);
  };
  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (!file) return;
    setUploadPercent(0);
    const r = await uploadFile(file, (sent, total) =>
      setUploadPercent(total ? Math.round((sent / total) * 100) : 100),
    );
    setUploadPercent(null);
    chosen(r);
  };
  const runImport = async (mode: 'append' | 'replace') => {
    if (!source || !meta) return;
    const r = await task.run('import', (taskId) =>
      request('examples.import', {
        token: source.token,
        taskId,
        encoding,
        mapping,
        hasHeader,
        projectId: meta.id,
        mode,
      }),
    );
    if (!r.ok) return setError(r.error);
    useProject.getState().opened(r.data.project);
    const { imported, skipped, issues, issueCount } = r.data;
    setDone({ imported, skipped, issues, issueCount, sourceKind: sourceKindOf(preview?.format) });
    setSource(null);
    setPreview(null);
  };

  const uncertain =
    preview && preview.encoding.confidence < ENCODING_CONFIDENT && preview.encoding.basis !== 'user';
  const isTable = preview ? TABLES.has(preview.format) : false;
  const canImport = preview && preview.examples.length > 0 && !task.running;

  return (
    <section className="import-panel card" aria-labelledby="import-heading">
      <div className="row spread">
        <h2 id="import-heading">{t('examples.import.heading')}</h2>
        <button type="button" onClick={onClose}>
          {t('examples.import.close')}
        </button>
      </div>
      <p className="muted">{t('examples.import.sourceUnchanged')}</p>
      {error ? <ImportError error={error} /> : null}
      {done ? (
        <p role="status" className="success" data-testid="import-done">
          {t('examples.import.imported', { count: done.imported })}{' '}
          {done.skipped > 0 ? t('examples.import.skipped', { count: done.skipped }) : null}
        </p>
      ) : null}
      {done && done.issues.length > 0 ? (
        // Everything the reader met in the whole file (the preview saw only its start), by line and byte.
        <div data-testid="import-issues">
          <h3>{t('examples.import.readIssues')}</h3>
          <ul className="issue-list">
            {done.issues.slice(0, SHOWN_READ_ISSUES).map((issue, i) => (
              <li key={i}>
                <IssueItem issue={issue} sourceLine={issue.line} sourceKind={done.sourceKind} />
              </li>
            ))}
          </ul>
          {done.issueCount > SHOWN_READ_ISSUES ? (
            <p className="muted">
              {t('examples.import.moreIssues', { count: done.issueCount - SHOWN_READ_ISSUES })}
            </p>
          ) : null}
        </div>
      ) : null}

      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => void request('examples.pickFile', {}).then(chosen)}
        >
          {t('examples.import.pick')}
        </button>
      </div>
      <div
        className="drop-zone"
        data-testid="drop-zone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => void onDrop(e)}
      >
        {uploadPercent !== null ? (
          <progress
            max={100}
            value={uploadPercent}
            aria-label={t('examples.import.uploading', { percent: uploadPercent })}
          />
        ) : (
          t('examples.import.dropHere')
        )}
      </div>
      <details>
        <summary>{t('examples.import.pasteLabel')}</summary>
        <p className="muted">{t('examples.import.pasteHint')}</p>
        <textarea
          rows={6}
          value={paste}
          aria-label={t('examples.import.pasteLabel')}
          onChange={(e) => setPaste(e.target.value)}
        />
        <button
          type="button"
          disabled={!paste.trim()}
          onClick={() => void request('examples.pasteText', { text: paste }).then(chosen)}
        >
          {t('examples.import.pasteUse')}
        </button>
      </details>

      {preview ? (
        <div className="import-preview" data-testid="import-preview">
          <h3>
            {t('examples.import.fileInfo', {
              name: preview.fileName,
              kb: Math.max(1, Math.round(preview.bytes / 1024)),
            })}
          </h3>
          {uncertain ? (
            <p role="status" className="notice">
              {t('examples.import.encodingUncertain', {
                encoding: preview.encoding.encoding,
                confidence: preview.encoding.confidence,
              })}
            </p>
          ) : null}
          {preview.format !== 'xlsx' ? (
            <label>
              {t('examples.import.encodingLabel')}{' '}
              <select
                value={encoding ?? preview.encoding.encoding}
                onChange={(e) => setEncoding(e.target.value as EncodingName)}
              >
                {ENCODINGS.map((name) => (
                  <option key={name} value={name}>
                    {name.toUpperCase()}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {isTable ? (
            <ColumnMappingForm
              preview={preview}
              mapping={mapping ?? preview.columns?.mapping ?? undefined}
              hasHeader={hasHeader ?? preview.columns?.headerRecognized ?? true}
              onMapping={setMapping}
              onHasHeader={setHasHeader}
            />
          ) : null}
          <PreviewList examples={preview.examples} />
          {preview.issues.length > 0 ? (
            <div>
              <h4>{t('examples.import.readIssues')}</h4>
              <ul className="issue-list">
                {preview.issues.slice(0, 20).map((issue, i) => (
                  <li key={i}>
                    <IssueItem
                      issue={issue}
                      sourceLine={issue.line}
                      sourceKind={sourceKindOf(preview.format)}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={!canImport}
              onClick={() => void runImport('append')}
            >
              {hasExamples ? t('examples.import.importAppend') : t('examples.import.importStart')}
            </button>
            {hasExamples ? (
              <button type="button" disabled={!canImport} onClick={() => void runImport('replace')}>
                {t('examples.import.importReplace')}
              </button>
            ) : null}
          </div>
        </div>
      ) : null}
      {task.running ? (
        <div className="row" role="status">
          <progress
            max={100}
            value={task.percent}
            aria-label={t('examples.import.importing', { percent: task.percent })}
          />
          <span>{t('examples.import.importing', { percent: task.percent })}</span>
          <button type="button" onClick={task.cancel}>
            {t('examples.import.cancel')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
