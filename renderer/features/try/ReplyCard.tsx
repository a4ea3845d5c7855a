// One streamed reply: its text as safe markdown while it arrives, then its figures, copy and correction.
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { CopyButton } from './CopyButton';
import { CorrectionForm, type CorrectionSource } from './CorrectionForm';
import { FiguresLine } from './FiguresLine';
import { emptyRun, useTry } from './store';

export function ReplyCard({
  runId,
  correction,
  speaker,
  speakerId,
}: {
  runId: string;
  correction: Omit<CorrectionSource, 'reply'> | null;
  /** Who is answering, by friendly name (the full model id as its title); omitted where a label is already shown. */
  speaker?: string;
  speakerId?: string;
}) {
  const { t } = useTranslation();
  const run = useTry((s) => s.runs[runId]) ?? emptyRun;
  return (
    <div className="reply" data-testid="reply" data-done={run.done ? 'true' : 'false'} aria-busy={!run.done}>
      {speaker ? (
        <strong className="speaker" title={speakerId}>
          {speaker}
        </strong>
      ) : null}
      <SafeMarkdown text={run.text} />
      {!run.done ? <p className="muted">{t('try.chat.writing')}</p> : null}
      {run.stopped ? <p className="muted">{t('try.chat.stopped')}</p> : null}
      {run.error ? <ErrorMessage error={run.error} /> : null}
      {run.figures ? <FiguresLine figures={run.figures} /> : null}
      {run.done && !run.error ? (
        <div className="reply-actions">
          <CopyButton text={run.text} />
          {correction ? <CorrectionForm from={{ ...correction, reply: run.text }} /> : null}
        </div>
      ) : null}
    </div>
  );
}
