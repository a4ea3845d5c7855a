// Try talks about the trained model (its fine-tuned name); providers that serve it through a deployment
// answer under the deployment's name (Alibaba `deployed_model`). This wraps the active provider for Try:
// a model with a ready deployment is chatted with through it (and the use is recorded for auto-stop), and
// deployed models are listed under the trained model's name so Try shows what the user trained.
import { baseModelOf } from '../../../../shared/domain/pricing/catalog';
import { PROVIDER_CAPABILITIES } from '../../../../shared/domain/providers/capabilities';
import type { ProviderId } from '../../../../shared/domain/providers/ids';
import { appError } from '../../../../shared/ipc/errors';
import type { CallOptions, FineTuningProvider, ProviderModel } from '../providers/Provider';
import type { DeploymentsService } from './DeploymentsService';

type ChatSource = Pick<FineTuningProvider, 'id' | 'listModels' | 'chat' | 'chatModels'>;

const servedByDeployment = (id: ProviderId) => PROVIDER_CAPABILITIES[id].deployment.step === 'required';

export function withDeployments(provider: ChatSource, deployments: DeploymentsService): ChatSource {
  const ready = (id: ProviderId) =>
    deployments.list().filter((d) => d.provider === id && d.state === 'ready' && d.chatModel);
  /** Deployed models shown under the trained model's name, and ready ones the list does not show added. */
  const withDeployed = <M extends ProviderModel>(models: readonly M[]): ProviderModel[] => {
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
  };
  return {
    id: provider.id,
    async listModels(options) {
      return withDeployed(await provider.listModels(options));
    },
    // Issue 16 §6: the marked chat list, with deployed models under their trained name (fine-tuned, so
    // neither trainable here nor a chat-only base).
    ...(provider.chatModels
      ? {
          chatModels: async (options?: CallOptions) => {
            const list = await provider.chatModels!(options);
            const marks = new Map(list.models.map((m) => [m.id, m]));
            return {
              ...list,
              models: withDeployed(list.models).map((m) => ({
                ...m,
                fineTunable: m.fineTuned ? false : (marks.get(m.id)?.fineTunable ?? false),
                retiresOn: marks.get(m.id)?.retiresOn ?? m.shutdownDate,
              })),
            };
          },
        }
      : {}),
    async chat(model, turns, options) {
      const deployment = ready(provider.id).find((d) => d.model === model);
      // A trained model that answers only through a deployment, with none ready: say that (the provider
      // itself would answer "no such model", which sends the user looking for the wrong fix).
      if (!deployment?.chatModel) {
        const trained = deployments.forModel(provider.id, model) !== null || baseModelOf(model) !== model;
        if (servedByDeployment(provider.id) && trained) throw appError('not_deployed', { params: { model } });
        return provider.chat(model, turns, options);
      }
      const reply = await provider.chat(deployment.chatModel, turns, options);
      await deployments.markUsed(provider.id, deployment.chatModel);
      return reply;
    },
  };
}
