// The Learn page as a newcomer meets it, in each language: it renders, the steps and the
// questionnaire lead to the right page, and glossary terms are reachable by keyboard.
import { within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatUsd, LEARN_CONTENT, LearnPage, SECTION_IDS } from '../../../../renderer/features/learn';
import { renderInLanguage } from './withLanguage';

const LANGS = ['en', 'zh-TW', 'zh-CN'] as const;

// Whole-page renders are large for jsdom and page-wide role queries walk the accessibility tree, so
// page-level lookups go by tag and text (role queries stay inside small parts), and the time budget is
// generous for a loaded 2-core machine. No sleeps anywhere.
const PAGE_TEST = { timeout: 30_000 };
const heading = (level: number, text: string) =>
  [...document.querySelectorAll<HTMLElement>(`h${level}`)].find((h) => h.textContent === text);
const submitButton = () => document.querySelector<HTMLButtonElement>('.learn-quiz button[type="submit"]')!;
const group = (question: string) => document.querySelector<HTMLElement>(`[data-question="${question}"]`)!;

describe.each(LANGS)('Learn page in %s', PAGE_TEST, (lang) => {
  const content = LEARN_CONTENT[lang];

  it('renders the title, every section heading, the drawings and the computed price examples', async () => {
    const { container } = await renderInLanguage(<LearnPage onNavigate={vi.fn()} />, lang);
    expect(heading(1, content.page.title)).toBeDefined();
    for (const id of SECTION_IDS) expect(heading(2, content.sectionTitles[id])).toBeDefined();
    expect(container.querySelector('article')?.getAttribute('lang')).toBe(lang);
    const images = [...container.querySelectorAll('[role="img"]')].map((img) =>
      img.getAttribute('aria-label'),
    );
    expect(images).toEqual(
      expect.arrayContaining([
        content.explainer.approaches.housekeeper.imageLabel,
        content.explainer.approaches.student.imageLabel,
        content.explainer.steps.imageLabel,
      ]),
    );
    // 100,000 tokens × 3 epochs × $0.008 / 1K, formatted in this language
    expect(container.querySelector('[data-example="launch-2023"]')?.textContent).toContain(
      formatUsd(2.4, lang),
    );
    // gpt-4o-mini today: 100,000 × 3 × $3 / 1M = $0.90
    expect(container.querySelector('[data-example="today"]')?.textContent).toContain(formatUsd(0.9, lang));
    expect(container.querySelector('.learn-reading-time')?.textContent).toMatch(/[1-9]/);
  });

  it('sends each of the four steps to the page that does it', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    await renderInLanguage(<LearnPage onNavigate={onNavigate} />, lang);
    const steps = heading(2, content.sectionTitles.steps)!.closest('section')!;
    for (const button of within(steps).getAllByRole('button')) await user.click(button);
    expect(onNavigate.mock.calls.map((c) => c[0])).toEqual(['examples', 'train', 'train', 'try']);
  });

  it('completes the questionnaire by keyboard and lands on the recommended next step', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    await renderInLanguage(<LearnPage onNavigate={onNavigate} />, lang);
    const q = content.questionnaire;
    // Start where Tab would bring the user: the first answer of the first question.
    within(group('goal')).getByRole('radio', { name: q.questions.goal.options['format-style'] }).focus();
    // Per question: how many ArrowDowns from the first answer (0 = Space to pick the first one).
    const moves = [0, 1, 0, 2, 0, 2, 1];
    for (const [index, downs] of moves.entries()) {
      if (downs === 0) await user.keyboard(' ');
      else for (let i = 0; i < downs; i += 1) await user.keyboard('{ArrowDown}');
      if (index < moves.length - 1) await user.tab();
    }
    await user.tab(); // to the submit button
    expect(document.activeElement).toBe(submitButton());
    await user.keyboard('{Enter}');

    const resultHeading = heading(3, q.resultHeading)!;
    expect(document.activeElement).toBe(resultHeading);
    const result = resultHeading.closest('section')!;
    expect(result.getAttribute('data-plan')).toBe('fine-tune');
    expect(within(result).getByText(q.reasons['goal-format-style'])).toBeTruthy();
    expect(within(result).getByText(q.reasons['prompt-too-long'])).toBeTruthy();
    expect(within(result).getByText(q.reasons['keep-test-set'])).toBeTruthy();

    await user.tab();
    expect(document.activeElement?.textContent).toBe(q.next['prepare-examples'].button);
    await user.keyboard('{Enter}');
    expect(onNavigate).toHaveBeenCalledWith('examples');
  });
});

describe('questionnaire details', PAGE_TEST, () => {
  it('names the unanswered questions and moves focus to the first of them', async () => {
    const user = userEvent.setup();
    await renderInLanguage(<LearnPage onNavigate={vi.fn()} />, 'en');
    const q = LEARN_CONTENT.en.questionnaire;
    await user.click(within(group('goal')).getByRole('radio', { name: q.questions.goal.options.knowledge }));
    await user.click(submitButton());
    const alert = document.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain(q.questions.promptTried.label);
    expect(alert.textContent).not.toContain(q.questions.goal.label);
    expect((document.activeElement as HTMLInputElement).value).toBe('not-yet');
  });

  it('puts the user’s own answer into the reason and sends knowledge seekers to try notes', async () => {
    const user = userEvent.setup();
    const onNavigate = vi.fn();
    await renderInLanguage(<LearnPage onNavigate={onNavigate} />, 'zh-TW');
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
    await user.click(submitButton());
    const result = heading(3, q.resultHeading)!.closest('section')!;
    expect(result.getAttribute('data-plan')).toBe('prompt+notes');
    expect(result.textContent).toContain(`${q.approaches.prompt}${q.then}${q.approaches.notes}`);
    expect(result.querySelector('[data-reason="facts-change-often"]')?.textContent).toContain(
      q.questions.factsChange.options.daily,
    );
    await user.click(within(result).getByRole('button', { name: q.next['try-with-notes'].button }));
    expect(onNavigate).toHaveBeenCalledWith('try');
  });
});

describe('glossary on the page', PAGE_TEST, () => {
  it('is reachable by keyboard: Tab from the top reaches a marked term, which explains itself', async () => {
    const user = userEvent.setup();
    await renderInLanguage(<LearnPage onNavigate={vi.fn()} />, 'en');
    let reached: Element | null = null;
    for (let i = 0; i < 40 && !reached; i += 1) {
      await user.tab();
      if (document.activeElement?.hasAttribute('data-term')) reached = document.activeElement;
    }
    expect(reached).not.toBeNull();
    const tip = document.getElementById(reached!.getAttribute('aria-describedby')!)!;
    expect(tip.hidden).toBe(false);
    await user.keyboard('{Escape}');
    expect(tip.hidden).toBe(true);
  });

  it('lists every glossary term in the glossary section', async () => {
    await renderInLanguage(<LearnPage onNavigate={vi.fn()} />, 'zh-CN');
    const section = heading(2, LEARN_CONTENT['zh-CN'].sectionTitles.glossary)!.closest('section')!;
    expect(section.querySelectorAll('dt').length).toBeGreaterThanOrEqual(9);
  });

  it('moves focus to a section when its table-of-contents link is used', async () => {
    const user = userEvent.setup();
    await renderInLanguage(<LearnPage onNavigate={vi.fn()} />, 'en');
    const title = LEARN_CONTENT.en.sectionTitles.calculator;
    const nav = document.querySelector<HTMLElement>('nav.learn-toc')!;
    await user.click(within(nav).getByRole('link', { name: title }));
    expect(document.activeElement).toBe(heading(2, title));
  });
});
