// Alibaba Cloud Model Studio (DashScope, 百炼): the Qwen base models that can be fine-tuned, as data.
// Prices differ per region and are billed in that region's currency: Singapore (international accounts)
// in USD, Beijing (China accounts) in CNY. Each model has one entry per region where a figure was found;
// `findPrice('alibaba', model, …, region)` gives a region's entry (without a region, Singapore's), and the
// PriceBook asks for the account's region (region.ts). Overrides are kept per region.
//
// Sources (checked 2026-12-05 from stored copies of Alibaba's docs):
//   training:  model-training-and-deployment-billing (2026-03-18): (training tokens + mixed-data tokens)
//              × epochs × unit price; jobs created through the API bill by token only.
//   serving:   model-deployment-token (2026-09-16): `plan: "lora"` deployments bill per token, nothing
//              while idle; only efficient_sft (LoRA) fine-tunes of listed bases.
//   models:    model-training-overview / text-generation-model-tuning (2026-06).
// Prices not captured there are null (shown as "price not published"), never guessed.
import type { ModelPrice } from './catalog';

export type AlibabaRegion = 'singapore' | 'beijing';

const CHECKED_ON = '2026-12-05';
const TRAINING_SOURCE = 'Alibaba Model Studio docs: model-training-and-deployment-billing (2026-03-18 copy)';
const SERVING_SOURCE = 'Alibaba Model Studio docs: model-deployment-token, plan "lora" (2026-09-16 copy)';
const MODELS_SOURCE =
  'Alibaba Model Studio docs: model-training-overview, text-generation-model-tuning (2026-06)';
/**
 * Not published as a limit: Alibaba's job example sets `max_length: 8192` and truncates longer examples
 * (the hyper-parameter's per-model default and bound are not in the stored docs).
 */
const MAX_LENGTH = 8_192;
const LIMIT_CAVEAT =
  'Per-example limit: the max_length of 8,192 tokens from Alibaba’s job example (longer examples are cut, not refused); the per-model default is not published.';

type Entry = Pick<ModelPrice, 'model' | 'trainingPer1M' | 'inputPer1M' | 'outputPer1M'> & {
  source: string;
  caveat?: string;
};

const entry = (region: AlibabaRegion, e: Entry): ModelPrice => ({
  ...e,
  provider: 'alibaba',
  region,
  currency: region === 'singapore' ? 'USD' : 'CNY',
  cachedInputPer1M: null,
  maxTokensPerExample: MAX_LENGTH,
  encoding: 'qwen',
  shutdownDate: null,
  checkedOn: CHECKED_ON,
  caveat: [e.caveat, LIMIT_CAVEAT].filter(Boolean).join(' '),
});

const singapore = (e: Entry) => entry('singapore', e);
const beijing = (e: Entry) => entry('beijing', e);

/** Singapore first: `findPrice` returns the first entry of a model. */
export const ALIBABA_MODELS: readonly ModelPrice[] = [
  singapore({
    model: 'qwen3-14b',
    trainingPer1M: 1.6, // $0.0016 / 1K tokens
    inputPer1M: 0.35,
    outputPer1M: null,
    source: `${TRAINING_SOURCE}; ${SERVING_SOURCE}`,
    caveat: 'The per-token output price of the LoRA deployment was cut off in the stored page.',
  }),
  singapore({
    model: 'qwen3-32b',
    trainingPer1M: 8, // $0.008 / 1K tokens
    inputPer1M: null,
    outputPer1M: null,
    source: `${TRAINING_SOURCE}; ${MODELS_SOURCE}`,
    caveat: 'Listed on an earlier 2026 page only; no per-token serving price for Singapore was found.',
  }),
  singapore({
    model: 'qwen3-vl-8b-instruct',
    trainingPer1M: 2, // $0.002 / 1K tokens
    inputPer1M: null,
    outputPer1M: null,
    source: `${TRAINING_SOURCE}; ${MODELS_SOURCE}`,
    caveat: 'Vision-language model; text tokens only are counted. No serving price was found.',
  }),
  singapore({
    model: 'qwen3-vl-8b-thinking',
    trainingPer1M: 2, // $0.002 / 1K tokens
    inputPer1M: null,
    outputPer1M: null,
    source: `${TRAINING_SOURCE}; ${MODELS_SOURCE}`,
    caveat: 'Vision-language model; text tokens only are counted. No serving price was found.',
  }),
  beijing({
    model: 'qwen3-14b',
    trainingPer1M: null,
    inputPer1M: null,
    outputPer1M: null,
    source: MODELS_SOURCE,
    caveat: 'Beijing prices for this model were not captured.',
  }),
  beijing({
    model: 'qwen3-8b',
    trainingPer1M: null,
    inputPer1M: null,
    outputPer1M: null,
    source: MODELS_SOURCE,
    caveat: 'Beijing prices for this model were not captured.',
  }),
  beijing({
    model: 'qwen3-32b',
    trainingPer1M: null,
    inputPer1M: 2,
    outputPer1M: 8,
    source: `${SERVING_SOURCE}; ${MODELS_SOURCE}`,
    caveat: 'The Beijing training price was not captured.',
  }),
  beijing({
    model: 'qwen3.5-27b',
    trainingPer1M: null,
    inputPer1M: 0.6,
    outputPer1M: 4.8,
    source: `${SERVING_SOURCE}; ${MODELS_SOURCE}`,
    caveat:
      'Serving prices are for requests under 128K tokens (¥1.8 in / ¥14.4 out per 1M from 128K to 256K). The Beijing training price was not captured.',
  }),
  beijing({
    model: 'qwen3.6-27b',
    trainingPer1M: null,
    inputPer1M: 3,
    outputPer1M: 18,
    source: `${SERVING_SOURCE}; ${MODELS_SOURCE}`,
    caveat: 'Serving prices are for requests under 256K tokens. The Beijing training price was not captured.',
  }),
  beijing({
    model: 'qwen3.6-flash-2026-04-16',
    trainingPer1M: null,
    inputPer1M: null,
    outputPer1M: null,
    source: MODELS_SOURCE,
    caveat: 'Beijing prices for this model were not captured.',
  }),
];

/** A model's entry for one region, or undefined when that region does not offer it. */
export function alibabaPrice(model: string, region: AlibabaRegion): ModelPrice | undefined {
  return ALIBABA_MODELS.find((m) => m.model === model && m.region === region);
}
