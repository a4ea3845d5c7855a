// Today's news in plain words: OpenAI's fine-tuning wind-down and what to use instead. The machine-
// readable dates sit here (not in the translations) so all three languages point at the same days.
import type { LearnContent, NewsEventId } from '../content';
import { Paragraph, Points } from './Points';
import { Section } from './Section';

const NEWS_DATES: Record<NewsEventId, string | null> = {
  'closed-new': '2026-05-07',
  'closed-inactive': '2026-07-02',
  'no-new-jobs': '2027-01-06',
  'models-off': '2027-01-14',
  'gpt35-gone': null,
};

export function News({ content }: { content: LearnContent }) {
  const news = content.explainer.news;
  return (
    <Section id="news" title={content.sectionTitles.news}>
      <Paragraph text={news.intro} />
      <ol className="learn-timeline">
        {(Object.keys(NEWS_DATES) as NewsEventId[]).map((id) => {
          const iso = NEWS_DATES[id];
          const { date, text } = news.timeline[id];
          return (
            <li key={id} className="learn-timeline__item">
              {iso ? (
                <time className="learn-timeline__date" dateTime={iso}>
                  {date}
                </time>
              ) : (
                <span className="learn-timeline__date">{date}</span>
              )}{' '}
              <span>{text}</span>
            </li>
          );
        })}
      </ol>
      <h3>{news.insteadHeading}</h3>
      <Points items={news.instead} />
    </Section>
  );
}
