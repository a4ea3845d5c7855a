// Routes for providers, accounts, prices and the network state (issue 4). Main decides; the renderer words.
import { z } from 'zod';
import { defineRoute } from '../define';
import type { AccountReport } from '../../domain/providers/account';
import { ALL_PROVIDER_IDS, type ProviderCapabilities } from '../../domain/providers/capabilities';
import type { ModelPrice, ProviderId } from '../../domain/pricing/catalog';
import type { CostEstimate } from '../../domain/pricing/cost';
import type { PriceRegion } from '../../domain/pricing/region';
import {
  accountSettingsInput,
  CONFIGURABLE_PROVIDER_IDS,
  type AccountSettings,
  type AlibabaRegion,
  type ConfigurableProviderId,
  type OpenAIAccountSettings,
} from '../../domain/providers/accountSettings';

export interface ProviderSummary {
  id: ProviderId;
  capabilities: ProviderCapabilities;
  /** A key is saved (always true for practice, which needs none). */
  connected: boolean;
  /** The provider new work goes to. */
  active: boolean;
  /** Where the user creates a key for this provider (null for practice). */
  keyConsoleUrl: string | null;
  /** The region found for the key (Alibaba), once a call found it. */
  region: AlibabaRegion | null;
}

export type { AccountSettings, OpenAIAccountSettings };

export interface PriceEntry {
  /** The price the app uses: the shipped entry with the user's override applied. */
  price: ModelPrice;
  /** The entry as shipped, so Settings can show what an override replaced. */
  shipped: ModelPrice;
  overridden: boolean;
}

export interface CostQuote extends CostEstimate {
  /** Whether a user override (rather than the shipped catalog) produced this figure. */
  overridden: boolean;
  checkedOn: string;
  /** For a provider priced per region (Alibaba): whose prices these are, and how that region was known. */
  region: PriceRegion | null;
}

const providerId = z.enum(ALL_PROVIDER_IDS);
const perMillion = z.number().min(0).max(10_000).nullable();

export const providerRoutes = {
  'providers.list': defineRoute<ProviderSummary[]>()(z.object({}).strict()),
  'accounts.use': defineRoute<ProviderSummary[]>()(z.object({ provider: providerId }).strict()),
  /** Calls the provider with the stored key: is it valid, can it train, which models, what do they cost. */
  'accounts.test': defineRoute<AccountReport>()(z.object({ provider: providerId }).strict()),
  /** One provider's account settings (and what the app learned, e.g. the Alibaba region found). */
  'accounts.settings': defineRoute<AccountSettings>()(
    z.object({ provider: z.enum(CONFIGURABLE_PROVIDER_IDS as [ConfigurableProviderId]) }).strict(),
  ),
  /** Every provider's settings through one route: a union discriminated by `provider`. */
  'accounts.configure': defineRoute<AccountSettings>()(accountSettingsInput),
  'prices.list': defineRoute<PriceEntry[]>()(z.object({}).strict()),
  /** `override: null` restores the shipped price. */
  'prices.override': defineRoute<PriceEntry[]>()(
    z
      .object({
        provider: providerId,
        model: z.string().min(1).max(200),
        /** Which regional entry is corrected, for providers priced per region (Alibaba). */
        region: z.enum(['singapore', 'beijing']).optional(),
        override: z
          .object({
            trainingPer1M: perMillion.optional(),
            inputPer1M: perMillion.optional(),
            cachedInputPer1M: perMillion.optional(),
            outputPer1M: perMillion.optional(),
            maxTokensPerExample: z.number().int().min(1).max(10_000_000).optional(),
          })
          .strict()
          .nullable(),
      })
      .strict(),
  ),
  /** Whether to show the first-run "connect an account or practise" prompt. */
  'accounts.firstRun': defineRoute<{ show: boolean }>()(z.object({}).strict()),
  'accounts.firstRunDone': defineRoute<{ show: boolean }>()(z.object({}).strict()),
  'network.status': defineRoute<{ online: boolean }>()(z.object({}).strict()),
};
