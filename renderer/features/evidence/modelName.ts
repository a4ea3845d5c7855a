// Models go by the name the user gave their training run ("teashop-v1"), as on the Try page; the full id
// stays in the element's title. Training runs come from main (jobs.list).
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { friendlyModelName, type NamedRun } from '../../../shared/domain/tryout/modelName';
import { request } from '../../ipc/client';

export type ModelNamer = (modelId: string) => string;

export function modelNamer(t: TFunction, runs: readonly NamedRun[]): ModelNamer {
  return (modelId) => {
    const friendly = friendlyModelName(modelId, runs);
    return friendly.fineTuned && friendly.source === 'base'
      ? t('try.model.fineTunedBase', { name: friendly.name })
      : friendly.name;
  };
}

export function useTrainingRuns(): NamedRun[] {
  const [runs, setRuns] = useState<NamedRun[]>([]);
  useEffect(() => {
    void request('jobs.list', {}).then((r) => r.ok && setRuns(r.data));
  }, []);
  return runs;
}
