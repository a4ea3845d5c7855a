// Try talks about the trained model (its fine-tuned name); providers that serve it through a deployment
// answer under the deployment's name (Alibaba `deployed_model`). This wraps the active provider for Try:
// a model with a ready deployment is chatted with through it (and the use is recorded for auto-stop), and
// deployed models are listed under the trained model's name so Try shows what the user trained.
import type { ProviderId } from '../../../../shared/domain/providers/ids';
import type { FineTuningProvider, ProviderModel } from '../providers/Provider';
import type { DeploymentsService } from './DeploymentsService';

type ChatSource = Pick<FineTuningProvider, 'id' | 'listModels' | 'chat'>;

export function withDeployments(provider: ChatSource, deployments: DeploymentsService): ChatSource {
  const ready = (id: ProviderId) =>
    deployments.list().filter((d) => d.provider === id && d.state === 'ready' && d.chatModel);
  return {
    id: provider.id,
    async listModels(options) {
      const models = await provider.listModels(options);
      const byChatName = new Map(ready(provider.id).map((d) => [d.chatModel!, d]));
      const shown: ProviderModel[] = models.map((m) => {
        const d = byChatName.get(m.id);
        return d ? { ...m, id: d.model, fineTuned: true } : m;
      });
      for (const d of byChatName.values())
        if (!shown.some((m) => m.id === d.model))
          shown.push({
            id: d.model,
            createdAt: d.readyAt ?? d.requestedAt,
            ownedBy: provider.id,
            shutdownDate: null,
            fineTuned: true,
          });
      return shown;
    },
    async chat(model, turns, options) {
      const deployment = ready(provider.id).find((d) => d.model === model);
      if (!deployment?.chatModel) return provider.chat(model, turns, options);
      const reply = await provider.chat(deployment.chatModel, turns, options);
      await deployments.markUsed(provider.id, deployment.chatModel);
      return reply;
    },
  };
}
