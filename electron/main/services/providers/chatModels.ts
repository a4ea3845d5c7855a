// The chat model list every adapter's `chatModels` returns (issue 16 §6): the provider's own list, with
// embeddings/moderation/speech models left out and each model marked (fine-tunable here? retiring when?);
// when that list cannot be read (network, server error, timeout), the catalog's dated list instead, so Try
// still offers models. A rejected key or a cancel is not hidden behind the fallback.
import { baseModelOf } from '../../../../shared/domain/pricing/catalog';
import {
  CHAT_CATALOG_CHECKED_ON,
  chatModelMarks,
  fallbackChatModels,
  isChatModelId,
} from '../../../../shared/domain/pricing/chatModels';
import type { ProviderId } from '../../../../shared/domain/providers/ids';
import type { ChatModel, ChatModelList, ProviderModel } from './Provider';

/** Errors the user must see as they are (the fallback list would only hide them). */
const SHOWN_AS_IS = new Set(['cancelled', 'key_rejected', 'key_missing']);

const codeOf = (error: unknown): string | undefined =>
  (error as { ipcError?: { code?: string } } | null)?.ipcError?.code;

export function markChatModels(provider: ProviderId, listed: readonly ProviderModel[]): ChatModel[] {
  return listed
    .filter((m) => isChatModelId(m.id))
    .map((m) => ({ ...m, ...chatModelMarks(provider, m.id, baseModelOf(m.id), m.shutdownDate) }));
}

export function catalogChatModels(provider: ProviderId): ChatModelList {
  return {
    source: 'fallback',
    checkedOn: CHAT_CATALOG_CHECKED_ON,
    models: fallbackChatModels(provider).map(({ id, marks }) => ({
      id,
      createdAt: 0,
      ownedBy: provider,
      shutdownDate: marks.retiresOn,
      fineTuned: false,
      ...marks,
    })),
  };
}

export async function chatModelList(
  provider: ProviderId,
  read: () => Promise<ProviderModel[]>,
  signal?: AbortSignal,
): Promise<ChatModelList> {
  try {
    return { source: 'listed', checkedOn: null, models: markChatModels(provider, await read()) };
  } catch (error) {
    const code = codeOf(error);
    if (signal?.aborted || (code !== undefined && SHOWN_AS_IS.has(code))) throw error;
    return catalogChatModels(provider);
  }
}
