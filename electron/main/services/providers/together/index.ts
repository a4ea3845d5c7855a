// The Together folder's entry in the provider registry: the adapter built from the stored key. The practice
// key (`together-practice-key`) reaches the in-process Together practice service through this same adapter,
// with only the hosts and the transport swapped.
import {
  TOGETHER_PRACTICE_BASE_URL,
  TOGETHER_PRACTICE_KEY,
  TOGETHER_PRACTICE_V2_URL,
  DEFAULT_TOGETHER_SETTINGS,
} from '../../practice/together';
import type { ProviderEntry } from '../registry';
import { TogetherProvider, type TogetherProviderOptions } from './TogetherProvider';
import { TOGETHER_RULES } from './rules';

export { TogetherProvider, type TogetherProviderOptions } from './TogetherProvider';
export { TOGETHER_RULES } from './rules';

export type TogetherEndpoint = Partial<
  Pick<
    TogetherProviderOptions,
    | 'v1'
    | 'v2'
    | 'fetch'
    | 'projectId'
    | 'interactiveTimeoutMs'
    | 'retryPolicy'
    | 'sleep'
    | 'createSettleMs'
    | 'now'
  >
>;

export const isTogetherPracticeKey = (key: string): boolean => key === TOGETHER_PRACTICE_KEY;

export const TOGETHER_ENTRY: ProviderEntry = {
  rules: TOGETHER_RULES,
  create: (ctx) => {
    const practice = isTogetherPracticeKey(ctx.apiKey) ? ctx.practices.together : undefined;
    return new TogetherProvider({
      apiKey: ctx.apiKey,
      projectId: ctx.accounts.together?.projectId ?? DEFAULT_TOGETHER_SETTINGS.projectId,
      network: ctx.network,
      onRetry: ctx.onRetry,
      ...(practice
        ? {
            v1: TOGETHER_PRACTICE_BASE_URL,
            v2: TOGETHER_PRACTICE_V2_URL,
            fetch: practice.fetch,
            projectId: DEFAULT_TOGETHER_SETTINGS.projectId,
          }
        : {}),
      ...ctx.endpoints.together,
    });
  },
};
