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
} as const satisfies Record<ConversionIssueCode, string>;

export function ConversionNotes({ notes }: { notes: readonly ConversionNote[] }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
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
          </li>
        ))}
      </ul>
    </div>
  );
}
