// One streamed reply from one set-up, measured: time to first text and total time on the service's clock,
// tokens from the provider's usage, cost from the price book. Streaming text goes to `onDelta` as it
// arrives; a stop (abort) keeps what had arrived and is reported as stopped, not as a failure.
import { replyFigures } from '../../../../shared/domain/tryout/figures';
import { buildPrompt, type PromptTurn } from '../../../../shared/domain/tryout/fewShot';
import type { ReplyFigures, Setup } from '../../../../shared/domain/tryout/types';
import type { ChatExample } from '../../../../shared/domain/chat';
import { asAppError } from '../providers/errorMapping';
import type { ChatModelSource, PriceSource } from './ports';

export interface ReplyOutcome {
  text: string;
  figures: ReplyFigures | null;
  stopped: boolean;
}

/** The turns a set-up sends: its system prompt, few-shot pairs when it has some, then the conversation. */
export function setupTurns(
  setup: Setup,
  training: readonly ChatExample[],
  conversation: readonly PromptTurn[],
): PromptTurn[] {
  return buildPrompt(
    setup.systemPrompt,
    training,
    setup.kind === 'few-shot' ? setup.fewShotCount : 0,
    conversation,
  );
}

export async function measuredReply(
  provider: ChatModelSource,
  prices: PriceSource,
  setup: Setup,
  turns: readonly PromptTurn[],
  options: { signal: AbortSignal; now: () => number; onDelta?: (text: string) => void },
): Promise<ReplyOutcome> {
  const startedAt = options.now();
  let firstTextAt: number | null = null;
  let received = '';
  try {
    const reply = await provider.chat(setup.model, turns, {
      signal: options.signal,
      temperature: setup.temperature,
      ...(setup.maxTokens !== null ? { maxTokens: setup.maxTokens } : {}),
      onDelta: (text) => {
        if (firstTextAt === null && text !== '') firstTextAt = options.now();
        received += text;
        options.onDelta?.(text);
      },
    });
    const price = prices.priceOf(provider.id, setup.model);
    const figures = replyFigures(
      reply,
      { startedAt, firstTextAt, finishedAt: options.now() },
      price
        ? {
            ...price,
            overridden: prices.isOverridden(provider.id, setup.model),
            priceRegion: prices.regionOf?.(provider.id) ?? null,
          }
        : null,
    );
    return { text: reply.text, figures, stopped: false };
  } catch (error) {
    // A stop the user asked for keeps the partial text; usage never arrives for a stopped stream.
    if (options.signal.aborted) return { text: received, figures: null, stopped: true };
    throw asAppError(error);
  }
}
