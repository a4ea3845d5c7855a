// The reading part of the Learn page: what fine-tuning is, the two analogies, benefits, risks, fits.
// Prices, steps and news have their own files because they compute or navigate.
import type { LearnContent } from '../content';
import { HousekeeperScene } from '../illustrations/HousekeeperScene';
import { StudentScene } from '../illustrations/StudentScene';
import { Paragraph, Points } from './Points';
import { Section } from './Section';

export function Explainer({ content }: { content: LearnContent }) {
  const { explainer: x, sectionTitles: t } = content;
  return (
    <>
      <Section id="what" title={t.what}>
        {x.what.paragraphs.map((p, i) => (
          <Paragraph key={i} text={p} />
        ))}
      </Section>

      <Section id="approaches" title={t.approaches}>
        <Paragraph text={x.approaches.intro} />
        <div className="learn-analogy">
          <HousekeeperScene label={x.approaches.housekeeper.imageLabel} />
          <div>
            <h3>{x.approaches.housekeeper.heading}</h3>
            <Paragraph text={x.approaches.housekeeper.intro} />
            <Points items={x.approaches.housekeeper.items} />
          </div>
        </div>
        <div className="learn-analogy">
          <StudentScene label={x.approaches.student.imageLabel} />
          <div>
            <h3>{x.approaches.student.heading}</h3>
            <Paragraph text={x.approaches.student.intro} />
            <Points items={x.approaches.student.items} />
          </div>
        </div>
        <p className="learn-summary">{x.approaches.summary}</p>
      </Section>

      <Section id="benefits" title={t.benefits}>
        <Paragraph text={x.benefits.intro} />
        <Points items={x.benefits.items} className="learn-points--good" />
      </Section>

      <Section id="risks" title={t.risks}>
        <Paragraph text={x.risks.intro} />
        <Points items={x.risks.items} className="learn-points--warn" />
      </Section>

      <Section id="fits" title={t.fits}>
        <Paragraph text={x.fits.intro} />
        <Points items={x.fits.items} />
        <Paragraph text={x.fits.otherwise} />
      </Section>
    </>
  );
}
