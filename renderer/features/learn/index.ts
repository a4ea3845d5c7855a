// Public door of the Learn feature. The shell renders
//   <LearnPage onNavigate={(route) => …} priceOverrides={settingsOverrides} />
// where route is 'examples' | 'train' | 'try'.
export { LearnPage, type LearnPageProps } from './LearnPage';
export type { LearnRoute } from './routes';

// Content and pure helpers, exported so unit and end-to-end tests check the page in every language
// against the same strings and formulas the page uses (never against copied numbers).
export { LEARN_CONTENT, SECTION_IDS, type LearnContent, type SectionId } from './content';
export { explainerReadingStats } from './content/reading';
export { CALCULATOR_DEFAULTS } from './calculator/CostCalculator';
export { resultLines as calculatorResultLines, type ResultLine } from './calculator/formulas';
export { formatUsd } from './format';
