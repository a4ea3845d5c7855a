// Chat conversations, saved per project in one durable file under userData (atomic writes, backup copy,
// schema-checked on load: see storage/DurableJsonFile). Bounded so a long-lived app does not grow it
// forever: the newest conversations per project and the newest messages per conversation are kept.
import path from 'node:path';
import { z } from 'zod';
import type { Conversation } from '../../../../shared/ipc/schemas/tryout';
import { DurableJsonFile } from '../storage/DurableJsonFile';

const MAX_CONVERSATIONS_PER_PROJECT = 50;
const MAX_MESSAGES = 200;

const setupSchema = z.object({
  id: z.string(),
  kind: z.enum(['fine-tuned', 'base', 'few-shot', 'notes']),
  model: z.string(),
  systemPrompt: z.string(),
  fewShotCount: z.number().int().min(0),
  temperature: z.number(),
  maxTokens: z.number().int().nullable(),
  notesCollectionId: z.string().nullable().optional(),
});
const conversationSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  setup: setupSchema,
  messages: z.array(
    z.object({
      role: z.enum(['user', 'assistant']),
      content: z.string(),
      model: z.string().optional(),
      stopped: z.boolean().optional(),
      notes: z
        .object({
          queryTokens: z.number(),
          hits: z.array(
            z.object({
              passageId: z.string(),
              sourceName: z.string(),
              kind: z.enum(['text', 'markdown', 'docx', 'pdf', 'examples']),
              text: z.string(),
              page: z.number().nullable(),
              headings: z.array(z.string()),
              score: z.number(),
            }),
          ),
        })
        .optional(),
    }),
  ),
});
const fileSchema = z.object({ conversations: z.array(conversationSchema) });

export class ConversationStore {
  private constructor(private readonly file: DurableJsonFile<z.infer<typeof fileSchema>>) {}

  static async open(dir: string): Promise<ConversationStore> {
    const file = await DurableJsonFile.open({
      file: path.join(dir, 'try-conversations.json'),
      version: 1,
      schema: fileSchema,
      defaults: () => ({ conversations: [] }),
    });
    return new ConversationStore(file);
  }

  list(projectId: string): Conversation[] {
    return this.file
      .get()
      .conversations.filter((c) => c.projectId === projectId)
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  }

  get(id: string): Conversation | undefined {
    return this.file.get().conversations.find((c) => c.id === id);
  }

  async save(conversation: Conversation): Promise<void> {
    const trimmed = { ...conversation, messages: conversation.messages.slice(-MAX_MESSAGES) };
    await this.file.update(({ conversations }) => {
      const others = conversations.filter((c) => c.id !== conversation.id);
      const sameProject = others.filter((c) => c.projectId === conversation.projectId);
      const dropped = new Set(
        sameProject
          .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1))
          .slice(MAX_CONVERSATIONS_PER_PROJECT - 1)
          .map((c) => c.id),
      );
      return { conversations: [...others.filter((c) => !dropped.has(c.id)), trimmed] };
    });
  }

  async remove(id: string): Promise<void> {
    await this.file.update(({ conversations }) => ({
      conversations: conversations.filter((c) => c.id !== id),
    }));
  }
}
