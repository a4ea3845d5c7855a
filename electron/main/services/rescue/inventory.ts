// Which fine-tuned models of an account are at risk: every `ft:` model the account lists or one of its jobs
// made, with its shutdown date (what the provider says, else the catalog's date for the base model) and
// the job that made it. Models from an earlier look stay listed once they are gone, so what was saved for
// them stays reachable.
import { baseModelOf, findPrice } from '../../../../shared/domain/pricing/catalog';
import { OPENAI_WIND_DOWN, daysUntil } from '../../../../shared/domain/providers/windDown';
import type { AtRiskModel } from '../../../../shared/domain/rescue/types';
import type { RemoteJob, RemoteModel } from './RetiringAccountClient';

export function atRiskModels(
  models: readonly RemoteModel[],
  jobs: readonly RemoteJob[],
  previous: readonly AtRiskModel[],
  now: Date,
): AtRiskModel[] {
  const listed = new Map(models.filter((m) => m.id.startsWith('ft:')).map((m) => [m.id, m]));
  const ids = new Set([
    ...listed.keys(),
    ...jobs.flatMap((j) => (j.fineTunedModel ? [j.fineTunedModel] : [])),
  ]);
  // Models that were in an earlier inventory stay on the page after they are gone, with what was saved.
  for (const known of previous) ids.add(known.id);
  const atRisk: AtRiskModel[] = [];
  for (const id of ids) {
    const base = baseModelOf(id);
    const shutdownDate =
      listed.get(id)?.shutdownDate ??
      findPrice('openai', base)?.shutdownDate ??
      (/^gpt-4(o|\.1)/.test(base) ? OPENAI_WIND_DOWN.modelsShutDown : null);
    if (!shutdownDate) continue;
    const job = jobs.find((j) => j.fineTunedModel === id);
    atRisk.push({
      id,
      baseModel: base,
      shutdownDate,
      daysUntilShutdown: daysUntil(shutdownDate, now),
      listed: listed.has(id),
      job: job
        ? {
            id: job.id,
            trainingFile: job.trainingFile,
            validationFile: job.validationFile,
            resultFiles: job.resultFiles,
            epochs: job.epochs,
            batchSize: job.batchSize,
            learningRateMultiplier: job.learningRateMultiplier,
            suffix: job.suffix,
            createdAt: job.createdAt,
          }
        : (previous.find((m) => m.id === id)?.job ?? null),
    });
  }
  atRisk.sort((a, b) => a.shutdownDate.localeCompare(b.shutdownDate) || a.id.localeCompare(b.id));
  return atRisk;
}
