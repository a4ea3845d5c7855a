// The Learn page: explainer (with table of contents), questionnaire, cost calculator, glossary.
// Self-contained: the shell gives it `onNavigate` (to switch pages) and, optionally, the user's price
// overrides from Settings; the language comes from the shell's i18next instance.
import { useMemo } from 'react';
import { GlossaryList, GlossaryText } from '../../components/glossary';
import type { ModelPrice, PriceOverride } from '../../../shared/domain/pricing/catalog';
import { messageTokensOfProject } from '../../../shared/domain/learn';
import { useOpenProject } from '../../state/openProject';
import { CostCalculator } from './calculator/CostCalculator';
import { explainerReadingStats } from './content/reading';
import { fill } from './format';
import { Questionnaire } from './questionnaire/Questionnaire';
import type { LearnRoute } from './routes';
import { Explainer } from './sections/Explainer';
import { News } from './sections/News';
import { DEFAULT_CATALOG, Prices } from './sections/Prices';
import { Section } from './sections/Section';
import { Steps } from './sections/Steps';
import { TableOfContents } from './sections/TableOfContents';
import { useLearnContent } from './useLearnContent';
import './learn.css';

export interface LearnPageProps {
  /** Switch the app to another page: 'examples' (prepare data), 'train' (upload and train), 'try' (chat). */
  onNavigate: (route: LearnRoute) => void;
  /** Settings price overrides keyed `provider:model`, as `findPrice` expects. */
  priceOverrides?: Readonly<Record<string, PriceOverride>>;
  /** The price catalog; defaults to the shipped one (tests and future providers may pass their own). */
  catalog?: readonly ModelPrice[];
}

const NO_OVERRIDES: Readonly<Record<string, PriceOverride>> = {};

export function LearnPage({
  onNavigate,
  priceOverrides = NO_OVERRIDES,
  catalog = DEFAULT_CATALOG,
}: LearnPageProps) {
  const { lang, content } = useLearnContent();
  const openProject = useOpenProject((s) => s.tokens);
  const projectMessage = openProject ? messageTokensOfProject(openProject.name, openProject) : null;
  // Rounded up: "about 7 minutes" should not promise less than it takes.
  const minutes = useMemo(() => Math.max(1, Math.ceil(explainerReadingStats(content).minutes)), [content]);

  return (
    <article className="learn" lang={lang}>
      <header className="learn-header">
        <h1>{content.page.title}</h1>
        <p className="learn-lead">
          <GlossaryText text={content.page.intro} />
        </p>
        <p className="learn-reading-time">{fill(content.page.readingTime, { minutes })}</p>
      </header>
      <TableOfContents content={content} />
      <Explainer content={content} />
      <Prices content={content} lang={lang} overrides={priceOverrides} catalog={catalog} />
      <Steps content={content} onNavigate={onNavigate} />
      <News content={content} />
      <Section id="questionnaire" title={content.sectionTitles.questionnaire}>
        <Questionnaire content={content} onNavigate={onNavigate} />
      </Section>
      <Section id="calculator" title={content.sectionTitles.calculator}>
        <CostCalculator
          content={content}
          lang={lang}
          overrides={priceOverrides}
          catalog={catalog}
          projectMessage={projectMessage}
        />
      </Section>
      <Section id="glossary" title={content.sectionTitles.glossary}>
        <p>{content.page.glossaryIntro}</p>
        <GlossaryList />
      </Section>
    </article>
  );
}
