// The OpenAI folder's entry in the provider registry, and practice's (the same adapter over the in-process
// practice service, so everything practice users do runs the real adapter code).
import { DEFAULT_PRACTICE_KEY, PRACTICE_BASE_URL } from '../../practice';
import type { ProviderEntry } from '../registry';
import { OPENAI_BASE_URL } from './client';
import { OpenAIProvider, type OpenAIProviderOptions } from './OpenAIProvider';
import { OPENAI_RULES, PRACTICE_RULES } from './rules';

export type OpenAIEndpoint = Partial<
  Pick<OpenAIProviderOptions, 'baseURL' | 'fetch' | 'interactiveTimeoutMs' | 'retryPolicy' | 'sleep'>
>;

export const PRACTICE_ENTRY: ProviderEntry = {
  rules: PRACTICE_RULES,
  create: (ctx) =>
    new OpenAIProvider({
      id: 'practice',
      apiKey: DEFAULT_PRACTICE_KEY,
      baseURL: PRACTICE_BASE_URL,
      fetch: ctx.practice.fetch,
      network: ctx.network,
      onRetry: ctx.onRetry,
    }),
};

export const OPENAI_ENTRY: ProviderEntry = {
  rules: OPENAI_RULES,
  create: (ctx) => {
    const { organization, project } = ctx.accounts.openai;
    return new OpenAIProvider({
      id: 'openai',
      apiKey: ctx.apiKey,
      baseURL: ctx.endpoints.openai?.baseURL ?? OPENAI_BASE_URL,
      organization,
      project,
      network: ctx.network,
      onRetry: ctx.onRetry,
      ...ctx.endpoints.openai,
    });
  },
};
