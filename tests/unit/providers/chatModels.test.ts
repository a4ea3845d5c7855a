// Issue 16 §6: every adapter's chat model list for Try, against its practice service over loopback. Read
// from the provider's own list: fine-tunable bases and chat-only models, each marked, the gpt-4o/4.1
// family marked as retiring on 2027-01-14, embeddings models left out. When the list cannot be read
// (a persistent 503), the catalog's dated list instead, marked the same way; a rejected key is shown as
// it is. And the practice services answer chat for a chat-only model.
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatModelList, FineTuningProvider } from '../../../electron/main/services/providers/Provider';
import { startProviderHarness, trainingBytes } from './helpers';
import { adapterFor as alibabaAdapter } from './alibaba/helpers';
import { adapterFor as nebiusAdapter } from './nebius/helpers';
import { adapterFor as togetherAdapter } from './together/helpers';
import { startAlibabaHarness } from '../practice/alibaba/harness';
import { startNebiusHarness } from '../practice/nebius/harness';
import { startTogetherHarness } from '../practice/together/harness';
import type { FaultInjector } from '../../../electron/main/services/practice/faults';

interface Rig {
  adapter: FineTuningProvider;
  faults: FaultInjector;
  close(): Promise<void>;
}

const RIGS: Record<string, { listRoute: string; start(): Promise<Rig> }> = {
  practice: {
    listRoute: 'GET /models',
    async start() {
      const h = await startProviderHarness();
      return { adapter: h.provider({ id: 'practice' }), faults: h.service.faults, close: () => h.close() };
    },
  },
  alibaba: {
    listRoute: 'GET /compatible-mode/v1/models',
    async start() {
      const h = await startAlibabaHarness();
      return { adapter: alibabaAdapter(h), faults: h.service.faults, close: () => h.close() };
    },
  },
  nebius: {
    listRoute: 'GET /v1/models',
    async start() {
      const h = await startNebiusHarness();
      return { adapter: nebiusAdapter(h), faults: h.service.faults, close: () => h.close() };
    },
  },
  together: {
    listRoute: 'GET /v1/models',
    async start() {
      const h = await startTogetherHarness();
      return { adapter: togetherAdapter(h), faults: h.service.faults, close: () => h.close() };
    },
  },
};

const CASES = [
  { provider: 'practice', trainable: 'gpt-4.1-mini-2025-04-14', chatOnly: 'gpt-5.4-mini' },
  { provider: 'alibaba', trainable: 'qwen3-14b', chatOnly: 'qwen-plus' },
  {
    provider: 'nebius',
    trainable: 'meta-llama/Llama-3.1-8B-Instruct',
    chatOnly: 'Qwen/Qwen3-235B-A22B-Instruct-2507',
  },
  {
    provider: 'together',
    trainable: 'meta-llama/Llama-3.3-70B-Instruct-Turbo',
    chatOnly: 'Qwen/Qwen2.5-72B-Instruct-Turbo',
  },
] as const;

let rig: Rig | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

const byId = (list: ChatModelList, id: string) => list.models.find((m) => m.id === id);

describe.each(CASES)('$provider chat models', ({ provider, trainable, chatOnly }) => {
  it('reads the provider’s list: trainable bases and chat-only models, marked; no embeddings models', async () => {
    rig = await RIGS[provider]!.start();
    const list = await rig.adapter.chatModels!();
    expect(list).toMatchObject({ source: 'listed', checkedOn: null });
    expect(byId(list, trainable)).toMatchObject({ fineTunable: true, fineTuned: false });
    expect(byId(list, chatOnly)).toMatchObject({ fineTunable: false, fineTuned: false, retiresOn: null });
    expect(list.models.some((m) => /embedding|bge|moderation/i.test(m.id))).toBe(false);
  });

  it('falls back to the dated catalog list when the list cannot be read', async () => {
    rig = await RIGS[provider]!.start();
    rig.faults.inject({ route: RIGS[provider]!.listRoute, action: { kind: 'status', status: 503 } });
    const list = await rig.adapter.chatModels!();
    expect(list).toMatchObject({ source: 'fallback', checkedOn: '2026-12-05' });
    expect(byId(list, trainable)).toMatchObject({ fineTunable: true });
    expect(byId(list, chatOnly)).toMatchObject({ fineTunable: false, retiresOn: null });
  });

  it('answers chat for the chat-only model', async () => {
    rig = await RIGS[provider]!.start();
    const reply = await rig.adapter.chat(chatOnly, [
      { role: 'user', content: 'When do you open on Saturday?' },
    ]);
    expect(reply.text.length).toBeGreaterThan(0);
  });
});

describe('serving ids of trainable bases', () => {
  it('Nebius marks a base’s serving id fine-tunable, not chat only', async () => {
    rig = await RIGS.nebius!.start();
    const list = await rig.adapter.chatModels!();
    expect(byId(list, 'meta-llama/Meta-Llama-3.1-8B-Instruct')).toMatchObject({ fineTunable: true });
  });
});

describe('OpenAI retirements', () => {
  it('marks gpt-4o, gpt-4o-mini, gpt-4.1 and gpt-4.1-mini as retiring on 2027-01-14, and the gpt-5 family not', async () => {
    rig = await RIGS.practice!.start();
    const list = await rig.adapter.chatModels!();
    const retiring = list.models.filter((m) => m.retiresOn === '2027-01-14').map((m) => m.id);
    expect(retiring.sort()).toEqual([
      'gpt-4.1-2025-04-14',
      'gpt-4.1-mini-2025-04-14',
      'gpt-4o-2024-08-06',
      'gpt-4o-mini-2024-07-18',
    ]);
    expect(list.models.filter((m) => !m.fineTunable).map((m) => m.id)).toEqual(
      expect.arrayContaining(['gpt-5.4-mini', 'gpt-5.4-nano', 'gpt-5.5', 'gpt-6-luna']),
    );
  });

  it('refuses a fine-tuning job on a chat-only model', async () => {
    const h = await startProviderHarness();
    rig = { adapter: h.provider({ id: 'practice' }), faults: h.service.faults, close: () => h.close() };
    const file = await rig.adapter.uploadTrainingFile('train.jsonl', trainingBytes());
    await expect(
      rig.adapter.createJob({ clientRef: 'r1', baseModel: 'gpt-5.4-mini', trainingFileId: file.id }),
    ).rejects.toMatchObject({ ipcError: expect.anything() });
    expect(h.service.faults.count('POST /fine_tuning/jobs')).toBeGreaterThan(0);
    expect((await rig.adapter.listJobs({})).data).toEqual([]);
  });

  it('shows a rejected key as it is instead of the fallback list', async () => {
    const h = await startProviderHarness();
    rig = {
      adapter: h.provider({ id: 'practice', apiKey: 'sk-wrong' }),
      faults: h.service.faults,
      close: () => h.close(),
    };
    await expect(rig.adapter.chatModels!()).rejects.toMatchObject({ ipcError: { code: 'key_rejected' } });
  });
});
