// The sample "retiring account": an OpenAI organization as it looks weeks before OpenAI switches off
// fine-tuning (no new jobs after 2027-01-06, gpt-4o/gpt-4.1 fine-tunes gone on 2027-01-14). Two fine-tuned
// models with the jobs, files and result files behind them, and stored chat completions from the
// user's app, so the whole rescue flow can be walked with no key. The data is built here (not by running
// jobs) because these models were trained "long ago"; ids are fixed so seeding twice adds nothing.
import type { ChatExample } from '../../../../shared/domain/chat';
import type { AccountProfile } from './accounts';
import { toUnixSeconds } from './clock';
import { planJob, resultCsvBase64 } from './jobs/plan';
import type { FileRecord, JobRecord, ModelRecord, PracticeState, StoredCompletion } from './state';

/** The keys of the sample retiring account: one whose training files download, one where OpenAI refuses. */
export const RETIRING_PRACTICE_KEY = 'tunesmith-practice-retiring';
export const RETIRING_REFUSING_KEY = 'tunesmith-practice-retiring-refused';
export const RETIRING_ORGANIZATION_ID = 'org-acmehelpdesk';

const profile: AccountProfile = {
  organizationId: RETIRING_ORGANIZATION_ID,
  jobsClosedFrom: '2027-01-06',
};
export const RETIRING_ACCOUNTS: Record<string, AccountProfile> = {
  [RETIRING_PRACTICE_KEY]: { ...profile, fileDownloads: 'allowed' },
  [RETIRING_REFUSING_KEY]: { ...profile, fileDownloads: 'refused' },
};

const SUPPORT_SYSTEM = 'You are the support assistant of Acme Kettles. Be warm, brief and practical.';
const PRODUCTS = ['kettle', 'toaster', 'coffee grinder', 'milk frother', 'rice cooker', 'blender'];
const PROBLEMS: [string, string][] = [
  [
    'will not switch on',
    'check that the plug is pushed all the way in, then hold the switch for two seconds',
  ],
  ['makes a loud clicking noise', 'unplug it, let it cool for ten minutes and wipe the base contacts dry'],
  [
    'arrived with a scratch',
    'send us a photo of the scratch and your order number, and we will ship a new one',
  ],
  ['smells of plastic', 'run it empty twice with the lid open; the smell from new parts fades after that'],
  ['stopped halfway through', 'the safety cut-out tripped; let it rest for fifteen minutes and try again'],
  [
    'has a blinking red light',
    'hold the power button for five seconds to reset it; if it still blinks, call us',
  ],
];

function supportExample(i: number): ChatExample {
  const product = PRODUCTS[i % PRODUCTS.length]!;
  const [problem, fix] = PROBLEMS[Math.floor(i / PRODUCTS.length) % PROBLEMS.length]!;
  return {
    messages: [
      { role: 'system', content: SUPPORT_SYSTEM },
      { role: 'user', content: `My ${product} ${problem}. What should I do?` },
      {
        role: 'assistant',
        content: `So sorry about your ${product}! Please ${fix}. Warmly, the Acme team.`,
      },
    ],
  };
}

const INVOICE_SYSTEM = 'Extract the invoice fields as JSON: invoice, supplier, date, total, currency.';
const SUPPLIERS = ['Brightline Ltd', 'Nordwind GmbH', '高雄電機', 'Maple & Co', 'Sunrise Foods'];
const CURRENCIES = ['EUR', 'USD', 'TWD', 'GBP'];

function invoiceExample(i: number): ChatExample {
  const supplier = SUPPLIERS[i % SUPPLIERS.length]!;
  const currency = CURRENCIES[i % CURRENCIES.length]!;
  const number = String(1040 + i * 7);
  const total = 120 + i * 37.5;
  const date = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  return {
    messages: [
      { role: 'system', content: INVOICE_SYSTEM },
      {
        role: 'user',
        content: `Invoice ${number} from ${supplier}, dated ${date}. Amount due: ${total.toFixed(2)} ${currency}.`,
      },
      {
        role: 'assistant',
        content: JSON.stringify({ invoice: number, supplier, date, total, currency }),
      },
    ],
  };
}

const DAY_MS = 86_400_000;
const jsonl = (examples: readonly ChatExample[]) => `${examples.map((e) => JSON.stringify(e)).join('\n')}\n`;

interface SeedModel {
  jobId: string;
  model: string;
  suffix: string;
  base: string;
  train: ChatExample[];
  validation: ChatExample[];
  files: { training: string; validation: string | null; result: string };
  hyperparameters: {
    n_epochs: number | 'auto';
    batch_size: number | 'auto';
    learning_rate_multiplier: number | 'auto';
  };
  trainedDaysAgo: number;
}

const SEED_MODELS: SeedModel[] = [
  {
    jobId: 'ftjob-RetiringSupport0000000001',
    model: 'ft:gpt-4o-mini-2024-07-18:acmehelpdesk:support:R3sCu3Ab',
    suffix: 'support',
    base: 'gpt-4o-mini-2024-07-18',
    train: Array.from({ length: 30 }, (_, i) => supportExample(i)),
    validation: Array.from({ length: 6 }, (_, i) => supportExample(30 + i)),
    files: {
      training: 'file-RetiringSupportTrain01',
      validation: 'file-RetiringSupportValid01',
      result: 'file-RetiringSupportResult1',
    },
    hyperparameters: { n_epochs: 3, batch_size: 'auto', learning_rate_multiplier: 'auto' },
    trainedDaysAgo: 240,
  },
  {
    jobId: 'ftjob-RetiringInvoice0000000001',
    model: 'ft:gpt-4.1-mini-2025-04-14:acmehelpdesk:invoice-json:J5onX7kQ',
    suffix: 'invoice-json',
    base: 'gpt-4.1-mini-2025-04-14',
    train: Array.from({ length: 20 }, (_, i) => invoiceExample(i)),
    validation: [],
    files: {
      training: 'file-RetiringInvoiceTrain01',
      validation: null,
      result: 'file-RetiringInvoiceResult1',
    },
    hyperparameters: { n_epochs: 4, batch_size: 1, learning_rate_multiplier: 1.5 },
    trainedDaysAgo: 120,
  },
];

