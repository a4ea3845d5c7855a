// Practice moderation: OpenAI's category names and response shape, scored by the curated phrase lists
// in moderationTerms.ts. A practice approximation: it flags the obvious phrases it lists, in English
// and Chinese, and nothing else. It exists so the app (and its tests) can exercise flagged and unflagged
// paths without a key, not to judge real content.
import { hash32 } from './random';
import { IMPLIED, MODERATION_CATEGORIES, MODERATION_TERMS, type ModerationCategory } from './moderationTerms';

export { MODERATION_CATEGORIES, type ModerationCategory } from './moderationTerms';

export interface ModerationResult {
  flagged: boolean;
  categories: Record<ModerationCategory, boolean>;
  category_scores: Record<ModerationCategory, number>;
  /** Required by the spec; a text-only practice model applies every category to text. */
  category_applied_input_types: Record<ModerationCategory, ['text']>;
}

// One listed phrase is strong evidence (0.8); more phrases add up as independent evidence (noisy-OR):
// 1 - (1 - 0.8)^n. Implied parents get a slightly weaker echo. The threshold matches how OpenAI's
// `flagged` behaves for clear-cut text.
const PHRASE_EVIDENCE = 0.8;
const IMPLIED_FACTOR = 0.9;
const FLAG_THRESHOLD = 0.5;
// Unflagged categories get a tiny, text-dependent score as real moderation does (never exactly 0),
// below 1e-3 so nobody mistakes it for a signal.
const BACKGROUND_MAX = 5e-4;

interface CompiledTerms {
  en: RegExp[];
  zh: string[];
}

const COMPILED = Object.fromEntries(
  MODERATION_CATEGORIES.map((category) => {
    const terms = MODERATION_TERMS[category];
    return [
      category,
      {
        en: terms.en.map((source) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'gu')),
        zh: terms.zh.map((term) => term.toLowerCase()),
      },
    ];
  }),
) as Record<ModerationCategory, CompiledTerms>;

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/['’`]/g, '');
}

function countMatches(text: string, terms: CompiledTerms): number {
  let count = 0;
  for (const re of terms.en) count += text.match(re)?.length ?? 0;
  for (const term of terms.zh) count += text.split(term).length - 1;
  return count;
}

function round(score: number): number {
  // OpenAI reports scores like 0.00012345 or 0.99; 8 significant figures keep them readable.
  return Number(score.toPrecision(8));
}

export function moderate(text: string): ModerationResult {
  const normalized = normalize(text);
  const scores = {} as Record<ModerationCategory, number>;
  for (const category of MODERATION_CATEGORIES) {
    const matches = countMatches(normalized, COMPILED[category]);
    const background = ((hash32(`${category}\u0000${normalized}`) % 10_000) / 10_000) * BACKGROUND_MAX;
    scores[category] = matches > 0 ? 1 - (1 - PHRASE_EVIDENCE) ** matches : background;
  }
  for (const [child, parents] of Object.entries(IMPLIED) as [ModerationCategory, ModerationCategory[]][]) {
    for (const parent of parents) scores[parent] = Math.max(scores[parent], scores[child] * IMPLIED_FACTOR);
  }
  const categories = {} as Record<ModerationCategory, boolean>;
  const category_scores = {} as Record<ModerationCategory, number>;
  const category_applied_input_types = {} as Record<ModerationCategory, ['text']>;
  for (const category of MODERATION_CATEGORIES) {
    category_scores[category] = round(scores[category]);
    categories[category] = scores[category] >= FLAG_THRESHOLD;
    category_applied_input_types[category] = ['text'];
  }
  return {
    flagged: MODERATION_CATEGORIES.some((c) => categories[c]),
    categories,
    category_scores,
    category_applied_input_types,
  };
}
