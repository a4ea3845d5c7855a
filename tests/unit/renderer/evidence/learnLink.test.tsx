// Learn → "Decide with evidence" (issue 16 §5): after the questionnaire's recommendation, a button in the
// app's words sends the user to the evidence page to check it on their own questions.
import { render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { LEARN_CONTENT, LearnPage } from '../../../../renderer/features/learn';
import { createI18n } from '../../../../renderer/i18n';

const group = (question: string) => document.querySelector<HTMLElement>(`[data-question="${question}"]`)!;

describe('Learn recommendation', () => {
  it('offers to check the recommendation with the user’s own questions', { timeout: 30_000 }, async () => {
    const i18n = await createI18n('zh-TW', false);
    const onNavigate = vi.fn();
    render(
      <I18nextProvider i18n={i18n}>
        <LearnPage onNavigate={onNavigate} />
      </I18nextProvider>,
    );
    const user = userEvent.setup();
    const q = LEARN_CONTENT['zh-TW'].questionnaire;
    const pick = async (question: string, label: string) =>
      user.click(within(group(question)).getByRole('radio', { name: label }));
    await pick('goal', q.questions.goal.options.knowledge);
    await pick('promptTried', q.questions.promptTried.options['not-yet']);
    await pick('factsChange', q.questions.factsChange.options.daily);
    await pick('examples', q.questions.examples.options.none);
    await pick('dataMayLeave', q.questions.dataMayLeave.options.yes);
    await pick('budget', q.questions.budget.options.nothing);
    await pick('volume', q.questions.volume.options['under-1k']);
    await user.click(document.querySelector<HTMLButtonElement>('.learn-quiz button[type="submit"]')!);
    const result = document.querySelector<HTMLElement>('.learn-result')!;
    expect(result.textContent).toContain('在付錢訓練之前，先看看只用提示、筆記和微調');
    await user.click(within(result).getByRole('button', { name: '用你自己的問題驗證這個建議' }));
    expect(onNavigate).toHaveBeenCalledWith('evidence');
  });
});
