// Close the loop: a bad answer is corrected in place and added to the project's training examples. Main
// stores it marked "corrected in Try" with the model it came from, so Examples and Train can tell.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '../../../shared/ipc/errors';
import { ErrorMessage } from '../../components/ErrorMessage';
import { request } from '../../ipc/client';

export interface CorrectionSource {
  projectId: string;
  system: string | null;
  question: string;
  reply: string;
  model: string;
  source: 'chat' | 'compare' | 'test';
}

export function CorrectionForm({ from }: { from: CorrectionSource }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(from.reply);
  const [state, setState] = useState<'idle' | 'saving' | 'added'>('idle');
  const [error, setError] = useState<IpcError | null>(null);
  if (state === 'added')
    return (
      <p role="status" className="correction-added">
        {t('try.correct.added')}
      </p>
    );
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('try.correct.button')}
      </button>
    );
  const save = async () => {
    setState('saving');
    const result = await request('tryout.correct', { ...from, reply: text });
    setState(result.ok ? 'added' : 'idle');
    setError(result.ok ? null : result.error);
  };
  return (
    <div className="correction">
      <label htmlFor={id}>{t('try.correct.label')}</label>
      <textarea id={id} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      <button
        type="button"
        className="primary"
        disabled={state === 'saving' || text.trim() === ''}
        onClick={() => void save()}
      >
        {t('try.correct.save')}
      </button>{' '}
      <button type="button" onClick={() => setOpen(false)}>
        {t('try.correct.cancel')}
      </button>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
