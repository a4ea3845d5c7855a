// The four steps, each with a button to the page that does it (the shell's `onNavigate`).
import { GlossaryText } from '../../../components/glossary';
import type { LearnContent, StepId } from '../content';
import { StepPath } from '../illustrations/StepPath';
import { STEP_ROUTES, type LearnRoute } from '../routes';
import { Section } from './Section';

export function Steps({
  content,
  onNavigate,
}: {
  content: LearnContent;
  onNavigate: (route: LearnRoute) => void;
}) {
  const steps = content.explainer.steps;
  return (
    <Section id="steps" title={content.sectionTitles.steps}>
      <p>
        <GlossaryText text={steps.intro} />
      </p>
      <StepPath label={steps.imageLabel} />
      <ol className="learn-steps">
        {(Object.keys(STEP_ROUTES) as StepId[]).map((id) => (
          <li key={id} className="learn-step">
            <h3 className="learn-step__title">{steps.items[id].title}</h3>
            <p>
              <GlossaryText text={steps.items[id].text} />
            </p>
            <button type="button" className="learn-button" onClick={() => onNavigate(STEP_ROUTES[id])}>
              {steps.items[id].button}
            </button>
          </li>
        ))}
      </ol>
    </Section>
  );
}
