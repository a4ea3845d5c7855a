// Step 2: the recipe. Each file says plainly what happened to it; a refusal offers the user's original.
import { useTranslation } from 'react-i18next';
import type { AtRiskModel, FileOutcome, RescueState } from '../../../shared/domain/rescue/types';
import { request } from '../../ipc/client';
import { Panel } from './Panel';
import { act, useRescue } from './store';
import { FILE_STATE_TEXT } from './text';

export function RecipePanel({ model, rescue }: { model: AtRiskModel; rescue: RescueState | null }) {
  const { t } = useTranslation();
  const busy = useRescue((s) => s.busy);
  const recipe = rescue?.recipe ?? null;
  const changed = (state: RescueState) => useRescue.getState().rescueChanged(state);
  const fileLine = (label: string, outcome: FileOutcome) => (
    <li>
      {label}:{' '}
      {outcome.state === 'saved'
        ? t('rescue.recipe.state.saved', { lines: outcome.lines })
        : t(FILE_STATE_TEXT[outcome.state])}
    </li>
  );
  const refused = recipe && [recipe.training, recipe.validation].some((f) => f.state === 'refused');
  const auto = (v: number | 'auto' | null) => (v === 'auto' ? t('rescue.recipe.auto') : (v ?? '—'));
  return (
    <Panel id="rescue-recipe" title={t('rescue.recipe.title')}>
      <p>{t('rescue.recipe.explain')}</p>
      {model.daysUntilShutdown <= 0 && !recipe ? null : (
        <button
          type="button"
          className="primary"
          disabled={busy !== null}
          onClick={() => void act('recipe', () => request('rescue.saveRecipe', { model: model.id }), changed)}
        >
          {t('rescue.recipe.save')}
        </button>
      )}
      {recipe ? (
        <div role="status">
          <ul>
            {fileLine(t('rescue.recipe.file.training'), recipe.training)}
            {fileLine(t('rescue.recipe.file.validation'), recipe.validation)}
            {fileLine(t('rescue.recipe.file.result'), recipe.result)}
          </ul>
          {refused ? (
            <div className="rescue-refused">
              <p>{t('rescue.recipe.refusedHelp')}</p>
              <button
                type="button"
                disabled={busy !== null}
                onClick={() =>
                  void act('import', () => request('rescue.importOriginal', { model: model.id }), changed)
                }
              >
                {t('rescue.recipe.importOriginal')}
              </button>
            </div>
          ) : null}
          {recipe.importedOriginal ? (
            <p>{t('rescue.recipe.imported', { file: recipe.importedOriginal })}</p>
          ) : null}
          {recipe.projectName ? (
            <p data-testid="recipe-saved">{t('rescue.recipe.saved', { name: recipe.projectName })}</p>
          ) : null}
          <p>
            {t('rescue.recipe.settings', {
              epochs: auto(recipe.epochs),
              batch: auto(recipe.batchSize),
              lr: auto(recipe.learningRateMultiplier),
              suffix: recipe.suffix ?? '—',
            })}
          </p>
          <h3>{t('rescue.recipe.systemPrompt')}</h3>
          <p className="rescue-quote">{recipe.systemPrompt || t('rescue.recipe.noSystemPrompt')}</p>
        </div>
      ) : null}
    </Panel>
  );
}
