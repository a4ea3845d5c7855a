// `openai` SDK calls that every OpenAI-shaped provider makes the same way (OpenAI, and Nebius Token Factory,
// whose files, jobs and chat are OpenAI's): one implementation, run under the caller's CallRunner.
import OpenAI, { toFile } from 'openai';
import { uploadTimeoutMs } from '../callPolicy';
import type { CallRunner } from '../callRunner';
import type {
  CallOptions,
  ChatReply,
  ChatSettings,
  ChatTurn,
  UploadedFile,
  UploadOptions,
} from '../Provider';

/** A training file through the Files API in one request (progress is reported once, at the end). */
export async function uploadFileOnce(
  client: OpenAI,
  runner: CallRunner,
  filename: string,
  content: Uint8Array,
  options: UploadOptions,
): Promise<UploadedFile> {
  const file = await runner.call(
    'general',
    options,
    async (req) => client.files.create({ file: await toFile(content, filename), purpose: 'fine-tune' }, req),
    undefined,
    uploadTimeoutMs(content.byteLength, runner.timeoutMs),
  );
  options.onProgress?.(content.byteLength, content.byteLength);
  return {
    id: file.id,
    filename: file.filename ?? filename,
    bytes: file.bytes ?? content.byteLength,
    createdAt: (file.created_at ?? 0) * 1000,
  };
}

export interface StreamChatOptions extends CallOptions, ChatSettings {
  onDelta?: (text: string) => void;
}

/**
 * A streamed chat completion. `lengthField` names the reply-length setting the service reads (OpenAI:
 * `max_completion_tokens`; vLLM-based services such as Nebius: `max_tokens`).
 */
export async function streamChat(
  client: OpenAI,
  runner: CallRunner,
  model: string,
  turns: readonly ChatTurn[],
  options: StreamChatOptions,
  lengthField: 'max_completion_tokens' | 'max_tokens' = 'max_completion_tokens',
): Promise<ChatReply> {
  const stream = await runner.call('general', options, (req) =>
    client.chat.completions.create(
      {
        model,
        messages: [...turns],
        stream: true,
        stream_options: { include_usage: true },
        ...(options.temperature !== undefined ? { temperature: options.temperature } : {}),
        ...(options.maxTokens !== undefined ? { [lengthField]: options.maxTokens } : {}),
      },
      req,
    ),
  );
  // Once text is flowing a retry would repeat it, so only the opening of the stream is retried.
  return runner.guard('general', options.signal, async () => {
    let text = '';
    let usage: { prompt_tokens: number; completion_tokens: number } | null = null;
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta?.content ?? '';
      if (delta) {
        text += delta;
        options.onDelta?.(delta);
      }
      if (chunk.usage) usage = chunk.usage;
    }
    return {
      text,
      promptTokens: usage?.prompt_tokens ?? null,
      replyTokens: usage?.completion_tokens ?? null,
    };
  });
}
