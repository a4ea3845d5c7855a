// "Which column holds what?": user message and answer are required; system prompt, conversation id and
// turn number are optional (the last two make multi-turn conversations from several rows). Pre-filled
// from the engine's header guess, which knows English, Traditional and Simplified Chinese names.
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ColumnRole } from '../../../../shared/domain/dataset/columns';
import type { ImportPreview } from '../../../../shared/ipc/schemas/examples';

const ROLES: readonly ColumnRole[] = ['user', 'assistant', 'system', 'conversation', 'turn'];
const COLUMN_ROLE_TEXT = {
  user: 'examples.import.columnUser',
  assistant: 'examples.import.columnAssistant',
  system: 'examples.import.columnSystem',
  conversation: 'examples.import.columnConversation',
  turn: 'examples.import.columnTurn',
} as const satisfies Record<ColumnRole, string>;

interface Props {
  preview: ImportPreview;
  mapping: ColumnMapping | undefined;
  hasHeader: boolean;
  onMapping(mapping: ColumnMapping): void;
  onHasHeader(value: boolean): void;
}

export function ColumnMappingForm({ preview, mapping, hasHeader, onMapping, onHasHeader }: Props) {
  const { t } = useTranslation();
  const first = preview.rows[0] ?? preview.columns?.columns.map((c) => c.header) ?? [];
  const names = first.map((cell, i) =>
    hasHeader && cell.trim() ? cell : t('examples.import.columnN', { n: i + 1 }),
  );
  const current: ColumnMapping = mapping ?? { user: 0, assistant: Math.min(1, names.length - 1) };
  const choose = (role: ColumnRole, value: string) => {
    const next: ColumnMapping = { ...current };
    if (value === '') delete next[role as 'system' | 'conversation' | 'turn'];
    else next[role] = Number(value);
    onMapping(next);
  };
  return (
    <fieldset className="mapping" data-testid="column-mapping">
      <legend>{t('examples.import.mappingHeading')}</legend>
      <p className="muted">{t('examples.import.mappingHint')}</p>
      <label className="check">
        <input type="checkbox" checked={hasHeader} onChange={(e) => onHasHeader(e.target.checked)} />{' '}
        {t('examples.import.hasHeader')}
      </label>
      <div className="mapping-grid">
        {ROLES.map((role) => {
          const required = role === 'user' || role === 'assistant';
          return (
            <label key={role}>
              {t(COLUMN_ROLE_TEXT[role])}
              <select value={current[role] ?? ''} onChange={(e) => choose(role, e.target.value)}>
                {required ? null : <option value="">{t('examples.import.columnNone')}</option>}
                {names.map((name, i) => (
                  <option key={i} value={i}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
