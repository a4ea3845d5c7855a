// The calls the rescue flow makes to the account that holds the retiring models, through the official SDK:
// models and jobs (what is at risk), file contents (the recipe), stored chat completions (real questions)
// and chat at temperature 0 (the golden answers). The SDK's retries are off: the recorder decides how to
// slow down on 429, and a refused download must be reported, not retried.
import OpenAI from 'openai';
import type { ChatMessage } from '../../../../shared/domain/chat';

/** OpenAI's own API (the user's key); tests and practice pass another base URL. */
export const OPENAI_API_URL = 'https://api.openai.com/v1';

export interface AccountConnection {
  apiKey: string;
  baseURL: string;
  organization?: string | null;
  project?: string | null;
  fetch?: typeof fetch;
}

export interface RemoteModel {
  id: string;
  shutdownDate: string | null;
}

export interface RemoteJob {
  id: string;
  model: string;
  fineTunedModel: string | null;
  status: string;
  trainingFile: string;
  validationFile: string | null;
  resultFiles: string[];
  epochs: number | 'auto' | null;
  batchSize: number | 'auto' | null;
  learningRateMultiplier: number | 'auto' | null;
  suffix: string | null;
  createdAt: number;
}

export interface StoredQuestion {
  completionId: string;
  messages: ChatMessage[];
  answer: string | null;
}

export interface RecordedReply {
  texts: string[];
  promptTokens: number | null;
  replyTokens: number | null;
}

export type Download = { ok: true; bytes: Uint8Array } | { ok: false; refused: boolean; error: unknown };

const hyper = (value: unknown): number | 'auto' | null =>
  typeof value === 'number' || value === 'auto' ? value : null;

/** `ft:gpt-4o-mini-2024-07-18:org:suffix:id` → suffix (the part the user chose), or null. */
export function suffixOf(model: string): string | null {
  const parts = model.split(':');
  return model.startsWith('ft:') && parts[3] ? parts[3] : null;
}

export class RetiringAccountClient {
  private readonly client: OpenAI;

  constructor(connection: AccountConnection) {
    // Everything explicit: no OPENAI_* environment variable may redirect the user's key.
    this.client = new OpenAI({
      apiKey: connection.apiKey,
      baseURL: connection.baseURL,
      organization: connection.organization ?? null,
      project: connection.project ?? null,
      adminAPIKey: null,
      webhookSecret: null,
      logLevel: 'off',
      maxRetries: 0,
      timeout: 60_000,
      ...(connection.fetch ? { fetch: connection.fetch } : {}),
    });
  }

  async models(signal?: AbortSignal): Promise<RemoteModel[]> {
    const page = await this.client.models.list({ signal });
    return page.data.map((m) => ({
      id: m.id,
      shutdownDate: (m as { shutdown_date?: string | null }).shutdown_date ?? null,
    }));
  }

  async jobs(signal?: AbortSignal): Promise<RemoteJob[]> {
    const out: RemoteJob[] = [];
    // Every page: an account may have many jobs, and each one's fine-tune is at risk.
    for await (const job of this.client.fineTuning.jobs.list({ limit: 100 }, { signal })) {
      const h = job.method?.supervised?.hyperparameters ?? job.hyperparameters;
      out.push({
        id: job.id,
        model: job.model,
        fineTunedModel: job.fine_tuned_model,
        status: job.status,
        trainingFile: job.training_file,
        validationFile: job.validation_file,
        resultFiles: job.result_files,
        epochs: hyper(h?.n_epochs),
        batchSize: hyper(h?.batch_size),
        learningRateMultiplier: hyper(h?.learning_rate_multiplier),
        suffix: job.fine_tuned_model ? suffixOf(job.fine_tuned_model) : null,
        createdAt: job.created_at * 1000,
      });
      if (out.length >= 1000) break;
    }
    return out;
  }

  async download(fileId: string, signal?: AbortSignal): Promise<Download> {
    try {
      const response = await this.client.files.content(fileId, { signal });
      return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
    } catch (error) {
      // OpenAI answers 400 "Not allowed to download files of purpose: …" (or 403) when it keeps a file's bytes.
      const status = error instanceof OpenAI.APIError ? error.status : undefined;
      const refused =
        status === 403 || (status === 400 && /not allowed to download/i.test((error as Error).message));
      return { ok: false, refused, error };
    }
  }

  /** Stored completions of one model (`store: true` traffic), each with its request's messages. */
  async storedQuestions(model: string, max: number, signal?: AbortSignal): Promise<StoredQuestion[]> {
    const out: StoredQuestion[] = [];
    for await (const completion of this.client.chat.completions.list({ model, limit: 100 }, { signal })) {
      const messages: ChatMessage[] = [];
      for await (const m of this.client.chat.completions.messages.list(
        completion.id,
        { limit: 100 },
        { signal },
      )) {
        const role = m.role as string;
        if (role === 'system' || role === 'user' || role === 'assistant' || role === 'developer')
          messages.push({ role: role === 'developer' ? 'system' : role, content: m.content ?? '' });
      }
      out.push({
        completionId: completion.id,
        messages,
        answer: completion.choices[0]?.message.content ?? null,
      });
      if (out.length >= max) break;
    }
    return out;
  }

  async record(
    model: string,
    messages: readonly ChatMessage[],
    options: { temperature: number; n: number; signal?: AbortSignal },
  ): Promise<RecordedReply> {
    const completion = await this.client.chat.completions.create(
      {
        model,
        messages: messages.map((m) => ({ role: m.role, content: m.content ?? '' })) as never,
        temperature: options.temperature,
        ...(options.n > 1 ? { n: options.n } : {}),
      },
      { signal: options.signal },
    );
    return {
      texts: completion.choices.map((c) => c.message.content ?? ''),
      promptTokens: completion.usage?.prompt_tokens ?? null,
      replyTokens: completion.usage?.completion_tokens ?? null,
    };
  }
}
