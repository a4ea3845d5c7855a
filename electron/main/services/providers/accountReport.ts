// Turns what a key can see (AccountProbe) into what the connect screen says: can it train, which base
// models it can fine-tune at what price and until when, and how many days each of its fine-tuned models
// has left. Prices come from the PriceBook (overrides applied); dates from the injected clock.
import { isFineTunable } from '../../../../shared/domain/pricing/chatModels';
import { baseModelOf } from '../../../../shared/domain/pricing/catalog';
import type {
  AccountReport,
  FineTunedModelInfo,
  TrainingAvailability,
} from '../../../../shared/domain/providers/account';
import { daysUntil, openAiWindDown } from '../../../../shared/domain/providers/windDown';
import type { PriceBook } from './PriceBook';
import type { AccountProbe } from './Provider';
import type { ProviderRules } from './rules';

export function buildAccountReport(
  rules: ProviderRules,
  probe: AccountProbe,
  prices: PriceBook,
  now: Date,
): AccountReport {
  const provider = rules.id;
  const listed = new Set(probe.models.map((m) => m.id));
  const daysLeft = (date: string | null) => (date === null ? null : daysUntil(date, now));

  const baseModels = prices
    .entries()
    // A provider priced per region lists the entries of the account's region only (its currency).
    .filter((e) => e.inUse && e.price.provider === provider && listed.has(e.price.model))
    .filter((e) => isFineTunable(e.shipped))
    .filter((e) => e.price.shutdownDate === null || daysUntil(e.price.shutdownDate, now) > 0)
    .map((e) => ({ price: e.price, overridden: e.overridden, daysLeft: daysLeft(e.price.shutdownDate) }));

  const fineTunedModels: FineTunedModelInfo[] = probe.models
    .filter((m) => m.fineTuned)
    .map((m) => {
      const baseModel = baseModelOf(m.id);
      const shutdownDate = m.shutdownDate ?? prices.priceOf(provider, baseModel)?.shutdownDate ?? null;
      return { id: m.id, baseModel, createdAt: m.createdAt, shutdownDate, daysLeft: daysLeft(shutdownDate) };
    })
    .sort((a, b) => b.createdAt - a.createdAt);

  const availability: TrainingAvailability = rules.availability(now, probe);

  return {
    provider,
    checkedAt: now.toISOString(),
    availability,
    windDown: rules.windDown && provider !== 'practice' ? openAiWindDown(now) : null,
    baseModels,
    fineTunedModels,
    ...(probe.servingBases ? { servingBases: probe.servingBases } : {}),
  };
}
