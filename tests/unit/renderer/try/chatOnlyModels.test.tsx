// Issue 16 §6, end to end with no key: the practice service lists chat-only models (gpt-5.4-mini …);
// Try's model pickers for the prompt-only and base + notes set-ups offer them in their own "chat only"
// group, while Train's base-model picker, built from the same price catalog, offers only models that can
// be fine-tuned. The lists come from the real code: the practice service's GET /models marked by
// chatModelList and shaped by TryoutService, and RunPlanner's modelOptions over a real PriceBook.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createPracticeService,
  DEFAULT_PRACTICE_KEY,
  PRACTICE_BASE_URL,
  type PracticeService,
} from '../../../../electron/main/services/practice';
import { chatModelList } from '../../../../electron/main/services/providers/chatModels';
import { PriceBook } from '../../../../electron/main/services/providers/PriceBook';
import type { ProviderModel } from '../../../../electron/main/services/providers/Provider';
import { modelOptions } from '../../../../electron/main/services/training/RunPlanner';
import { ConversationStore, TryoutService } from '../../../../electron/main/services/tryout';
import { StartForm } from '../../../../renderer/features/train/start/StartForm';
import { SetupEditor } from '../../../../renderer/features/try/SetupEditor';
import { useTry } from '../../../../renderer/features/try/store';
import { TryPage } from '../../../../renderer/features/try/TryPage';
import { createI18n } from '../../../../renderer/i18n';
import type { Setup } from '../../../../shared/domain/tryout';
import type { TryModel } from '../../../../shared/ipc/schemas/tryout';
import { installFakeBridge } from '../shell/fakeBridge';

const CHAT_ONLY = 'gpt-5.4-mini';
const TRAINABLE = 'gpt-4.1-mini-2025-04-14';

let dir: string;
let practice: PracticeService;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-chat-only-'));
  practice = createPracticeService({});
  useTry.setState({ trainingRuns: [] });
});
afterEach(async () => {
  await practice.dispose();
  await fs.rm(dir, { recursive: true, force: true });
});

/** The practice service's model list, read the way the OpenAI adapter maps it. */
async function listed(): Promise<ProviderModel[]> {
  const answer = await practice.fetch(`${PRACTICE_BASE_URL}/models`, {
    headers: { authorization: `Bearer ${DEFAULT_PRACTICE_KEY}` },
  });
  const body = (await answer.json()) as {
    data: { id: string; created: number; owned_by: string; shutdown_date: string | null }[];
  };
  return body.data.map((m) => ({
    id: m.id,
    createdAt: m.created * 1000,
    ownedBy: m.owned_by,
    shutdownDate: m.shutdown_date,
    fineTuned: m.id.startsWith('ft:'),
  }));
}

async function tryModels(): Promise<TryModel[]> {
  const prices = await PriceBook.open(dir);
  const service = new TryoutService({
    provider: () => ({
      id: 'practice',
      listModels: listed,
      chatModels: () => chatModelList('practice', listed),
      chat: async () => ({ text: '', promptTokens: null, replyTokens: null }),
    }),
    prices,
    data: {
      listProjects: async () => [],
      testExamples: async () => [],
      trainingExamples: async () => [],
      appendCorrection: async () => ({ exampleId: 'x' }),
    },
    conversations: await ConversationStore.open(path.join(dir, 'c')),
    saveDialog: { chooseSavePath: async () => null },
    emit: () => undefined,
  });
  return (await service.overview()).models;
}

const setup = (kind: Setup['kind']): Setup => ({
  id: 'b',
  kind,
  model: TRAINABLE,
  systemPrompt: '',
  fewShotCount: 0,
  temperature: 1,
  maxTokens: null,
});

describe('chat-only models', () => {
  it.each(['base', 'notes'] as const)(
    'Try offers them for a %s set-up, in their own group, and marks the retiring models',
    async (kind) => {
      const models = await tryModels();
      const i18n = await createI18n('en', false);
      render(
        <I18nextProvider i18n={i18n}>
          <SetupEditor setup={setup(kind)} models={models} onChange={() => {}} />
        </I18nextProvider>,
      );
      const select = screen.getByLabelText('Model') as HTMLSelectElement;
      const chatOnly = select.querySelector('optgroup[label="Chat only (cannot be trained)"]') as HTMLElement;
      const chatOnlyIds = within(chatOnly)
        .getAllByRole('option')
        .map((o) => (o as HTMLOptionElement).value);
      expect(chatOnlyIds).toEqual(expect.arrayContaining([CHAT_ONLY, 'gpt-5.5', 'gpt-6-luna']));
      expect(chatOnlyIds).not.toContain(TRAINABLE);
      const base = select.querySelector('optgroup[label="Base models"]') as HTMLElement;
      const trainable = within(base).getByRole('option', { name: /gpt-4\.1-mini/ });
      expect(trainable.textContent).toBe('gpt-4.1-mini · retires 2027-01-14');
    },
  );

  it('Train offers only models that can be fine-tuned', async () => {
    const answer = modelOptions(await PriceBook.open(dir), 'practice', new Date('2026-12-05T00:00:00Z'));
    installFakeBridge({
      'training.sources': () => [
        { id: 'p1', name: 'Kettle', kind: 'project', trainCount: 48, validationCount: 6 },
      ],
      'training.models': () => answer,
    });
    const i18n = await createI18n('en', false);
    render(
      <I18nextProvider i18n={i18n}>
        <StartForm initial={null} onPlanned={() => undefined} onCancel={() => undefined} />
      </I18nextProvider>,
    );
    await screen.findByTestId('model-facts');
    const offered = [...(screen.getByTestId('train-model') as HTMLSelectElement).options].map((o) => o.value);
    expect(offered).toContain(TRAINABLE);
    expect(offered).not.toContain(CHAT_ONLY);
    expect(offered.some((id) => id.startsWith('gpt-5') || id.startsWith('gpt-6'))).toBe(false);
  });
});

describe('fallback list notice', () => {
  it('says in the reader’s language that the provider’s list could not be read, with the list’s date', async () => {
    useTry.setState({ overview: null });
    installFakeBridge({
      'jobs.list': () => [],
      'deployments.list': () => [],
      'tryout.overview': () => ({
        provider: 'practice',
        projects: [],
        models: [{ id: CHAT_ONLY, fineTuned: false, checkpoint: false, fineTunable: false, retiresOn: null }],
        modelList: { source: 'fallback', checkedOn: '2026-12-05' },
      }),
    });
    const i18n = await createI18n('zh-TW', false);
    render(
      <I18nextProvider i18n={i18n}>
        <TryPage />
      </I18nextProvider>,
    );
    const notice = await screen.findByTestId('model-list-fallback');
    expect(notice.textContent).toBe(
      '讀不到服務商的模型清單，所以這裡列出 Tunesmith 自己的清單（2026-12-05 查核）。其中有些模型之後可能已經改變。',
    );
  });
});
