// Together's chat models for Try (issue 16 §6): GET /v1/models is a bare array whose rows carry `type`
// (`chat`, `embedding`, `rerank`, `image`, …); only chat rows are kept. A trainable base answers serverless
// under another id (`meta-llama/Llama-3.3-70B-Instruct` → `…-Instruct-Turbo`, TOGETHER_BASES), so that id
// is marked fine-tunable; the dated fallback offers the serverless ids, never a training id chat would refuse.
import { CHAT_CATALOG_CHECKED_ON, CHAT_ONLY_MODELS } from '../../../../../shared/domain/pricing/chatModels';
import { TOGETHER_BASES } from '../../../../../shared/domain/pricing/together';
import { chatModelList } from '../chatModels';
import type { CallOptions, ChatModel, ChatModelList } from '../Provider';
import type { TogetherRequest } from './http';

interface ModelRow {
  id: string;
  type?: string;
  created?: number;
  owned_by?: string;
  organization?: string;
}

const servesTrainableBase = (id: string) => TOGETHER_BASES.some((b) => b.serverlessChatId === id);

const marked = (m: ChatModel): ChatModel => (servesTrainableBase(m.id) ? { ...m, fineTunable: true } : m);

function fallback(): ChatModelList {
  const model = (id: string, fineTunable: boolean): ChatModel => ({
    id,
    createdAt: 0,
    ownedBy: 'together',
    shutdownDate: null,
    fineTuned: false,
    fineTunable,
    retiresOn: null,
  });
  return {
    source: 'fallback',
    checkedOn: CHAT_CATALOG_CHECKED_ON,
    models: [
      ...TOGETHER_BASES.flatMap((b) => (b.serverlessChatId ? [model(b.serverlessChatId, true)] : [])),
      ...CHAT_ONLY_MODELS.filter((m) => m.provider === 'together').map((m) => model(m.model, false)),
    ],
  };
}

export async function togetherChatModels(
  api: (options: CallOptions, req: TogetherRequest) => Promise<unknown>,
  options: CallOptions,
): Promise<ChatModelList> {
  const list = await chatModelList(
    'together',
    async () => {
      const answer = await api(options, { method: 'GET', path: '/models' });
      const rows = (
        Array.isArray(answer) ? answer : ((answer as { data?: unknown[] }).data ?? [])
      ) as ModelRow[];
      return rows
        .filter((m) => m.type === undefined || m.type === 'chat')
        .map((m) => ({
          id: m.id,
          createdAt: (m.created ?? 0) * 1000,
          ownedBy: m.owned_by ?? m.organization ?? 'together',
          shutdownDate: null,
          fineTuned: false,
        }));
    },
    options.signal,
  );
  return list.source === 'fallback' ? fallback() : { ...list, models: list.models.map(marked) };
}
