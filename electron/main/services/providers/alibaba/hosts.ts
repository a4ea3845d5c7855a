// Model Studio (DashScope) has one host per region and keys are per region: a Beijing key is refused on the
// Singapore host and the other way round (reference providers-2026-12 §2.1). Prices are in the region's
// currency. Singapore is probed first: most of our users outside mainland China sign up there.
import type { AlibabaRegion } from '../../../../../shared/domain/providers/accountSettings';

export const ALIBABA_HOSTS: Readonly<Record<AlibabaRegion, string>> = {
  singapore: 'https://dashscope-intl.aliyuncs.com',
  beijing: 'https://dashscope.aliyuncs.com',
};

export const PROBE_ORDER: readonly AlibabaRegion[] = ['singapore', 'beijing'];

export const REGION_CURRENCY: Readonly<Record<AlibabaRegion, 'USD' | 'CNY'>> = {
  singapore: 'USD',
  beijing: 'CNY',
};

/** Job times come without a zone; both regions keep UTC+8 (an assumption the reference marks unverified). */
export const REGION_UTC_OFFSET_MINUTES = 480;

/** Where the user creates a key, and where an account in arrears is topped up. */
export const ALIBABA_LINKS: Readonly<Record<AlibabaRegion, { keys: string; topUp: string }>> = {
  singapore: {
    keys: 'https://modelstudio.console.alibabacloud.com/?tab=playground#/api-key',
    topUp: 'https://usercenter2-intl.aliyun.com/billing',
  },
  beijing: {
    keys: 'https://bailian.console.aliyun.com/?tab=model#/api-key',
    topUp: 'https://billing-cost.console.aliyun.com/',
  },
};
