// The calculator shows exactly what the pure functions compute, with the user's inputs, the chosen
// model and the Settings overrides.
import { fireEvent } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { calculatorPrices, compareCosts, type CalculatorInput } from '../../../../shared/domain/learn';
import {
  CALCULATOR_DEFAULTS,
  calculatorResultLines as resultLines,
  LEARN_CONTENT,
  LearnPage,
} from '../../../../renderer/features/learn';
import { renderInLanguage } from './withLanguage';

function shown(id: string) {
  const row = document.querySelector(`[data-result="${id}"]`);
  return {
    value: row?.querySelector('.learn-results__value')?.textContent,
    formula: row?.querySelector('.learn-results__formula')?.textContent,
  };
}

function expectPageToShow(input: CalculatorInput, lang: 'en' | 'zh-TW' | 'zh-CN') {
  const content = LEARN_CONTENT[lang].calculator;
  const lines = resultLines(compareCosts(input), content, lang);
  expect(lines).toHaveLength(7);
  for (const line of lines) {
    expect(shown(line.id)).toEqual({
      value: line.value,
      formula: `${content.formulaLabel} ${line.formula}`,
    });
  }
}

const field = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

// Whole-page renders in jsdom are slow on a loaded 2-core machine: a generous ceiling, no sleeps.
describe('cost calculator on the Learn page', { timeout: 30_000 }, () => {
  it('starts with gpt-4o-mini and shows the pure results for the default inputs', async () => {
    await renderInLanguage(<LearnPage onNavigate={vi.fn()} />, 'en');
    const prices = calculatorPrices({ kind: 'catalog', provider: 'openai', model: 'gpt-4o-mini-2024-07-18' });
    if (!prices.ok) throw new Error('gpt-4o-mini must be priced');
    expectPageToShow({ ...CALCULATOR_DEFAULTS, base: prices.base, tuned: prices.tuned }, 'en');
    // Hand check of one figure: 2,000 × $0.15/1M + 300 × $0.60/1M = $0.00048 per request → $4.80 a month.
    expect(shown('baseMonthly').value).toBe('$4.80');
    // 100,000 × 3 × $3/1M = $0.90 training.
    expect(shown('training').value).toBe('$0.90');
  });

  it('follows typed volumes and the 2023 example, where a fine-tuned request never gets cheaper', async () => {
    const user = userEvent.setup();
    await renderInLanguage(<LearnPage onNavigate={vi.fn()} />, 'zh-TW');
    await user.clear(field('requestsPerMonth'));
    await user.type(field('requestsPerMonth'), '500');
    await user.selectOptions(document.querySelector('select')!, 'example-2023');
    const prices = calculatorPrices({ kind: 'example-2023' });
    if (!prices.ok) throw new Error('2023 example must be priced');
    expectPageToShow({ ...CALCULATOR_DEFAULTS, requestsPerMonth: 500, ...prices }, 'zh-TW');
    expect(shown('breakEven').value).toBe(LEARN_CONTENT['zh-TW'].calculator.never);
    // 100,000 × 3 × $0.008/1K, the seed's worked example
    expect(shown('training').value).toBe('$2.40');
  });

  it('applies Settings price overrides', async () => {
    const overrides = { 'openai:gpt-4o-mini-2024-07-18': { inputPer1M: 0.6, trainingPer1M: 6 } };
    await renderInLanguage(<LearnPage onNavigate={vi.fn()} priceOverrides={overrides} />, 'zh-CN');
    const prices = calculatorPrices(
      { kind: 'catalog', provider: 'openai', model: 'gpt-4o-mini-2024-07-18' },
      overrides,
    );
    if (!prices.ok) throw new Error('gpt-4o-mini must be priced');
    expect(prices.tuned.inputPer1M).toBe(0.6);
    expectPageToShow({ ...CALCULATOR_DEFAULTS, base: prices.base, tuned: prices.tuned }, 'zh-CN');
    expect(shown('training').value).toBe('$1.80'); // 100,000 × 3 × $6/1M
  });

  it('flags a field that is not a number and counts it as zero', async () => {
    await renderInLanguage(<LearnPage onNavigate={vi.fn()} />, 'en');
    fireEvent.change(field('epochs'), { target: { value: '' } });
    expect(field('epochs').getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(field('epochs').getAttribute('aria-describedby')!)?.textContent).toBe(
      LEARN_CONTENT.en.calculator.invalidNumber,
    );
    expect(shown('training').value).toBe('$0.00');
  });

  it('refuses a minus sign (even "-0") and zero months, on the field, and never prints a negative zero', async () => {
    await renderInLanguage(<LearnPage onNavigate={vi.fn()} />, 'en');
    fireEvent.change(field('requestsPerMonth'), { target: { value: '-0' } });
    expect(field('requestsPerMonth').getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(field('amortizeMonths'), { target: { value: '0' } });
    expect(field('amortizeMonths').getAttribute('aria-invalid')).toBe('true');
    const results = document.querySelector('.learn-results')?.textContent ?? '';
    expect(results).not.toMatch(/-0(?![.,\d])/);
  });

  it('draws both cost lines and the break-even marker in an accessible chart', async () => {
    const { container } = await renderInLanguage(<LearnPage onNavigate={vi.fn()} />, 'en');
    const chart = container.querySelector('.learn-chart__svg')!;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toContain('20,000'); // range: 10,000 × 1.25 → 20,000
    expect(chart.querySelectorAll('polyline')).toHaveLength(2);
    expect(chart.querySelector('.chart-break-even')).not.toBeNull();
  });
});
