// What the Try service needs from the rest of main, as small interfaces, so it can be built and tested
// before (and independently of) the Examples projects service, and driven by fakes in unit tests.
import type { PriceRegion } from '../../../../shared/domain/pricing/region';
import type { ChatExample } from '../../../../shared/domain/chat';
import type { ModelPrice, ProviderId } from '../../../../shared/domain/pricing/catalog';
import type { ChatModelList, ChatReply, ChatSettings, ChatTurn, ProviderModel } from '../providers/Provider';

export interface TryProjectInfo {
  id: string;
  name: string;
  trainCount: number;
  testCount: number;
}

export interface TryExample {
  id: string;
  example: ChatExample;
}

/** Where correction came from, stored with the example so Examples and Train can tell it apart. */
export interface CorrectionProvenance {
  model: string;
  source: 'chat' | 'compare' | 'test';
}

/** The project data Try reads and the one thing it writes back (corrections). */
export interface TryDataSource {
  listProjects(): Promise<TryProjectInfo[]>;
  /** The held-out test part, in project order. */
  testExamples(projectId: string): Promise<TryExample[]>;
  /** Training examples for few-shot prompts and the default system prompt (never the test part). */
  trainingExamples(projectId: string): Promise<ChatExample[]>;
  appendCorrection(
    projectId: string,
    example: ChatExample,
    provenance: CorrectionProvenance,
  ): Promise<{ exampleId: string }>;
}

/** The part of a provider Try uses (FineTuningProvider satisfies it). */
export interface ChatModelSource {
  readonly id: ProviderId;
  listModels(options?: { signal?: AbortSignal }): Promise<ProviderModel[]>;
  /** Issue 16 §6: chat models marked fine-tunable or not, with the catalog's dated list as fallback. */
  chatModels?(options?: { signal?: AbortSignal }): Promise<ChatModelList>;
  chat(
    model: string,
    turns: readonly ChatTurn[],
    options?: { signal?: AbortSignal; onDelta?: (text: string) => void } & ChatSettings,
  ): Promise<ChatReply>;
}

export interface PriceSource {
  priceOf(provider: ProviderId, model: string): ModelPrice | undefined;
  isOverridden(provider: ProviderId, model: string): boolean;
  /** Whose regional prices apply (Alibaba); absent or null for a provider with one price list. */
  regionOf?(provider: ProviderId): PriceRegion | null;
}

/** Asks the user where to save a file; null when they cancel. Main writes the file itself. */
export interface SaveDialog {
  chooseSavePath(suggestedName: string, extension: 'csv' | 'html'): Promise<string | null>;
}
