// "Paste text": pasted text becomes a source of its own, named by the user (default: its first line) and
// split like a .txt file by main. The text stays in the box until main has taken it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pasteName } from './pasteName';

export function PasteForm(props: { busy: boolean; onAdd(name: string, text: string): Promise<boolean> }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const fallback = pasteName(text);
  const finalName = name.trim() || fallback;
  const add = async () => {
    if (!(await props.onAdd(finalName, text))) return; // kept for another try after the message
    setName('');
    setText('');
  };
  return (
    <details className="notes-paste">
      <summary>{t('notes.paste')}</summary>
      <p className="muted">{t('notes.pasteHint')}</p>
      <p>
        <label htmlFor={`${id}-name`}>{t('notes.pasteName')}</label>{' '}
        <input
          id={`${id}-name`}
          value={name}
          maxLength={200}
          placeholder={fallback}
          onChange={(e) => setName(e.target.value)}
        />
      </p>
      <p>
        <label htmlFor={`${id}-text`}>{t('notes.pasteText')}</label>
        <br />
        <textarea id={`${id}-text`} rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      </p>
      <button
        type="button"
        disabled={props.busy || text.trim() === '' || finalName === ''}
        onClick={() => void add()}
      >
        {t('notes.pasteAdd')}
      </button>
    </details>
  );
}
