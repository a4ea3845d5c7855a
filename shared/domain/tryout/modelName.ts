// A model as a person calls it. Provider ids are long and alike (`ft:gpt-4.1-mini-2025-04-14:personal:
// teashop-v1:Tk7Q2x9a`); people know their model by the name they gave its training run ("teashop-v1").
// The full id stays one click away on screen; this only decides the short name.
import { baseModelOf } from '../pricing/catalog';

/** What the friendly name needs to know about a training run (TrainingRun satisfies it). */
export interface NamedRun {
  request: { suffix: string | null; baseModel: string };
  job: { fineTunedModel: string | null } | null;
  checkpoints: readonly { model: string; step: number }[];
}

export interface FriendlyName {
  /** The short name: the run's name, else the name inside the id, else the base model's display name. */
  name: string;
  /** Where the name came from, so a screen can add "fine-tuned" when it names only the base. */
  source: 'run' | 'id' | 'base';
  /** A fine-tuned model (or a checkpoint of one), not a base model. */
  fineTuned: boolean;
  /** For a checkpoint: the training step it was saved at. */
  checkpointStep: number | null;
}

const DATE_TAIL = /-\d{4}-\d{2}-\d{2}$/;
const CHECKPOINT = /:ckpt-step-(\d+)$/;

/** `gpt-4.1-mini-2025-04-14` → `gpt-4.1-mini`: the dated snapshot is the id's business, not the reader's. */
export function baseDisplayName(modelId: string): string {
  return modelId.replace(DATE_TAIL, '');
}

/** The user's part of an OpenAI fine-tune id (`ft:base:org:suffix:tail`); null when it has none. */
function suffixInId(modelId: string): string | null {
  if (!modelId.startsWith('ft:')) return null;
  const suffix = modelId.split(':')[3];
  return suffix && !suffix.startsWith('ckpt-step-') ? suffix : null;
}

export function friendlyModelName(modelId: string, runs: readonly NamedRun[]): FriendlyName {
  const stepMatch = CHECKPOINT.exec(modelId);
  const checkpointStep = stepMatch ? Number(stepMatch[1]) : null;
  for (const run of runs) {
    // The final model is also the last checkpoint (same id): it is the model, not "step N" of it.
    const isFinal = run.job?.fineTunedModel === modelId;
    const checkpoint = isFinal ? undefined : run.checkpoints.find((c) => c.model === modelId);
    if (!isFinal && !checkpoint) continue;
    const step = checkpoint ? checkpoint.step : checkpointStep;
    return run.request.suffix
      ? { name: run.request.suffix, source: 'run', fineTuned: true, checkpointStep: step }
      : {
          name: baseDisplayName(baseModelOf(run.request.baseModel)),
          source: 'base',
          fineTuned: true,
          checkpointStep: step,
        };
  }
  const fineTuned = modelId.startsWith('ft:');
  const suffix = suffixInId(modelId);
  if (suffix) return { name: suffix, source: 'id', fineTuned, checkpointStep };
  return { name: baseDisplayName(baseModelOf(modelId)), source: 'base', fineTuned, checkpointStep };
}
