// "On this page": links that move focus to a section heading. Real links (keyboard and screen readers
// know them), but the default jump is replaced so the shell's URL/route state is never touched.
import type { MouseEvent } from 'react';
import { SECTION_IDS, type LearnContent, type SectionId } from '../content';
import { sectionDomId, sectionHeadingId } from './Section';

function jumpTo(id: SectionId) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    const heading = document.getElementById(sectionHeadingId(id));
    heading?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
    heading?.focus({ preventScroll: true });
  };
}

export function TableOfContents({ content }: { content: LearnContent }) {
  return (
    <nav className="learn-toc" aria-label={content.page.tocLabel}>
      <h2 className="learn-toc__title">{content.page.tocLabel}</h2>
      <ol>
        {SECTION_IDS.map((id) => (
          <li key={id}>
            <a href={`#${sectionDomId(id)}`} onClick={jumpTo(id)}>
              {content.sectionTitles[id]}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
