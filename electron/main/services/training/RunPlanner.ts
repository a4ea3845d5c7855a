// The start screen's numbers, computed in main from the examples themselves (never trusted from the
// renderer): the data re-checked with the dataset engine for the chosen model, auto epochs with the
// cookbook's reason, the training cost from the PriceBook (user overrides included) with its formula,
// one reply's cost after training against the base model, and the budget cap.
import type { DatasetIssue } from '../../../../shared/domain/dataset/codes';
import { countBySeverity } from '../../../../shared/domain/dataset/report';
import { BASE_MODEL_PRICES } from '../../../../shared/domain/learn/prices';
import type { Currency, ProviderId } from '../../../../shared/domain/pricing/catalog';
import { replyCost, type Money } from '../../../../shared/domain/pricing/cost';
import { PROVIDER_CAPABILITIES } from '../../../../shared/domain/providers/capabilities';
import { convertExamples, togetherToolBases, usesTools } from '../../../../shared/domain/providers/convert';
import { daysUntil, OPENAI_WIND_DOWN } from '../../../../shared/domain/providers/windDown';
import {
  RETIRING_SOON_DAYS,
  type BaseModelOption,
  type ConversionNote,
  type CostLine,
  type ModelsAnswer,
  type RunPlan,
  type RunSettings,
  type StartBlock,
} from '../../../../shared/domain/training/plan';
import { DatasetChecker } from '../dataset/checker';
import type { PriceBook } from '../providers/PriceBook';
import type { TrainingDataSource, TrainingExample } from './TrainingDataSource';

/** Error-level issues listed on the start screen; the rest are counted. */
const BLOCKING_SHOWN = 8;
/** Set-size findings about the validation part alone are not errors: it is meant to be small. */
const VALIDATION_SIZE_CODES = new Set(['too_few_examples', 'few_examples']);

export interface PlannerDeps {
  prices: PriceBook;
  source: TrainingDataSource;
  now(): Date;
  /** The user's cap in that currency, or null for none. */
  budget(currency: Currency): number | null;
}

/** `windDown`: the provider's last day for new jobs, from its adapter's rules (null when none is announced). */
export function modelOptions(
  prices: PriceBook,
  provider: ProviderId,
  now: Date,
  windDown: { noNewJobsFrom: string } | null = provider === 'openai' || provider === 'practice'
    ? OPENAI_WIND_DOWN
    : null,
): ModelsAnswer {
  // A provider with prices per region (Alibaba) lists the models of the account's region, with that
  // region's prices in its currency: the same entries the plan will price with.
  const region = prices.regionOf(provider)?.region ?? null;
  const models = prices
    .entries()
    .filter((e) => e.price.provider === provider)
    .filter((e) => region === null || e.shipped.region === region)
    .map(({ price }): BaseModelOption => {
      const days = price.shutdownDate ? daysUntil(price.shutdownDate, now) : null;
      return {
        provider,
        model: price.model,
        trainingPer1M: price.trainingPer1M,
        inputPer1M: price.inputPer1M,
        outputPer1M: price.outputPer1M,
        currency: price.currency ?? 'USD',
        maxTokensPerExample: price.maxTokensPerExample,
        shutdownDate: price.shutdownDate,
        daysUntilShutdown: days,
        retiringSoon: days !== null && days >= 0 && days <= RETIRING_SOON_DAYS,
        retired: days !== null && days < 0,
        priceCheckedOn: price.checkedOn,
      };
    });
  return {
    provider,
    models,
    priceRegion: prices.regionOf(provider),
    noNewJobsFrom: windDown?.noNewJobsFrom ?? null,
    daysUntilNoNewJobs: windDown ? daysUntil(windDown.noNewJobsFrom, now) : null,
  };
}

/**
 * What the upload's conversion to the provider's format will change (the same converter the upload uses),
 * per kind of change, and which tool-using examples it can carry (the rest are refused, not supported).
 */
function conversionOf(provider: ProviderId, model: string, parts: readonly (readonly TrainingExample[])[]) {
  const touched = new Map<string, { note: ConversionNote; examples: Set<string> }>();
  let toolExamples = 0;
  parts.forEach((part, p) => {
    const { issues } = convertExamples(
      provider,
      part.map((e) => e.example),
      { baseModel: model },
    );
    const refused = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.example));
    toolExamples += part.filter((e, i) => usesTools(e.example) && !refused.has(i)).length;
    for (const issue of issues) {
      const entry = touched.get(issue.code) ?? {
        note: {
          code: issue.code,
          severity: issue.severity,
          examples: 0,
          // The refusal names the bases that can train on tools, so the user knows what to pick.
          ...(issue.code === 'tools_need_other_base' ? { bases: togetherToolBases() } : {}),
        },
        examples: new Set<string>(),
      };
      entry.examples.add(`${p}:${issue.example}`);
      touched.set(issue.code, entry);
    }
  });
  const notes = [...touched.values()].map(({ note, examples }) => ({ ...note, examples: examples.size }));
  return { notes, toolExamples };
}

