// "Apply one system prompt to all": the standing instructions every example should start with. One edit,
// undoable in one step like any other; it waits for every page of a large project to arrive.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProject } from '../state/projectStore';

export function SystemPromptAll() {
  const { t } = useTranslation();
  const [prompt, setPrompt] = useState('');
  const [applied, setApplied] = useState<number | null>(null);
  const loading = useProject((s) => s.loading);
  const apply = () => setApplied(useProject.getState().systemPromptForAll(prompt.trim()));
  return (
    <details className="system-all" id="system-prompt-all">
      <summary>{t('examples.editor.systemAll')}</summary>
      <p className="muted">{t('examples.editor.systemAllHint')}</p>
      <textarea
        rows={3}
        value={prompt}
        aria-label={t('examples.editor.systemAll')}
        onChange={(e) => setPrompt(e.target.value)}
      />
      <button type="button" disabled={!prompt.trim() || !!loading} onClick={apply}>
        {t('examples.editor.systemAllApply')}
      </button>
      {applied !== null ? (
        <p role="status">{t('examples.editor.systemAllDone', { count: applied })}</p>
      ) : null}
    </details>
  );
}