/** Questions the user's app really sent the support model, stored with `store: true`. */
const STORED_QUESTIONS: { text: string; env: string }[] = [
  { text: 'My kettle keeps switching itself off before the water boils.', env: 'prod' },
  { text: 'The toaster only browns one side of the bread.', env: 'prod' },
  { text: 'Can I put the blender jug in the dishwasher?', env: 'prod' },
  { text: 'My coffee grinder is much louder than it used to be.', env: 'prod' },
  { text: 'The rice cooker lid does not close properly any more.', env: 'prod' },
  { text: 'test message please ignore', env: 'staging' },
];

function fileRecord(id: string, filename: string, purpose: string, text: string, at: number): FileRecord {
  const bytes = Buffer.from(text, 'utf8');
  return {
    id,
    filename,
    purpose,
    bytes: bytes.byteLength,
    createdAt: at,
    expiresAt: null,
    contentBase64: bytes.toString('base64'),
  };
}

/** The records of the sample account, dated relative to `nowMs` (trained months ago). */
export function retiringAccountRecords(nowMs: number): Omit<PracticeState, 'version' | 'uploads'> {
  const files: FileRecord[] = [];
  const jobs: JobRecord[] = [];
  const models: ModelRecord[] = [];
  for (const seed of SEED_MODELS) {
    const createdMs = nowMs - seed.trainedDaysAgo * DAY_MS;
    const at = toUnixSeconds(createdMs);
    files.push(
      fileRecord(seed.files.training, `${seed.suffix}-train.jsonl`, 'fine-tune', jsonl(seed.train), at),
    );
    if (seed.files.validation)
      files.push(
        fileRecord(
          seed.files.validation,
          `${seed.suffix}-valid.jsonl`,
          'fine-tune',
          jsonl(seed.validation),
          at,
        ),
      );
    const job: JobRecord = {
      id: seed.jobId,
      createdAtMs: createdMs,
      model: seed.base,
      trainingFile: seed.files.training,
      validationFile: seed.files.validation,
      suffix: seed.suffix,
      seed: 42,
      metadata: null,
      methodType: 'supervised',
      hyperparameters: seed.hyperparameters,
      beta: null,
      integrations: null,
      status: 'succeeded',
      error: null,
      plannedModel: seed.model,
      fineTunedModel: seed.model,
      finishedAt: at + 1800,
      trainedTokens: null,
      plan: null,
      phaseStartedAtMs: createdMs,
      stepsDone: 0,
      runStartStep: 0,
      resultFiles: [seed.files.result],
      events: [],
      checkpoints: [],
    };
    const planned = planJob(job, seed.train, seed.validation.length > 0);
    job.hyperparameters = planned.hyperparameters;
    job.plan = planned.plan;
    job.stepsDone = planned.plan.totalSteps;
    job.trainedTokens = planned.plan.billedTokensPerEpoch * planned.hyperparameters.n_epochs;
    jobs.push(job);
    // The result file is stored as OpenAI serves it: the metrics CSV, base64-encoded.
    files.push(
      fileRecord(
        seed.files.result,
        'step_metrics.csv',
        'fine-tune-results',
        resultCsvBase64(planned.plan.curve),
        at + 1800,
      ),
    );
    models.push({
      id: seed.model,
      created: at + 1800,
      ownedBy: RETIRING_ORGANIZATION_ID,
      base: seed.base,
      jobId: seed.jobId,
      examples: seed.train,
    });
  }
  const support = SEED_MODELS[0]!;
  const storedCompletions: StoredCompletion[] = STORED_QUESTIONS.map((q, i) => {
    const id = `chatcmpl-RetiringStored${String(i).padStart(14, '0')}`;
    const created = toUnixSeconds(nowMs - (30 - i) * DAY_MS);
    const messages = [
      { id: `${id}-0`, role: 'system', content: SUPPORT_SYSTEM },
      { id: `${id}-1`, role: 'user', content: q.text },
    ];
    const answer = 'So sorry about that! Please unplug it for a minute and try again. Warmly, the Acme team.';
    return {
      id,
      createdAt: created,
      model: support.model,
      metadata: { app: 'helpdesk', env: q.env },
      messages,
      completion: {
        id,
        object: 'chat.completion',
        created,
        model: support.model,
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: answer, refusal: null, annotations: [] },
            logprobs: null,
            finish_reason: 'stop',
          },
        ],
        usage: { prompt_tokens: 40, completion_tokens: 20, total_tokens: 60 },
        service_tier: 'default',
        metadata: { app: 'helpdesk', env: q.env },
      },
    };
  });
  return { files, jobs, models, storedCompletions };
}

/** The state with the sample account's records added (records already there, by id, are kept as they are). */
export function withRetiringAccount(state: PracticeState, nowMs: number): PracticeState {
  const seed = retiringAccountRecords(nowMs);
  const add = <T extends { id: string }>(existing: T[], extra: T[]) => [
    ...existing,
    ...extra.filter((e) => !existing.some((x) => x.id === e.id)),
  ];
  return {
    ...state,
    files: add(state.files, seed.files),
    jobs: add(state.jobs, seed.jobs),
    models: add(state.models, seed.models),
    storedCompletions: add(state.storedCompletions, seed.storedCompletions),
  };
}