export async function planRun(
  deps: PlannerDeps,
  provider: ProviderId,
  settings: RunSettings,
): Promise<RunPlan> {
  const sources = await deps.source.list();
  const summary = sources.find((s) => s.id === settings.sourceId);
  const [train, validation] = await Promise.all([
    deps.source.examplesOf(settings.sourceId, 'train'),
    deps.source.examplesOf(settings.sourceId, 'validation'),
  ]);
  const checkOptions = { provider, model: settings.model, epochs: settings.epochs, priceOverrides: {} };
  // Validation first: its hashes let the training check find examples that sit in both parts.
  const validationChecker = new DatasetChecker(checkOptions);
  validation.forEach((e, i) => validationChecker.addRecord(e.example, e.line ?? i + 1));
  const validationReport = finish(validationChecker);
  const trainChecker = new DatasetChecker({ ...checkOptions, overlapWith: validationChecker.exactHashes() });
  train.forEach((e, i) => trainChecker.addRecord(e.example, e.line ?? i + 1));
  const report = finish(trainChecker);
  // The dataset engine prices with the shipped catalog; the PriceBook applies the user's overrides.
  const validationErrors = validationReport.issues.filter(
    (i) => i.severity === 'error' && !VALIDATION_SIZE_CODES.has(i.code),
  );
  const severity = countBySeverity(report.counts);
  const blocking: DatasetIssue[] = [
    ...report.issues.filter((i) => i.severity === 'error'),
    ...validationErrors,
  ];

  const models = modelOptions(deps.prices, provider, deps.now());
  const model = models.models.find((m) => m.model === settings.model) ?? null;
  const price = deps.prices.priceOf(provider, settings.model);
  const epochs = report.epochs;
  const billed = report.tokens.billed;
  const currency: Currency = price?.currency ?? 'USD';
  const unpriced = { amount: null, currency, formula: '', basis: null };
  const trainingCost = price
    ? deps.prices.trainingCost(provider, settings.model, billed, epochs.epochs)
    : unpriced;

  const n = Math.max(1, report.examples);
  const replyTokens = Math.round(report.tokens.assistantTotal / n);
  const promptTokens = Math.max(0, Math.round(report.tokens.total / n) - replyTokens);
  const tuned = price ? deps.prices.replyCost(provider, settings.model, promptTokens, replyTokens) : unpriced;
  // The base model's serving prices are OpenAI's (USD): only compared when the run is priced in USD too.
  const basePrice = BASE_MODEL_PRICES[settings.model];
  const base =
    basePrice && price && currency === 'USD'
      ? replyCost(promptTokens, replyTokens, { ...price, ...basePrice })
      : null;

  const cap = deps.budget(currency);
  const exceeded = cap !== null && trainingCost.amount !== null && trainingCost.amount > cap;
  const blockedBy: StartBlock[] = [];
  if (severity.error > 0 || validationErrors.length > 0) blockedBy.push('data_errors');
  if (exceeded) blockedBy.push('over_budget');
  if (model?.retired) blockedBy.push('model_retired');
  if (!price) blockedBy.push('no_price');
  const conversion = conversionOf(provider, settings.model, [train, validation]);
  if (conversion.notes.some((n) => n.severity === 'error')) blockedBy.push('conversion_errors');

  return {
    provider,
    settings,
    sourceName: summary?.name ?? settings.sourceId,
    check: {
      trainExamples: report.examples,
      validationExamples: validationReport.examples,
      errors: severity.error + validationErrors.length,
      warnings: severity.warning,
      blocking: blocking.slice(0, BLOCKING_SHOWN),
      counts: report.counts,
      toolExamples: conversion.toolExamples,
      minExamples: PROVIDER_CAPABILITIES[provider].minExamples,
    },
    tokens: {
      billedPerEpoch: billed,
      maxPerExample: price?.maxTokensPerExample ?? 0,
      overLimit: report.stats.examplesOverLimit,
    },
    epochs: { epochs: epochs.epochs, mode: epochs.mode, reason: epochs.reason ?? null },
    trainingCost: costLine(trainingCost),
    reply: {
      promptTokens,
      replyTokens,
      tuned: costLine(tuned),
      base: base ? costLine(base) : null,
    },
    budget: { cap, currency, exceeded },
    price: price
      ? {
          checkedOn: price.checkedOn,
          overridden: deps.prices.isOverridden(provider, settings.model),
          region: deps.prices.regionOf(provider),
        }
      : null,
    model,
    conversion: conversion.notes,
    blockedBy,
  };
}

/** Only what the screen needs, in the run's currency (the quote's English formula stays for logs). */
function costLine<B>(cost: Money & { formula: string; basis: B }): CostLine & { basis: B } {
  return { amount: cost.amount, currency: cost.currency, formula: cost.formula, basis: cost.basis };
}

function finish(checker: DatasetChecker) {
  return checker.finish({
    file: '',
    format: 'jsonl',
    encoding: { encoding: 'utf-8', confidence: 100, bom: false, basis: 'valid-utf8' },
    bytesRead: 0,
  });
}
