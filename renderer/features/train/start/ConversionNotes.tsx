// What converting the examples to the provider's format changes (e.g. Alibaba: speaker names left out,
// replies marked "do not train" trained anyway, tool examples refused), said before anything is sent.
import { useTranslation } from 'react-i18next';
import type { ConversionIssueCode } from '../../../../shared/domain/providers/convert';
import type { ConversionNote } from '../../../../shared/domain/training/plan';

const NOTE_TEXT = {
  name_removed: 'conversion.codes.name_removed',
  weight_zero_trained: 'conversion.codes.weight_zero_trained',
  developer_as_system: 'conversion.codes.developer_as_system',
  unsupported_role: 'conversion.codes.unsupported_role',
  turns_merged: 'conversion.codes.turns_merged',
  weights_merged: 'conversion.codes.weights_merged',
  must_start_with_user: 'conversion.codes.must_start_with_user',
  tools_need_other_base: 'conversion.codes.tools_need_other_base',
  tool_turns_out_of_order: 'conversion.codes.tool_turns_out_of_order',
} as const satisfies Record<ConversionIssueCode, string>;

export function ConversionNotes({ notes }: { notes: readonly ConversionNote[] }) {
  const { t, i18n } = useTranslation();
  if (notes.length === 0) return null;
  // The refusal of tool examples names the bases that can train on them, or says none can.
  const basesText = (note: ConversionNote) => {
    if (note.code !== 'tools_need_other_base' || !note.bases) return '';
    if (note.bases.length === 0) return ` ${t('conversion.noToolBases')}`;
    const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(note.bases);
    return ` ${t('conversion.toolBases', { bases: list })}`;
  };
  const refused = notes.some((n) => n.severity === 'error');
  return (
    <div
      className={refused ? 'train-problems' : undefined}
      role={refused ? 'alert' : undefined}
      data-testid="train-conversion"
    >
      <h4>{t('conversion.title')}</h4>
      <ul>
        {notes.map((note) => (
          <li key={note.code} data-code={note.code} data-severity={note.severity}>
            {t(NOTE_TEXT[note.code], { count: note.examples })}
            {basesText(note)}
          </li>
        ))}
      </ul>
    </div>
  );
}
