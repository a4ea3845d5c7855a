// Nebius's chat models for Try (issue 16 §6). A trainable base answers under its serving id
// (`meta-llama/Meta-Llama-3.1-8B-Instruct` for `meta-llama/Llama-3.1-8B-Instruct`, read from the catalog),
// so that id is marked fine-tunable too: it is the same model, not a chat-only one.
import type { ServingBases } from '../../../../../shared/domain/providers/account';
import type { ChatModelList } from '../Provider';

export function markServingAliases(list: ChatModelList, bases: ServingBases): ChatModelList {
  const serving = new Set(bases.bases.map((b) => b.servingId));
  return {
    ...list,
    models: list.models.map((m) => (!m.fineTuned && serving.has(m.id) ? { ...m, fineTunable: true } : m)),
  };
}
