// Headless data check for power users and CI, running the same checker as the app:
//   npm run --silent check-data -- <file> [--model <id>] [--provider <id>] [--validation <file>] [--epochs <n>] [--json]
// Exit 0: no errors; 1: the file has errors; 2: the file cannot be read (missing, too large, unsupported).
//
// `npm run check-data` runs this from JavaScript built ahead of time (scripts/check-data.mjs). The check
// runs in the app's dataset worker with the app's memory cap (WORKER_LIMITS, issue 18): a file that needs
// more ends as `worker_failed` with a message, not as a crash. The worker is started first, so it loads
// its code while this thread reads the arguments; it loads only the tokenizer of the chosen model.
import { parseArgs } from 'node:util';
import {
  DatasetWorkerClient,
  WORKER_LIMITS,
  type WorkerLimits,
} from '../electron/main/services/dataset/DatasetWorkerClient';
import { DEFAULT_MODEL, resolveModelLimits } from '../electron/main/services/dataset/modelLimits';
import { ALL_ISSUE_CODES, type IssueCode } from '../shared/domain/dataset/codes';
import { errorMessage, issueMessage } from '../shared/domain/dataset/messages';
import { countBySeverity, type DatasetReport } from '../shared/domain/dataset/report';
import { trainingCost } from '../shared/domain/pricing/cost';
import { baseModelOf, PRICE_CATALOG, type ProviderId } from '../shared/domain/pricing/catalog';
import { ALL_PROVIDER_IDS } from '../shared/domain/providers/ids';

const EXIT_OK = 0;
const EXIT_ERRORS = 1;
const EXIT_UNREADABLE = 2;
/** The CLI lists every issue; the cap only guards against pathological files. */
const CLI_ISSUE_CAP = 100_000;
const PROVIDERS: readonly ProviderId[] = ALL_PROVIDER_IDS;

/** A worker ended early has most likely run out of its memory cap (the check handles bad input itself). */
const memoryHint = () =>
  ` It may need more than the ${limits.maxOldGenerationSizeMb} MB of memory a check is allowed (the same cap as in the app); split the file and check the parts.`;

function usage(message: string): never {
  process.stderr.write(
    `${message}\nUsage: check-data <file> [--model <id>] [--provider <id>] [--validation <file>] [--epochs <n>] [--json]\n`,
  );
  process.exit(EXIT_UNREADABLE);
}

function parse() {
  try {
    const { values, positionals } = parseArgs({
      allowPositionals: true,
      options: {
        model: { type: 'string' },
        provider: { type: 'string' },
        validation: { type: 'string' },
        epochs: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    });
    const file = positionals[0];
    if (!file || positionals.length > 1) usage('Give exactly one file to check.');
    const model = values.model ?? DEFAULT_MODEL;
    const provider = (values.provider ?? providerOfModel(model)) as ProviderId;
    if (!PROVIDERS.includes(provider)) usage(`Unknown provider "${values.provider}".`);
    const epochs: number | 'auto' =
      values.epochs === undefined || values.epochs === 'auto' ? 'auto' : Number(values.epochs);
    if (epochs !== 'auto' && (!Number.isInteger(epochs) || epochs < 1))
      usage('--epochs takes a whole number or "auto".');
    return {
      file,
      model,
      provider,
      validation: values.validation,
      epochs,
      json: values.json,
    };
  } catch (error) {
    usage((error as Error).message);
  }
}

/** Without --provider, the provider whose catalog lists the model (`qwen3-14b` → alibaba), else OpenAI. */
function providerOfModel(model: string): ProviderId {
  const base = baseModelOf(model);
  return PRICE_CATALOG.find((m) => m.provider !== 'practice' && m.model === base)?.provider ?? 'openai';
}

/** The cost in the currency the provider bills the model in (the report itself keeps dollars only). */
function costOf(report: DatasetReport) {
  const price = resolveModelLimits(report.provider, report.model).price;
  const estimate = price ? trainingCost(report.tokens.billed, report.epochs.epochs, price) : null;
  return {
    amount: estimate?.amount ?? null,
    currency: estimate?.currency ?? null,
    formula: estimate?.formula,
  };
}

function toJson(report: DatasetReport) {
  const cost = costOf(report);
  return {
    file: report.file,
    model: report.model,
    provider: report.provider,
    tokenizer: resolveModelLimits(report.provider, report.model).encoding,
    encoding: report.encoding.encoding,
    examples: report.examples,
    issues: report.issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      line: i.line,
      example: i.example,
      message: issueMessage(i),
    })),
    counts: report.counts,
    tokens: {
      total: report.tokens.total,
      billed: report.tokens.billed,
      max: report.tokens.max,
      perExample: report.tokens.perExample,
    },
    epochs: report.epochs.epochs,
    estimatedCost: {
      usd: report.estimatedCost?.usd ?? null,
      amount: cost.amount,
      currency: cost.currency,
      formula: cost.formula ?? 'no published price for this model',
    },
  };
}

