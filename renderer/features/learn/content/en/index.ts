// English Learn page content, assembled from its parts.
import type { LearnContent } from '../types';
import { explainer } from './explainer';
import { calculator, questionnaire } from './tools';

export const en: LearnContent = {
  page: {
    title: 'Learn: is fine-tuning right for you?',
    intro:
      'Understand the four ways to teach an AI model your way of working, then get a suggestion for your own goal and see what it would cost.',
    readingTime: 'About {minutes} minutes to read',
    tocLabel: 'On this page',
    glossaryIntro:
      'Words marked with a dotted line are explained here too. Hover over them or reach them with Tab.',
  },
  sectionTitles: {
    what: 'What fine-tuning is',
    approaches: 'Four ways to teach a model',
    benefits: 'What fine-tuning gives you',
    risks: 'Risks and hidden costs',
    fits: 'When it fits',
    prices: 'What it costs',
    steps: 'The four steps',
    news: 'News: OpenAI is winding down fine-tuning',
    questionnaire: 'Which approach suits you?',
    calculator: 'Cost calculator',
    glossary: 'Glossary',
  },
  explainer,
  questionnaire,
  calculator,
};
