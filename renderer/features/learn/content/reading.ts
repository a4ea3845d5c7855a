// What a reader reads top to bottom (title, intro, headings, explainer sections; not the interactive
// tools), as plain text. Shared by the page's "about N minutes" line and the reading-time test.
import { plainText } from '../../../components/glossary/markup';
import { collectStrings, readingStats, type ReadingStats } from '../../../../shared/domain/learn/readingTime';
import { READING_SECTIONS, type LearnContent } from './types';

export function readingText(content: LearnContent): string[] {
  return [
    content.page.title,
    content.page.intro,
    ...READING_SECTIONS.map((id) => content.sectionTitles[id]),
    ...READING_SECTIONS.flatMap((id) => collectStrings(content.explainer[id])),
  ].map(plainText);
}

export function explainerReadingStats(content: LearnContent): ReadingStats {
  return readingStats(readingText(content));
}
