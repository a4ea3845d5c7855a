// Deployments' door for the rest of main.
export { DeploymentsService, DEFAULT_AUTO_STOP_MINUTES, type DeploymentQuote } from './DeploymentsService';
export { openDeploymentStore } from './DeploymentStore';
export { withDeployments } from './deployedChat';
export { HourlyGuard, type QuitChoice } from './hourlyGuard';
