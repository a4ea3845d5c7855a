// Train / validation / test split settings of a project: a preset and a seed. A project's examples are
// split by the engine's splitExamples (shared/domain/dataset/split.ts: seeded, and exact copies always
// land in the same part) through ENGINE_PRESET below. assignSplit is the id-only variant for sources
// that have ids but no project (Train's sample source uses it); it gives exact part sizes too.
import type { SplitPart } from './types';
import { SPLIT_PRESETS as ENGINE_PRESETS } from '../dataset/split';

export const SPLIT_PRESETS = {
  '80-10-10': [80, 10, 10],
  '90-10-0': [90, 10, 0],
  '70-15-15': [70, 15, 15],
} as const satisfies Record<string, readonly [number, number, number]>;

export type SplitPresetId = keyof typeof SPLIT_PRESETS;

/** Our preset ids (safe in ids and file names) → the engine's ratios. */
export const ENGINE_PRESET = {
  '80-10-10': ENGINE_PRESETS['80/10/10'],
  '90-10-0': ENGINE_PRESETS['90/10/0'],
  '70-15-15': ENGINE_PRESETS['70/15/15'],
} as const satisfies Record<SplitPresetId, (typeof ENGINE_PRESETS)[keyof typeof ENGINE_PRESETS]>;
export const SPLIT_PRESET_IDS = Object.keys(SPLIT_PRESETS) as SplitPresetId[];
export const DEFAULT_SEED = 20240601;

export interface SplitSettings {
  preset: SplitPresetId;
  seed: number;
}

/** cyrb53: small, fast, well-mixed string hash; the same function runs in Node and Chromium. */
export function hashString(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Which part each id falls in. Counts are exact: validation and test get floor(n·share), train the rest. */
export function assignSplit(ids: readonly string[], settings: SplitSettings): Map<string, SplitPart> {
  const [, validationShare, testShare] = SPLIT_PRESETS[settings.preset];
  const order = ids
    .map((id) => ({ id, h: hashString(id, settings.seed) }))
    .sort((a, b) => a.h - b.h || (a.id < b.id ? -1 : 1));
  const n = order.length;
  const test = Math.floor((n * testShare) / 100);
  const validation = Math.floor((n * validationShare) / 100);
  const out = new Map<string, SplitPart>();
  order.forEach(({ id }, i) =>
    out.set(id, i < test ? 'test' : i < test + validation ? 'validation' : 'train'),
  );
  return out;
}

export function countParts(parts: Iterable<SplitPart>): Record<SplitPart, number> {
  const counts = { train: 0, validation: 0, test: 0 };
  for (const p of parts) counts[p]++;
  return counts;
}
