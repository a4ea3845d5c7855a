// What the user's own code must change to call the new model: base URL, model id and the name of the key.
// Drop-in only where the provider speaks OpenAI's chat API (all of ours do, Alibaba through its
// OpenAI-compatible mode); the key names are each provider's documented environment variable.
import type { ProviderId } from '../pricing/catalog';
import type { SwitchOver } from './types';

const ENDPOINTS: Record<ProviderId, { baseURL: string; keyName: string }> = {
  practice: { baseURL: 'http://127.0.0.1:<port>/v1 (npm run practice-api)', keyName: 'OPENAI_API_KEY' },
  openai: { baseURL: 'https://api.openai.com/v1', keyName: 'OPENAI_API_KEY' },
  alibaba: {
    baseURL: 'https://dashscope-intl.aliyuncs.com/compatible-mode/v1',
    keyName: 'DASHSCOPE_API_KEY',
  },
  nebius: { baseURL: 'https://api.tokenfactory.nebius.com/v1', keyName: 'NEBIUS_API_KEY' },
  together: { baseURL: 'https://api.together.xyz/v1', keyName: 'TOGETHER_API_KEY' },
};

export function switchOverFor(provider: ProviderId, model: string): SwitchOver {
  return { provider, model, ...ENDPOINTS[provider] };
}

/** The three lines a developer copies. */
export function switchOverSnippet(card: SwitchOver): string {
  return `base_url = ${card.baseURL}\nmodel = ${card.model}\napi_key = $${card.keyName}`;
}
