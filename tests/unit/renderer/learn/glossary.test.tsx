// The glossary marker: explained on hover and on keyboard focus, closed by Escape, in every language.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  GLOSSARY,
  GLOSSARY_IDS,
  GlossaryList,
  GlossaryText,
  Term,
} from '../../../../renderer/components/glossary';
import { renderInLanguage } from './withLanguage';

describe('<Term>', () => {
  it('opens on keyboard focus, is described by its tip, and closes on Escape', async () => {
    const user = userEvent.setup();
    await renderInLanguage(
      <p>
        Train for three <Term id="epoch">epochs</Term>.
      </p>,
      'en',
    );
    const word = screen.getByText('epochs');
    const tip = screen.getByRole('tooltip', { hidden: true });
    expect(tip.hidden).toBe(true);

    await user.tab();
    expect(document.activeElement).toBe(word);
    expect(tip.hidden).toBe(false);
    expect(word.getAttribute('aria-describedby')).toBe(tip.id);
    expect(tip.textContent).toContain(GLOSSARY.en.terms.epoch.explanation);

    await user.keyboard('{Escape}');
    expect(tip.hidden).toBe(true);
    expect(document.activeElement).toBe(word); // dismissing does not move focus

    await user.tab(); // focus leaves
    await user.tab({ shift: true }); // and comes back: a fresh focus shows it again
    expect(tip.hidden).toBe(false);
  });

  it('opens on hover and closes when the pointer leaves', async () => {
    const user = userEvent.setup();
    await renderInLanguage(<Term id="token" />, 'en');
    const word = screen.getByText('token', { selector: '.ts-term__word' });
    await user.hover(word);
    expect(screen.getByRole('tooltip').hidden).toBe(false);
    await user.unhover(word);
    expect(screen.getByRole('tooltip', { hidden: true }).hidden).toBe(true);
  });

  it.each([
    ['zh-TW', '驗證集'],
    ['zh-CN', '验证集'],
  ])('explains in %s', async (lng, term) => {
    await renderInLanguage(<Term id="validation-set" />, lng);
    expect(screen.getByText(term, { selector: '.ts-term__word' }).tabIndex).toBe(0);
  });
});

describe('<GlossaryText>', () => {
  it('turns {{id|text}} markers into terms and keeps the rest as text', async () => {
    const { container } = await renderInLanguage(
      <p>
        <GlossaryText text="Each {{token|token}} counts, {{nope|plain}} stays text." />
      </p>,
      'en',
    );
    expect(container.querySelectorAll('[data-term]')).toHaveLength(1);
    expect(container.querySelector('p')?.textContent).toMatch(/^Each token.*counts, plain stays text\.$/);
  });
});

describe('<GlossaryList>', () => {
  it.each(['en', 'zh-TW', 'zh-CN'] as const)('lists every term in %s', async (lng) => {
    await renderInLanguage(<GlossaryList />, lng);
    const terms = screen.getAllByRole('term');
    expect(terms).toHaveLength(GLOSSARY_IDS.length);
    expect(terms.map((t) => t.textContent).sort()).toEqual(
      GLOSSARY_IDS.map((id) => GLOSSARY[lng].terms[id].term).sort(),
    );
  });
});
