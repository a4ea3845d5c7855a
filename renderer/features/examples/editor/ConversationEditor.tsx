// One example as a conversation: each turn has a role and its text, and can be moved up or down or
// removed; turns can be added. Every change is one undoable edit; typing in one field merges into one.
import { useTranslation } from 'react-i18next';
import type { ChatMessage, ChatRole } from '../../../../shared/domain/chat';
import type { ProjectExample, ProjectIssue } from '../../../../shared/domain/projects/types';
import { useProject } from '../state/projectStore';
import { IssueItem } from '../checks/IssueItem';
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

export function ConversationEditor({ item, position, issues }: Props) {
  const { t } = useTranslation();
  const edit = useProject((s) => s.edit);
  const messages = item.example.messages;
  const change = (next: ChatMessage[], mergeKey?: string) =>
    edit({ update: [{ ...item, example: { ...item.example, messages: next } }] }, mergeKey);
  const setTurn = (index: number, patch: Partial<ChatMessage>, mergeKey?: string) =>
    change(
      messages.map((m, i) => (i === index ? { ...m, ...patch } : m)),
      mergeKey,
    );
  const move = (index: number, by: -1 | 1) => {
    const next = [...messages];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    change(next);
  };
  const addTurn = () => {
    const last = messages[messages.length - 1];
    change([...messages, { role: last?.role === 'user' ? 'assistant' : 'user', content: '' }]);
  };
  const remove = () => {
    const all = useProject.getState().examples;
    const at = all.findIndex((e) => e.id === item.id);
    const neighbour = all[at + 1] ?? all[at - 1];
    edit({ remove: [item.id] });
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
        {item.sourceLine ? ' · ' + t('examples.checks.line', { line: item.sourceLine }) : null}
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
          <li key={i} className={`turn turn-${m.role}`}>
            <div className="row">
              <label>
                {t('examples.editor.role', { n: i + 1 })}{' '}
                <select value={m.role} onChange={(e) => setTurn(i, { role: e.target.value as ChatRole })}>
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
                onClick={() => move(i, -1)}
                aria-label={`${t('examples.editor.moveUp')} ${i + 1}`}
              >
                {t('examples.editor.moveUp')}
              </button>
              <button
                type="button"
                disabled={i === messages.length - 1}
                onClick={() => move(i, 1)}
                aria-label={`${t('examples.editor.moveDown')} ${i + 1}`}
              >
                {t('examples.editor.moveDown')}
              </button>
              <button
                type="button"
                onClick={() => change(messages.filter((_, j) => j !== i))}
                aria-label={`${t('examples.editor.removeTurn')} ${i + 1}`}
              >
                {t('examples.editor.removeTurn')}
              </button>
            </div>
            <textarea
              aria-label={t('examples.editor.turnText', { n: i + 1, role: t(ROLE_TEXT[m.role]) })}
              value={m.content ?? ''}
              rows={Math.min(12, Math.max(2, (m.content ?? '').split('\n').length + 1))}
              onChange={(e) => setTurn(i, { content: e.target.value }, `${item.id}:${i}:content`)}
            />
          </li>
        ))}
      </ol>
      <button type="button" onClick={addTurn}>
        {t('examples.editor.addTurn')}
      </button>
    </section>
  );
}
