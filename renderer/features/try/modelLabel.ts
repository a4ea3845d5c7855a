// Models on the Try page go by the name the user gave their training run ("teashop-v1"), worded here in
// the user's language; the full provider id is kept for titles, "show id" and copying.
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { friendlyModelName, type NamedRun } from '../../../shared/domain/tryout/modelName';
import { useTry } from './store';

export function modelLabel(t: TFunction, modelId: string, runs: readonly NamedRun[]): string {
  const friendly = friendlyModelName(modelId, runs);
  const name =
    friendly.fineTuned && friendly.source === 'base'
      ? t('try.model.fineTunedBase', { name: friendly.name })
      : friendly.name;
  return friendly.checkpointStep === null
    ? name
    : t('try.model.checkpoint', { name, step: friendly.checkpointStep });
}

/** id → the label shown for it, following the training runs main reports. */
export function useModelLabel(): (modelId: string) => string {
  const { t } = useTranslation();
  const runs = useTry((s) => s.trainingRuns);
  return useCallback((modelId: string) => modelLabel(t, modelId, runs), [t, runs]);
}
