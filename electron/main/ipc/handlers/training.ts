// Train page routes. Thin: the decisions live in services/training.
import type { AppServices } from '../../services/app/AppServices';
import type { Handlers } from '../router';

type TrainingRoutes =
  | 'training.sources'
  | 'training.models'
  | 'training.plan'
  | 'training.providerEstimate'
  | 'training.limits'
  | 'training.moderate'
  | 'training.start'
  | 'training.cancelUpload'
  | 'training.setBudget'
  | 'jobs.list'
  | 'jobs.cancel'
  | 'jobs.pause'
  | 'jobs.resume'
  | 'jobs.import'
  | 'jobs.refresh'
  | 'jobs.watch';

export function trainingHandlers(s: AppServices): Pick<Handlers, TrainingRoutes> {
  const t = s.training;
  return {
    'training.sources': () => t.sources(),
    'training.models': () => t.models(),
    'training.plan': (settings) => t.plan(settings),
    'training.providerEstimate': (settings) => t.providerEstimate(settings),
    'training.limits': ({ model }) => t.runLimits(model),
    'training.moderate': ({ sourceId }) => t.moderate(sourceId),
    'training.start': (settings) => t.start(settings),
    'training.cancelUpload': ({ runId }) => t.cancelUpload(runId),
    'training.setBudget': async ({ amount, currency }) => ({
      amount: await t.setBudget(amount, currency),
      currency,
    }),
    'jobs.list': () => t.runs(),
    'jobs.cancel': ({ runId }) => t.cancel(runId),
    'jobs.pause': ({ runId }) => t.pause(runId),
    'jobs.resume': ({ runId }) => t.resume(runId),
    'jobs.import': () => t.importJobs(),
    'jobs.refresh': () => {
      t.wake();
      return { watched: t.poller.watched().length };
    },
    'jobs.watch': ({ runId, watching }) => {
      t.watch(runId, watching);
      return {};
    },
  };
}
