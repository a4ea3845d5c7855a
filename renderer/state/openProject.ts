// Token figures of the project open in Examples, for pages that only read them (Learn's cost calculator
// counts "200 emails a month" with the project's own average message). Set by the Examples feature;
// a tiny shared store because features never import each other (architecture §7).
import { create } from 'zustand';

export interface OpenProjectTokens {
  name: string;
  /** Examples the last check counted. */
  examples: number;
  meanTokensPerExample: number;
  meanAssistantTokensPerExample: number;
}

interface OpenProjectState {
  /** Null when no project is open or it has not been checked yet. */
  tokens: OpenProjectTokens | null;
  tokensChanged(tokens: OpenProjectTokens | null): void;
}

export const useOpenProject = create<OpenProjectState>((set) => ({
  tokens: null,
  tokensChanged: (tokens) => set({ tokens }),
}));
