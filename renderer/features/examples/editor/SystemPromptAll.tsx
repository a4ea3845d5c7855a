// "Apply one system prompt to all": the standing instructions every example should start with. One edit,
// undoable in one step like any other.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { systemPromptPatch } from '../../../../shared/domain/projects/fixes';
import { useProject } from '../state/projectStore';

export function SystemPromptAll() {
  const { t } = useTranslation();
  const [prompt, setPrompt] = useState('');
  const [applied, setApplied] = useState<number | null>(null);
  const apply = () => {
    const patch = systemPromptPatch(useProject.getState().examples, prompt.trim());
    useProject.getState().edit(patch);
    setApplied(patch.update?.length ?? 0);
  };
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
      <button type="button" disabled={!prompt.trim()} onClick={apply}>
        {t('examples.editor.systemAllApply')}
      </button>
      {applied !== null ? (
        <p role="status">{t('examples.editor.systemAllDone', { count: applied })}</p>
      ) : null}
    </details>
  );
}
