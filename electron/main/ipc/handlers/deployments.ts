// Deployments: thin, the rules live in services/deployments.
import type { AppServices } from '../../services/app/AppServices';
import type { Handlers } from '../router';

type DeploymentRoutes =
  | 'deployments.list'
  | 'deployments.quote'
  | 'deployments.deploy'
  | 'deployments.stop'
  | 'deployments.runningHourly'
  | 'deployments.meter'
  | 'deployments.whileClosed';

export function deploymentHandlers(s: AppServices): Pick<Handlers, DeploymentRoutes> {
  return {
    'deployments.list': () => s.deployments.list(),
    'deployments.quote': ({ provider, model }) => s.deployments.quote(provider, model),
    'deployments.deploy': (input) =>
      s.deployments.deploy({
        provider: input.provider,
        model: input.model,
        runId: input.runId,
        ...(input.confirmedPerHour !== undefined ? { confirmedPerHour: input.confirmedPerHour } : {}),
        ...(input.autoStopMinutes !== undefined ? { autoStopMinutes: input.autoStopMinutes } : {}),
      }),
    'deployments.stop': ({ id }) => s.deployments.stop(id),
    'deployments.runningHourly': () => s.deployments.runningHourly(),
    'deployments.meter': () => ({ now: s.hourly.now(), running: s.hourly.meter() }),
    'deployments.whileClosed': () => s.hourly.whileClosed(),
  };
}
