// One example as a conversation: each turn has a role and its text, and can be moved up or down or
// removed; turns can be added. Every change is one undoable edit; typing in one field merges into one.
// Each turn is its own memoized component with callbacks that stay the same while this example is shown,
// so a keystroke re-renders the turn being typed in, not every turn's labels, buttons and role menu.
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { langFor } from '../../../components/textLang';
import type { ChatMessage, ChatRole } from '../../../../shared/domain/chat';
import type { ProjectExample, ProjectIssue, ProjectMeta } from '../../../../shared/domain/projects/types';
import { useProject } from '../state/projectStore';
import { IssueItem } from '../checks/IssueItem';
import { originOf, whereInFile } from '../checks/origin';
import { fedBySeveralFiles } from '../../../../shared/domain/projects/origin';
import { EDITABLE_ROLES, ROLE_TEXT } from './roleText';

const PROVENANCE_TEXT = {
  imported: 'examples.editor.provenanceImported',
  sample: 'examples.editor.provenanceSample',
  added: 'examples.editor.provenanceAdded',
  'corrected-from-try': 'examples.editor.provenanceCorrected',
} as const satisfies Record<ProjectExample['provenance'], string>;

interface Props {
  item: ProjectExample;
  position: number;
  issues: ProjectIssue[];
}

/** " · row 3 of the spreadsheet", or " · file “b.csv”, row 3" once several files fed the project. */
function whereText(
  say: Parameters<typeof whereInFile>[0],
  item: ProjectExample,
  meta: ProjectMeta,
): string | null {
  const origin = originOf(item, meta, fedBySeveralFiles(meta));
  const where = whereInFile(say, origin.sourceLine, origin.sourceKind, origin.sourceFile);
  return where ? ' · ' + where : null;
}

/** The example as the store has it now (the props may be one render behind a fast typist). */
function currentExample(id: string): ProjectExample | undefined {
  const { examples, positions } = useProject.getState();
  const at = positions.get(id);
  return at === undefined ? undefined : examples[at];
}

export function ConversationEditor({ item, position, issues }: Props) {
  const { t } = useTranslation();
  const edit = useProject((s) => s.edit);
  const meta = useProject((s) => s.meta);
  const id = item.id;
  const messages = item.example.messages;
  /** Replaces this example's turns with what `next` makes of the current ones: one undoable edit. */
  const change = useCallback(
    (next: (messages: ChatMessage[]) => ChatMessage[], mergeKey?: string) => {
      const current = currentExample(id);
      if (!current) return;
      const example = { ...current.example, messages: next(current.example.messages) };
      edit({ update: [{ ...current, example }] }, mergeKey);
    },
    [id, edit],
  );
  const setTurn = useCallback(
    (index: number, patch: Partial<ChatMessage>, mergeKey?: string) =>
      change((all) => all.map((m, i) => (i === index ? { ...m, ...patch } : m)), mergeKey),
    [change],
  );
  const move = useCallback(
    (index: number, by: -1 | 1) =>
      change((all) => {
        const next = [...all];
        const [moved] = next.splice(index, 1);
        if (moved) next.splice(index + by, 0, moved);
        return next;
      }),
    [change],
  );
  const removeTurn = useCallback(
    (index: number) => change((all) => all.filter((_, j) => j !== index)),
    [change],
  );
  const addTurn = () =>
    change((all) => [
      ...all,
      { role: all[all.length - 1]?.role === 'user' ? 'assistant' : 'user', content: '' },
    ]);
  const remove = () => {
    const { examples: all, positions } = useProject.getState();
    const at = positions.get(id) ?? -1;
    const neighbour = all[at + 1] ?? all[at - 1];
    edit({ remove: [id] });
    useProject.getState().selected(neighbour?.id ?? null);
  };

  return (
    <section
      className="conversation"
      aria-labelledby="conversation-heading"
      data-testid="conversation-editor"
    >
      <div className="row spread">
        <h2 id="conversation-heading">{t('examples.editor.heading', { n: position })}</h2>
        <button type="button" onClick={remove}>
          {t('examples.editor.removeExample')}
        </button>
      </div>
      <p className="muted">
        {t(PROVENANCE_TEXT[item.provenance])}
        {meta ? whereText((key, values) => t(key as never, values), item, meta) : null}
      </p>
      {issues.length > 0 ? (
        <ul className="issue-list" aria-label={t('examples.editor.issuesHere')}>
          {issues.map((issue, i) => (
            <li key={i}>
              <IssueItem issue={issue} />
            </li>
          ))}
        </ul>
      ) : null}
      <ol className="turns">
        {messages.map((m, i) => (
          <TurnEditor
            key={i}
            exampleId={id}
            message={m}
            index={i}
            last={i === messages.length - 1}
            onSet={setTurn}
            onMove={move}
            onRemove={removeTurn}
          />
        ))}
      </ol>
      <button type="button" onClick={addTurn}>
        {t('examples.editor.addTurn')}
      </button>
    </section>
  );
}

interface TurnProps {
  exampleId: string;
  message: ChatMessage;
  index: number;
  last: boolean;
  onSet(index: number, patch: Partial<ChatMessage>, mergeKey?: string): void;
  onMove(index: number, by: -1 | 1): void;
  onRemove(index: number): void;
}

const TurnEditor = memo(function TurnEditor({
  exampleId,
  message: m,
  index: i,
  last,
  onSet,
  onMove,
  onRemove,
}: TurnProps) {
  const { t, i18n } = useTranslation();
  return (
    <li className={`turn turn-${m.role}`}>
      <div className="row">
        <label>
          {t('examples.editor.role', { n: i + 1 })}{' '}
          <select value={m.role} onChange={(e) => onSet(i, { role: e.target.value as ChatRole })}>
            {EDITABLE_ROLES.map((role) => (
              <option key={role} value={role}>
                {t(ROLE_TEXT[role])}
              </option>
            ))}
            {EDITABLE_ROLES.includes(m.role as (typeof EDITABLE_ROLES)[number]) ? null : (
              <option value={m.role}>{t(ROLE_TEXT[m.role])}</option>
            )}
          </select>
        </label>
        <button
          type="button"
          disabled={i === 0}
          onClick={() => onMove(i, -1)}
          aria-label={`${t('examples.editor.moveUp')} ${i + 1}`}
        >
          {t('examples.editor.moveUp')}
        </button>
        <button
          type="button"
          disabled={last}
          onClick={() => onMove(i, 1)}
          aria-label={`${t('examples.editor.moveDown')} ${i + 1}`}
        >
          {t('examples.editor.moveDown')}
        </button>
        <button
          type="button"
          onClick={() => onRemove(i)}
          aria-label={`${t('examples.editor.removeTurn')} ${i + 1}`}
        >
          {t('examples.editor.removeTurn')}
        </button>
      </div>
      <textarea
        aria-label={t('examples.editor.turnText', { n: i + 1, role: t(ROLE_TEXT[m.role]) })}
        value={m.content ?? ''}
        lang={langFor(m.content ?? '', i18n.language)}
        rows={Math.min(12, Math.max(2, (m.content ?? '').split('\n').length + 1))}
        onChange={(e) => onSet(i, { content: e.target.value }, `${exampleId}:${i}:content`)}
      />
    </li>
  );
});
