// Try shows models by the name the user gave their training run, with the full id on demand, and the
// chat's set-up panel folds away and stays folded (issue 17, point 1).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { beforeEach, describe, expect, it } from 'vitest';
import { SetupEditor } from '../../../../renderer/features/try/SetupEditor';
import { SETUP_FOLDED_KEY, SetupPanel } from '../../../../renderer/features/try/SetupPanel';
import { modelLabel } from '../../../../renderer/features/try/modelLabel';
import { useTry } from '../../../../renderer/features/try/store';
import { createI18n } from '../../../../renderer/i18n';
import type { Setup } from '../../../../shared/domain/tryout';

const FT = 'ft:gpt-4.1-mini-2025-04-14:personal:kettle:Tk7Q2x9a';
const BASE = 'gpt-4.1-mini-2025-04-14';
const trainingRun = {
  id: 'run-1',
  request: { suffix: 'teashop-v1', baseModel: BASE },
  job: { fineTunedModel: FT },
  checkpoints: [{ model: `${FT}:ckpt-step-48`, step: 48 }],
};
const setup: Setup = {
  id: 'a',
  kind: 'fine-tuned',
  model: FT,
  systemPrompt: 'Be brief.',
  fewShotCount: 0,
  temperature: 1,
  maxTokens: null,
};
const models = [
  { id: FT, fineTuned: true, checkpoint: false },
  { id: `${FT}:ckpt-step-48`, fineTuned: true, checkpoint: true },
  { id: BASE, fineTuned: false, checkpoint: false },
];

async function inLanguage(ui: React.ReactElement, lng: 'en' | 'zh-TW' = 'en') {
  const i18n = await createI18n(lng, false);
  return render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
}

/** Hidden by the `hidden` attribute on itself or an ancestor (jsdom does no layout). */
const hidden = (el: Element) => el.closest('[hidden]') !== null;

beforeEach(() => {
  useTry.setState({ trainingRuns: [trainingRun] });
  window.localStorage.clear();
});

describe('friendly model names on Try', () => {
  it('labels the select by run name and base display name, each with its full id as title', async () => {
    await inLanguage(<SetupEditor setup={setup} models={models} onChange={() => {}} />);
    const select = screen.getByLabelText('Model') as HTMLSelectElement;
    expect(select.value).toBe(FT);
    expect(select.title).toBe(FT);
    expect(select.selectedOptions[0]!.textContent).toBe('teashop-v1');
    const options = [...select.options].map((o) => [o.textContent, o.title]);
    expect(options).toEqual([
      ['teashop-v1', FT],
      ['teashop-v1 · step 48', `${FT}:ckpt-step-48`],
      ['gpt-4.1-mini', BASE],
    ]);
  });

  it('shows the full id on request, ready to copy', async () => {
    await inLanguage(<SetupEditor setup={setup} models={models} onChange={() => {}} />);
    expect(hidden(screen.getByTestId('model-id'))).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Show full id' }));
    expect(hidden(screen.getByTestId('model-id'))).toBe(false);
    expect(screen.getByTestId('model-id').textContent).toBe(FT);
    expect((screen.getByRole('button', { name: 'Copy' }) as HTMLButtonElement).disabled).toBe(false);
    expect(screen.getByRole('button', { name: 'Hide full id' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('words a nameless run and a checkpoint in the reader’s language', async () => {
    const i18n = await createI18n('zh-TW', false);
    const nameless = [{ ...trainingRun, request: { suffix: null, baseModel: BASE } }];
    expect(modelLabel(i18n.t, FT, nameless)).toBe('gpt-4.1-mini（已微調）');
    expect(modelLabel(i18n.t, `${FT}:ckpt-step-48`, [trainingRun])).toBe('teashop-v1 · 第 48 步');
  });

  it('explains temperature and few-shot in plain words with their glossary terms', async () => {
    await inLanguage(
      <SetupEditor
        setup={{ ...setup, kind: 'few-shot', fewShotCount: 3 }}
        models={models}
        onChange={() => {}}
      />,
    );
    const temperature = screen.getByLabelText('Variety of wording (0–2)');
    expect(temperature.getAttribute('aria-describedby')).toBeTruthy();
    const hint = document.getElementById(temperature.getAttribute('aria-describedby')!)!;
    expect(hint.querySelector('[data-term="temperature"]')).not.toBeNull();
    expect(hint.textContent).toContain('0 gives almost the same reply every time');
    const shots = screen.getByLabelText('Examples shown before each question');
    const shotsHint = document.getElementById(shots.getAttribute('aria-describedby')!)!;
    expect(shotsHint.querySelector('[data-term="few-shot"]')).not.toBeNull();
  });
});

describe('the chat set-up panel', () => {
  it('folds by keyboard and stays folded the next time it opens', async () => {
    const first = await inLanguage(
      <SetupPanel summary="teashop-v1">
        <p>fields</p>
      </SetupPanel>,
    );
    const toggle = screen.getByRole('button', { name: 'Hide set-up' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(hidden(screen.getByText('fields'))).toBe(true);
    expect(
      screen.getByRole('button', { name: 'Show set-up (teashop-v1)' }).getAttribute('aria-expanded'),
    ).toBe('false');
    expect(window.localStorage.getItem(SETUP_FOLDED_KEY)).toBe('true');
    first.unmount();
    await inLanguage(
      <SetupPanel summary="teashop-v1">
        <p>fields</p>
      </SetupPanel>,
    );
    expect(hidden(screen.getByText('fields'))).toBe(true);
  });
});
