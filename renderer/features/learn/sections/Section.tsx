// One page section with a stable id for the table of contents. The heading takes programmatic focus
// (tabIndex -1) so jumping from the contents moves keyboard and screen-reader users there too.
import type { ReactNode } from 'react';
import type { SectionId } from '../content';

export const sectionDomId = (id: SectionId) => `learn-${id}`;
export const sectionHeadingId = (id: SectionId) => `learn-${id}-title`;

export function Section({ id, title, children }: { id: SectionId; title: string; children: ReactNode }) {
  return (
    <section className="learn-section" id={sectionDomId(id)} aria-labelledby={sectionHeadingId(id)}>
      <h2 id={sectionHeadingId(id)} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}
