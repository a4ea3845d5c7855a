// What each hosted fine-tuning service can do, as data. The app asks these questions instead of checking
// provider names, so adding Alibaba Model Studio or Together AI later adds an entry and an adapter and
// changes no interface. Facts from ../shared/guide/reference/providers.md (read 2026-11-26), §10 in particular.
import { ALL_PROVIDER_IDS, type ProviderId } from './ids';

export { ALL_PROVIDER_IDS };

export interface ProviderCapabilities {
  /** How a training file reaches the provider. */
  uploadKind: 'openai-multipart' | 'dashscope-openai-compatible' | 'together-presigned';
  /** Files above this size go through a resumable multipart upload where the provider offers one. */
  multipartAboveBytes: number | null;
  trainingMethods: readonly ('supervised' | 'dpo' | 'reinforcement' | 'continued-pretraining')[];
  /** Where loss curves come from: OpenAI's metric events and result CSV, Together's /metrics, Alibaba's logs. */
  metricsSource: 'events-and-result-file' | 'metrics-endpoint' | 'log-parsing';
  /**
   * Whether a trained model must be deployed before it can answer, and how that deployment is billed:
   * `per-token` costs nothing while idle (Alibaba `plan: lora`); `per-hour` bills while running (Together
   * dedicated endpoints), so the app must offer auto-stop and a "costing $/h" warning.
   */
  deployment: { step: 'none' } | { step: 'required'; billing: 'per-token' | 'per-hour' };
  pauseResume: boolean;
  /**
   * Whether the provider picks the epoch count itself when none is sent (OpenAI's "auto", which the cost
   * estimate reproduces). Where it does not (its default is unpublished), Tunesmith sends the count the
   * estimate used, so the bill matches what the user confirmed.
   */
  autoEpochs: boolean;
  /** `catalog`: we compute from our price data; `provider-endpoint`: the provider quotes a price (Together). */
  priceEstimation: 'catalog' | 'provider-endpoint';
  /** Smallest training set the provider accepts. */
  minExamples: number;
  /** Whether job ids/timestamps follow OpenAI (unix seconds) or the provider's own conventions. */
  timestamps: 'unix-seconds' | 'iso' | 'wall-clock';
  /** Needs a pasted API key (practice does not). */
  needsKey: boolean;
  /** Built in this version of Tunesmith; the others are designed for and listed as "coming". */
  available: boolean;
}

const OPENAI_SHAPE: ProviderCapabilities = {
  uploadKind: 'openai-multipart',
  multipartAboveBytes: 64 * 1024 * 1024,
  trainingMethods: ['supervised', 'dpo'],
  metricsSource: 'events-and-result-file',
  deployment: { step: 'none' },
  pauseResume: true,
  autoEpochs: true,
  priceEstimation: 'catalog',
  minExamples: 10,
  timestamps: 'unix-seconds',
  needsKey: true,
  available: true,
};

export const PROVIDER_CAPABILITIES: Readonly<Record<ProviderId, ProviderCapabilities>> = {
  // Practice is OpenAI's API served locally, so it has OpenAI's shape exactly (that is the point).
  practice: { ...OPENAI_SHAPE, needsKey: false },
  openai: OPENAI_SHAPE,
  alibaba: {
    uploadKind: 'dashscope-openai-compatible',
    multipartAboveBytes: null,
    trainingMethods: ['supervised', 'dpo', 'continued-pretraining'],
    metricsSource: 'log-parsing',
    deployment: { step: 'required', billing: 'per-token' },
    pauseResume: false,
    autoEpochs: false,
    priceEstimation: 'catalog',
    minExamples: 1,
    timestamps: 'wall-clock',
    needsKey: true,
    available: true,
  },
  // OpenAI-compatible files and jobs (one-request uploads up to 5 GB, no Uploads API), loss from checkpoint
  // metrics, serverless LoRA billed per token after a /v0/models deploy (reference nebius-2026-12).
  nebius: {
    ...OPENAI_SHAPE,
    multipartAboveBytes: null,
    trainingMethods: ['supervised'],
    deployment: { step: 'required', billing: 'per-token' },
    pauseResume: false,
    minExamples: 1,
    available: true,
  },
  together: {
    uploadKind: 'together-presigned',
    multipartAboveBytes: null,
    trainingMethods: ['supervised', 'dpo'],
    metricsSource: 'metrics-endpoint',
    deployment: { step: 'required', billing: 'per-hour' },
    pauseResume: false,
    autoEpochs: false,
    priceEstimation: 'provider-endpoint',
    minExamples: 1,
    timestamps: 'iso',
    needsKey: true,
    available: true,
  },
};