function toText(report: DatasetReport): string {
  const out: string[] = [];
  const s = report.stats;
  out.push(
    `File:      ${report.file} (${report.format}, ${report.encoding.encoding}${report.encoding.bom ? ' with BOM' : ''})`,
  );
  const tokenizer = resolveModelLimits(report.provider, report.model).encoding;
  out.push(`Model:     ${report.model} (${report.provider}, ${tokenizer} tokenizer)`);
  out.push(`Examples:  ${report.examples}`);
  out.push(
    `Messages per example: min ${s.messagesPerExample.min}, max ${s.messagesPerExample.max}, median ${s.messagesPerExample.median}`,
  );
  out.push(
    `Tokens:    ${report.tokens.total} total, ${report.tokens.max} in the longest example, ${report.tokens.billed} billed per epoch`,
  );
  const reason = report.epochs.mode === 'auto' ? ` (auto: ${report.epochs.reason})` : ' (set)';
  out.push(`Epochs:    ${report.epochs.epochs}${reason}`);
  const cost = costOf(report);
  out.push(
    `Cost:      ${cost.amount === null ? 'unknown' : `about ${cost.currency === 'CNY' ? '¥' : '$'}${cost.amount.toFixed(2)}`}  [${cost.formula ?? 'no published price'}]`,
  );
  for (const severity of ['error', 'warning', 'info'] as const) {
    const codes = ALL_ISSUE_CODES.filter(
      (c) =>
        (report.counts[c] ?? 0) > 0 && report.issues.some((i) => i.code === c && i.severity === severity),
    );
    if (codes.length === 0) continue;
    out.push('', `${severity === 'error' ? 'Errors' : severity === 'warning' ? 'Warnings' : 'Notes'}:`);
    for (const code of codes) out.push(...describeCode(report, code));
  }
  const totals = countBySeverity(report.counts);
  out.push(
    '',
    totals.error === 0 ? 'No errors found.' : `${totals.error} errors, ${totals.warning} warnings.`,
  );
  return out.join('\n');
}

function describeCode(report: DatasetReport, code: IssueCode): string[] {
  const issues = report.issues.filter((i) => i.code === code);
  const lines = [`  ${code}: ${report.counts[code]}`];
  for (const issue of issues.slice(0, 5))
    lines.push(`    ${issue.line === null ? 'file' : `line ${issue.line}`}: ${issueMessage(issue)}`);
  if (issues.length > 5) lines.push(`    … and ${(report.counts[code] ?? 0) - 5} more`);
  return lines;
}

/**
 * The app's worker limits. TUNESMITH_CHECK_MEMORY_MB lowers the old-generation cap, so a test can show
 * what happens when a check needs more than it is allowed (no other use).
 */
function workerLimits(): WorkerLimits {
  const cap = Number(process.env.TUNESMITH_CHECK_MEMORY_MB);
  return Number.isInteger(cap) && cap > 0 && cap < WORKER_LIMITS.maxOldGenerationSizeMb
    ? { ...WORKER_LIMITS, maxOldGenerationSizeMb: cap }
    : WORKER_LIMITS;
}

const limits = workerLimits();
const worker = new DatasetWorkerClient(undefined, limits);
worker.warmUp();
// The bench measures the command as users run it; this is how it learns the process's peak memory.
if (process.env.TUNESMITH_REPORT_PEAK_MEMORY === '1')
  process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`));
// A reader that stops early (`| head`) closes the pipe: end quietly instead of printing a stack trace.
process.stdout.on('error', () => process.exit(process.exitCode ?? EXIT_OK));

async function main(): Promise<number> {
  const args = parse();
  const task = {
    kind: 'check' as const,
    path: args.file,
    options: {
      model: args.model,
      provider: args.provider,
      epochs: args.epochs,
      validationFile: args.validation,
      issueCap: CLI_ISSUE_CAP,
    },
  };
  const result = await worker.run(task);
  void worker.dispose();
  if (!result.ok) {
    if (args.json)
      process.stdout.write(
        JSON.stringify({
          file: args.file,
          error: { code: result.error.code, message: errorMessage(result.error) },
        }) + '\n',
      );
    else
      process.stderr.write(
        `${args.file}: ${errorMessage(result.error)}${result.error.code === 'worker_failed' ? memoryHint() : ''}\n`,
      );
    return EXIT_UNREADABLE;
  }
  const report = result.data.report;
  process.stdout.write((args.json ? JSON.stringify(toJson(report)) : toText(report)) + '\n');
  return countBySeverity(report.counts).error > 0 ? EXIT_ERRORS : EXIT_OK;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('check-data: unexpected failure while reading the file\n');
    process.exitCode = EXIT_UNREADABLE;
  },
);
