// Which Nebius bases can be trained and which of those serve a LoRA per token, read from Nebius's own
// catalog (`models_info`: `fine_tune.model_id`, `flavors[].supports_lora_adapters`, prices, `deprecated`)
// because that list changes during the year (reference §8.1). When the catalog cannot be read, the dated
// fallback in shared/domain/pricing/nebius.ts is used and shown as such.
import { NEBIUS_FALLBACK_BASES, NEBIUS_MODELS } from '../../../../../shared/domain/pricing/nebius';
import type { ServingBase, ServingBases } from '../../../../../shared/domain/providers/account';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

interface CatalogEntry {
  name?: unknown;
  id?: unknown;
  deprecated?: unknown;
  flavors?: unknown;
  fine_tune?: unknown;
}

/** The entries of the catalog, whether it is a bare array or wrapped in `data` / `models`. */
function entriesOf(json: unknown): CatalogEntry[] {
  if (Array.isArray(json)) return json as CatalogEntry[];
  if (json && typeof json === 'object') {
    const o = json as { data?: unknown; models?: unknown };
    if (Array.isArray(o.data)) return o.data as CatalogEntry[];
    if (Array.isArray(o.models)) return o.models as CatalogEntry[];
  }
  return [];
}

/** Bases that can be fine-tuned, from the catalog; serving ids with a flavour suffix keep it. */
export function parseCatalog(json: unknown, checkedAt: string): ServingBases {
  const bases: ServingBase[] = [];
  for (const entry of entriesOf(json)) {
    const fineTune = entry.fine_tune as {
      model_id?: unknown;
      training_price_per_million_tokens?: unknown;
    } | null;
    const fineTuneId = str(fineTune?.model_id);
    const servingId = str(entry.name) ?? str(entry.id);
    if (!fineTuneId || !servingId) continue;
    const flavors = Array.isArray(entry.flavors) ? (entry.flavors as Record<string, unknown>[]) : [];
    const lora = flavors.find((f) => f['supports_lora_adapters'] === true);
    const priced = lora ?? flavors[0];
    bases.push({
      fineTuneId,
      servingId,
      servesLoraPerToken: lora !== undefined,
      deprecated: entry.deprecated === true,
      trainingPer1M: num(fineTune?.training_price_per_million_tokens),
      inputPer1M: num(priced?.['input_price_per_million_tokens']),
      outputPer1M: num(priced?.['output_price_per_million_tokens']),
    });
  }
  return { source: 'live', checkedAt, bases };
}

/** The dated list shipped with the app, used only when the catalog could not be read. */
export function fallbackBases(): ServingBases {
  return {
    source: 'fallback',
    checkedAt: NEBIUS_FALLBACK_BASES.checkedOn,
    bases: NEBIUS_FALLBACK_BASES.bases.map((b) => {
      const price = NEBIUS_MODELS.find((m) => m.model === b.fineTuneId);
      return {
        ...b,
        trainingPer1M: price?.trainingPer1M ?? null,
        inputPer1M: price?.inputPer1M ?? null,
        outputPer1M: price?.outputPer1M ?? null,
      };
    }),
  };
}

/** Is a run on `fineTuneId` going to be chat-able? `pick` lists the bases that would be, best first. */
export function servability(
  bases: ServingBases,
  fineTuneId: string,
): { servable: boolean; base: ServingBase | null; pick: string[] } {
  const base = bases.bases.find((b) => b.fineTuneId === fineTuneId) ?? null;
  const pick = bases.bases
    .filter((b) => b.servesLoraPerToken)
    .sort((a, b) => Number(a.deprecated) - Number(b.deprecated))
    .map((b) => b.fineTuneId);
  return { servable: base?.servesLoraPerToken === true, base, pick };
}
