// "Base model + notes" (issue 16), shared by chat, side by side and the test set: the passages closest to
// the question are appended to the set-up's system prompt, so the provider's usage (and every cost built
// from it) includes their tokens; the passages and the question's embedding tokens go beside the reply.
import { notesSystemPrompt } from '../../../../shared/domain/notes/prompt';
import type { NotesHit, NotesUsed } from '../../../../shared/domain/notes/types';
import type { TokenEncoding } from '../../../../shared/domain/tokens';
import type { Setup } from '../../../../shared/domain/tryout/types';
import type { PromptAllowance } from '../notes/promptAllowance';

export interface NotesSearch {
  search(
    projectId: string,
    collectionId: string,
    question: string,
  ): Promise<{ hits: NotesHit[]; tokens: number }>;
  /** What a notes set-up adds to each prompt, for estimates made before anything is sent. */
  promptAllowance?(
    projectId: string,
    collectionId: string,
    encoding: TokenEncoding,
  ): Promise<PromptAllowance>;
}

export async function withNotes(
  notes: NotesSearch | undefined,
  projectId: string,
  setup: Setup,
  question: string,
): Promise<{ setup: Setup; notes: NotesUsed | null }> {
  if (setup.kind !== 'notes' || !setup.notesCollectionId || !notes) return { setup, notes: null };
  const found = await notes.search(projectId, setup.notesCollectionId, question);
  return {
    setup: { ...setup, systemPrompt: notesSystemPrompt(setup.systemPrompt, found.hits) },
    notes: { hits: found.hits, queryTokens: found.tokens },
  };
}
