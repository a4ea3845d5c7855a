// The deployments Tunesmith knows (Train's "Deploy to chat", Try's list of deployed models). Read once,
// then kept current by `deployments.changed`.
import { create } from 'zustand';
import type { DeploymentRecord } from '../../shared/domain/deployments/types';
import { onEvent, request } from '../ipc/client';

interface DeploymentsState {
  deployments: DeploymentRecord[];
  received(list: DeploymentRecord[]): void;
  changed(deployment: DeploymentRecord): void;
}

export const useDeployments = create<DeploymentsState>((set) => ({
  deployments: [],
  received: (deployments) => set({ deployments }),
  changed: (deployment) =>
    set((s) => ({
      deployments: [deployment, ...s.deployments.filter((d) => d.id !== deployment.id)],
    })),
}));

export async function loadDeployments(): Promise<void> {
  const result = await request('deployments.list', {});
  if (result.ok) useDeployments.getState().received(result.data);
}

export function followDeployments(): () => void {
  void loadDeployments();
  return onEvent('deployments.changed', ({ deployment }) => useDeployments.getState().changed(deployment));
}
