// Which region's price list applies to an account. Alibaba bills each region in its own currency (Singapore
// in USD, Beijing in CNY), so a cost is only right once we know where the key lives: the region the user
// chose, else the one found by probing the key. Until either is known we price with Singapore and say so
// (basis `not_known`), so a screen never shows a CNY figure as USD or the other way round.
import type { AlibabaRegion } from './alibaba';

export type PriceRegionBasis = 'chosen' | 'found' | 'not_known';

export interface PriceRegion {
  region: AlibabaRegion;
  basis: PriceRegionBasis;
}

/** Priced with Singapore's list until the account's region is known. */
export const UNKNOWN_PRICE_REGION: PriceRegion = { region: 'singapore', basis: 'not_known' };

export function alibabaPriceRegion(account: {
  region: 'auto' | AlibabaRegion;
  foundRegion: AlibabaRegion | null;
}): PriceRegion {
  if (account.region !== 'auto') return { region: account.region, basis: 'chosen' };
  if (account.foundRegion) return { region: account.foundRegion, basis: 'found' };
  return UNKNOWN_PRICE_REGION;
}
