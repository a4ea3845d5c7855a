// The shape every language of the Learn page must fill. Records keyed by id unions (sections,
// questions, answers, reason codes, steps) make a missing or misspelt entry a type error, so the
// three languages cannot drift apart.
//
// Strings typed `Rich` may mark glossary terms as `{{id|visible text}}`; strings typed `Template`
// contain `{name}` placeholders the components fill with computed numbers (never hard-coded results).
import type { AnswerOf, Approach, NextStep, QuestionId, ReasonCode } from '../../../../shared/domain/learn';
import type { ProviderId } from '../../../../shared/domain/pricing/catalog';

export type Rich = string;
export type Template = string;

export const SECTION_IDS = [
  'what',
  'approaches',
  'benefits',
  'risks',
  'fits',
  'prices',
  'steps',
  'news',
  'questionnaire',
  'calculator',
  'glossary',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** The explainer sections counted for reading time (the tools are used, not read). */
export const READING_SECTIONS = [
  'what',
  'approaches',
  'benefits',
  'risks',
  'fits',
  'prices',
  'steps',
  'news',
] as const;

export interface Point {
  title: string;
  text: Rich;
}

export type HousekeeperPart = 'fine-tune' | 'notes' | 'prompt' | 'context-window' | 'agent';
export type StudentPart = 'prompt' | 'fine-tune' | 'notes' | 'agent';
export type BenefitId = 'shorter-prompts' | 'better-results' | 'steady-format' | 'faster-replies';
export type RiskId = 'other-tasks' | 'made-up-answers' | 'hidden-costs' | 'data-leaves' | 'provider-review';
export type FitId = 'format-style' | 'many-examples' | 'new-skill';
export type StepId = 'prepare' | 'upload' | 'train' | 'use';
export type NewsEventId = 'closed-new' | 'closed-inactive' | 'no-new-jobs' | 'models-off' | 'gpt35-gone';
export type InsteadId = 'practice' | 'providers' | 'prompts-first';
export type CalculatorField =
  | 'requestsPerMonth'
  | 'longPromptTokens'
  | 'shortPromptTokens'
  | 'replyTokens'
  | 'trainingTokens'
  | 'epochs'
  | 'amortizeMonths';
export type PriceErrorCode = 'model-not-in-catalog' | 'base-price-unknown' | 'tuned-price-unknown';

export interface ExplainerContent {
  what: { paragraphs: Rich[] };
  approaches: {
    intro: Rich;
    housekeeper: { heading: string; intro: Rich; items: Record<HousekeeperPart, Point>; imageLabel: string };
    student: { heading: string; intro: Rich; items: Record<StudentPart, Point>; imageLabel: string };
    summary: Rich;
  };
  benefits: { intro: Rich; items: Record<BenefitId, Point> };
  risks: { intro: Rich; items: Record<RiskId, Point> };
  fits: { intro: Rich; items: Record<FitId, Point>; otherwise: Rich };
  prices: {
    intro: Rich;
    launchCaption: string;
    /** Filled with the 2023 training price and the computed cost of the seed's example file. */
    launchExample: Template;
    eightTimes: Rich;
    todayCaption: string;
    todayExample: Template;
    columns: { model: string; training: string; input: string; output: string; shutdown: string };
    perMillion: string;
    noShutdown: string;
    note: Rich;
  };
  steps: { intro: Rich; items: Record<StepId, Point & { button: string }>; imageLabel: string };
  news: {
    intro: Rich;
    timeline: Record<NewsEventId, { date: string; text: Rich }>;
    insteadHeading: string;
    instead: Record<InsteadId, Point>;
  };
}

export interface QuestionnaireContent {
  intro: Rich;
  questions: { [Q in QuestionId]: { label: string; options: Record<AnswerOf<Q>, string> } };
  submit: string;
  /** {questions}: the labels of unanswered questions. */
  missing: Template;
  resultHeading: string;
  /** {plan}: the approaches in order, shown in bold. */
  planLabel: Template;
  approaches: Record<Approach, string>;
  /** Placed between approaches in a combination, e.g. " → then ". */
  then: string;
  reasonsHeading: string;
  /** {answer}: the user's own answer label; {minimum}: a number. */
  reasons: Record<ReasonCode, Template>;
  next: Record<NextStep['action'], { text: string; button: string }>;
  startOver: string;
}

export interface CalculatorContent {
  intro: Rich;
  modelLabel: string;
  providers: Record<ProviderId, string>;
  example2023: string;
  fields: Record<CalculatorField, { label: string; hint: string }>;
  /** Counting the monthly volume in emails or messages instead of requests with typed token sizes. */
  volume: {
    unitLabel: string;
    requests: string;
    messages: string;
    /** The volume field's label when counted in messages. */
    messagesField: string;
    /** {input}, {output}: tokens of one message; {examples}: how many; {project}: the project's name. */
    projectBasis: Template;
    /** {input}, {output}: the assumed tokens of one message when no project is open. */
    defaultBasis: Template;
  };
  invalidNumber: string;
  resultsHeading: string;
  labels: {
    baseRequest: string;
    tunedRequest: string;
    training: string;
    baseMonthly: string;
    tunedMonthly: string;
    breakEven: string;
    payback: string;
  };
  /** {requests}: formatted number. */
  breakEvenValue: Template;
  /** {months}: formatted number. */
  paybackValue: Template;
  never: string;
  neverWhy: Rich;
  formulaLabel: string;
  /** Word used in formulas: "requests", "months", "tokens", "epochs". */
  units: { requests: string; months: string; tokens: string; epochs: string };
  priceErrors: Record<PriceErrorCode, string>;
  chart: {
    heading: string;
    /** {max}: the largest volume drawn. */
    label: Template;
    xAxis: string;
    yAxis: string;
    base: string;
    tuned: string;
    breakEven: string;
  };
  /** {source}, {date}. */
  priceSource: Template;
}

export interface LearnContent {
  page: {
    title: string;
    intro: Rich;
    /** {minutes}: whole minutes, computed from this content. */
    readingTime: Template;
    tocLabel: string;
    glossaryIntro: Rich;
  };
  sectionTitles: Record<SectionId, string>;
  explainer: ExplainerContent;
  questionnaire: QuestionnaireContent;
  calculator: CalculatorContent;
}
