// Issue 17, point 8: "about 200 emails a month" is a volume a newcomer can give. Counted in messages, one
// message costs the open project's own average tokens (shown with its basis), or a documented typical
// email when no project is open; the page shows exactly what the pure calculator computes from that.
import { fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  calculatorPrices,
  compareCosts,
  DEFAULT_MESSAGE_TOKENS,
  messageTokensOfProject,
  type CalculatorInput,
} from '../../../../shared/domain/learn';
import type { ProjectMeta } from '../../../../shared/domain/projects/types';
import {
  CALCULATOR_DEFAULTS,
  calculatorResultLines as resultLines,
  LEARN_CONTENT,
  LearnPage,
} from '../../../../renderer/features/learn';
import { useProject } from '../../../../renderer/features/examples/state/projectStore';
// The Examples feature publishes the open project's figures (its index loads this in the app).
import '../../../../renderer/features/examples/openProject';
import { renderInLanguage } from './withLanguage';

const field = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`);
const unitSelect = () => document.querySelector<HTMLSelectElement>('select[name="volumeUnit"]')!;

function expectPageToShow(input: CalculatorInput, lang: 'en' | 'zh-TW' | 'zh-CN') {
  const content = LEARN_CONTENT[lang].calculator;
  for (const line of resultLines(compareCosts(input), content, lang)) {
    const row = document.querySelector(`[data-result="${line.id}"]`);
    expect(row?.querySelector('.learn-results__value')?.textContent, line.id).toBe(line.value);
  }
}

function miniPrices() {
  const prices = calculatorPrices({ kind: 'catalog', provider: 'openai', model: 'gpt-4o-mini-2024-07-18' });
  if (!prices.ok) throw new Error('gpt-4o-mini must be priced');
  return { base: prices.base, tuned: prices.tuned };
}

afterEach(() => useProject.setState({ meta: null }));

describe('cost calculator counted in emails or messages', { timeout: 30_000 }, () => {
  it('with no project: 200 emails a month at the documented typical email, with that basis shown', async () => {
    const user = userEvent.setup();
    await renderInLanguage(<LearnPage onNavigate={vi.fn()} />, 'en');
    await user.selectOptions(unitSelect(), 'messages');
    // The message's own tokens replace the typed prompt and reply sizes.
    expect(field('shortPromptTokens')).toBeNull();
    expect(field('replyTokens')).toBeNull();
    fireEvent.change(field('requestsPerMonth')!, { target: { value: '200' } });
    expect(field('requestsPerMonth')!.closest('label')?.textContent).toContain(
      LEARN_CONTENT.en.calculator.volume.messagesField,
    );
    expectPageToShow(
      {
        ...CALCULATOR_DEFAULTS,
        ...miniPrices(),
        requestsPerMonth: 200,
        shortPromptTokens: DEFAULT_MESSAGE_TOKENS.input,
        replyTokens: DEFAULT_MESSAGE_TOKENS.output,
      },
      'en',
    );
    expect(document.querySelector('[data-testid="message-basis"]')?.textContent).toBe(
      'One message counts as 200 tokens in and 160 tokens out, a short email and its reply (about 150 and 120 words). Open a project in Examples and check it to use its own average.',
    );
    // Back to requests: the typed sizes count again.
    await user.selectOptions(unitSelect(), 'requests');
    expect(field('replyTokens')).not.toBeNull();
    expectPageToShow({ ...CALCULATOR_DEFAULTS, ...miniPrices(), requestsPerMonth: 200 }, 'en');
  });

  it('with a checked project open: its own average message, named in the basis', async () => {
    const stats = (mean: number) => ({ min: 0, max: 0, mean, median: mean, p10: 0, p90: 0 });
    useProject.setState({
      meta: {
        name: '小壺茶舖',
        report: {
          examples: 61,
          stats: { tokensPerExample: stats(412.6), assistantTokensPerExample: stats(150.2) },
        },
      } as unknown as ProjectMeta,
    });
    const user = userEvent.setup();
    await renderInLanguage(<LearnPage onNavigate={vi.fn()} />, 'zh-TW');
    await user.selectOptions(unitSelect(), 'messages');
    fireEvent.change(field('requestsPerMonth')!, { target: { value: '200' } });
    const message = messageTokensOfProject('小壺茶舖', {
      examples: 61,
      meanTokensPerExample: 412.6,
      meanAssistantTokensPerExample: 150.2,
    });
    expect(message).toMatchObject({ input: 263, output: 150 });
    expectPageToShow(
      {
        ...CALCULATOR_DEFAULTS,
        ...miniPrices(),
        requestsPerMonth: 200,
        shortPromptTokens: 263,
        replyTokens: 150,
      },
      'zh-TW',
    );
    expect(document.querySelector('[data-testid="message-basis"]')?.textContent).toBe(
      '一則訊息以輸入 263 個 token、輸出 150 個 token 計算：這是你的專案「小壺茶舖」中 61 個範例的平均（依最近一次檢查）。',
    );
  });

  it('refuses an invalid number of messages on the field itself', async () => {
    const user = userEvent.setup();
    await renderInLanguage(<LearnPage onNavigate={vi.fn()} />, 'zh-CN');
    await user.selectOptions(unitSelect(), 'messages');
    fireEvent.change(field('requestsPerMonth')!, { target: { value: '-200' } });
    const input = field('requestsPerMonth')!;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(input.getAttribute('aria-describedby')!)?.textContent).toBe(
      LEARN_CONTENT['zh-CN'].calculator.invalidNumber,
    );
  });
});
