// Rescue a fine-tuned OpenAI model before it is switched off (issue 13): find what is at risk, save the
// recipe, record golden answers, check candidates that need no training, retrain elsewhere, prove it, and
// say what to change. Plain TypeScript: the account, projects, training, providers, dialogs and the clock
// come in as ports, so tests drive the whole flow against the practice service with a moved clock.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { baseModelOf } from '../../../../shared/domain/pricing/catalog';
import type { ProjectExample } from '../../../../shared/domain/projects/types';
import { countdownAt } from '../../../../shared/domain/rescue/countdown';
import type {
  AtRiskModel,
  Inventory,
  RecordingOptions,
  RecordingPlan,
  RescueSource,
  RescueState,
  SwitchOver,
} from '../../../../shared/domain/rescue/types';
import { daysUntil } from '../../../../shared/domain/providers/windDown';
import type { ReportText } from '../../../../shared/domain/tryout/report';
import type { BlindPick } from '../../../../shared/domain/tryout/blind';
import { appError } from '../../../../shared/ipc/errors';
import { asAppError } from '../providers';
import type { DurableJsonFile } from '../storage/DurableJsonFile';
import { AnswerLog, blankRecord, type RescueData, type RescueRecord } from './RescueStore';
import { RetiringAccountClient, type AccountConnection } from './RetiringAccountClient';
import { recordGoldenAnswers, type RecorderPort } from './GoldenRecorder';
import { buildPromptSet, planRecording } from './prompts';
import { saveRecipe, parseChatJsonl, projectNameOf, recipeSettingsOnly, toProjectExamples } from './recipe';
import type { GoldenCase } from './compare';
import { RescueProof } from './proof';
import { atRiskModels } from './inventory';
import type { RescuePorts } from './ports';

export const DEFAULT_CONCURRENCY = 4;

export class RescueService {
  private readonly logs = new Map<string, Promise<AnswerLog>>();
  private readonly opened = new Map<string, AnswerLog>();
  private readonly running = new Map<string, AbortController>();
  private readonly live = new Map<string, { concurrency: number; lowest: number }>();
  /** Looks at the reminders now (wired by createRescueService; also run hourly and at start). */
  checkRemindersNow: () => Promise<unknown> = async () => undefined;
  /** Tests: replaces the account client used for recording (to count or fail requests). */
  recorderOverride: RecorderPort | null = null;

  constructor(
    private readonly file: DurableJsonFile<RescueData>,
    private readonly ports: RescuePorts,
  ) {
    this.proof = new RescueProof({
      ports: this.ports,
      record: (model) => this.record(model),
      save: (record) => this.save(record),
      goldenCases: (model, heldOutOnly, max) => this.goldenCases(model, heldOutOnly, max),
      priceOfRetiring: (model) => this.priceOfRetiring(model),
      createProject: (name, examples, source) => this.createProject(name, examples, source),
    });
  }

  // ---- account and inventory -------------------------------------------------------------------------

  private client(source: RescueSource): RetiringAccountClient {
    const connection: AccountConnection | null = this.ports.connection(source);
    if (!connection) throw appError('key_missing');
    return new RetiringAccountClient(connection);
  }

  private sourceOrThrow(): RescueSource {
    const source = this.file.get().source;
    if (!source) throw appError('bad_input', { path: 'source' });
    return source;
  }

  /** The sample retiring account, one click away in practice mode. */
  async useSample(): Promise<Inventory> {
    this.ports.seedSample();
    await this.file.update((d) => ({ ...d, source: 'sample' }));
    return this.inventory();
  }

  async useOpenAi(): Promise<Inventory> {
    if (!this.ports.connection('openai')) throw appError('key_missing');
    await this.file.update((d) => ({ ...d, source: 'openai' }));
    return this.inventory();
  }

  /** At start: an OpenAI key (and no sample chosen) means the user's own account is looked at. */
  async refreshOpenAiAtStart(): Promise<void> {
    const source = this.file.get().source;
    if (source === 'sample' || !this.ports.connection('openai')) return;
    if (source === null) await this.file.update((d) => ({ ...d, source: 'openai' }));
    await this.inventory();
  }

  /** Every `ft:` model of the account (listed, or made by one of its jobs) with its dates. */
  async inventory(): Promise<Inventory> {
    const source = this.sourceOrThrow();
    const client = this.client(source);
    const now = this.ports.now();
    let models: Awaited<ReturnType<RetiringAccountClient['models']>>;
    let jobs: Awaited<ReturnType<RetiringAccountClient['jobs']>>;
    try {
      [models, jobs] = await Promise.all([client.models(), client.jobs()]);
    } catch (error) {
      throw asAppError(error);
    }
    const atRisk = atRiskModels(models, jobs, this.file.get().inventory?.models ?? [], now);
    const inventory: Inventory = {
      source,
      checkedAt: now.getTime(),
      countdown: countdownAt(now),
      models: atRisk,
    };
    await this.file.update((d) => ({ ...d, inventory }));
    return inventory;
  }

  /** What the page and the cards show; countdowns recomputed from the app clock, no network. */
  overview(): { source: RescueSource | null; inventory: Inventory | null; rescues: RescueState[] } {
    const data = this.file.get();
    const now = this.ports.now();
    const inventory = data.inventory
      ? {
          ...data.inventory,
          countdown: countdownAt(now),
          models: data.inventory.models.map((m) => ({
            ...m,
            daysUntilShutdown: daysUntil(m.shutdownDate, now),
          })),
        }
      : null;
    return {
      source: data.source,
      inventory,
      rescues: Object.values(data.rescues).map((r) => this.stateOf(r)),
    };
  }

  // ---- recipe ----------------------------------------------------------------------------------------

  private atRisk(model: string): AtRiskModel {
    const found = this.file.get().inventory?.models.find((m) => m.id === model);
    if (!found) throw appError('not_found', { path: 'model' });
    return found;
  }

  private record(model: string): RescueRecord {
    return this.file.get().rescues[model] ?? blankRecord(model, this.sourceOrThrow());
  }

  private async save(record: RescueRecord): Promise<RescueState> {
    await this.file.update((d) => ({ ...d, rescues: { ...d.rescues, [record.model]: record } }));
    const state = this.stateOf(record);
    this.ports.emit('rescue.changed', { rescue: state });
    return state;
  }

  private keepDir(model: string): string {
    return path.join(
      this.ports.dataDir,
      'rescue',
      createHash('sha256').update(model).digest('hex').slice(0, 20),
    );
  }

  async saveRecipe(model: string): Promise<RescueState> {
    const entry = this.atRisk(model);
    const recipe = await saveRecipe(entry, {
      client: this.client(this.sourceOrThrow()),
      keepDir: this.keepDir(model),
      createProject: (name, examples, source) => this.createProject(name, examples, source),
      now: () => this.ports.now().getTime(),
    });
    return this.save({ ...this.record(model), recipe });
  }

  /** After a refusal: the user's own JSONL becomes the project (chosen in a native dialog in main). */
  async importOriginal(model: string): Promise<RescueState> {
    const record = this.record(model);
    const file = await this.ports.dialogs.showOpenDialog('examples');
    if (!file) return this.stateOf(record);
    const text = await fs.readFile(file, 'utf8');
    const parsed = parseChatJsonl(text);
    if (parsed.examples.length === 0)
      throw appError('file_invalid', { params: { file: path.basename(file) } });
    const examples = toProjectExamples([{ part: 'train', parsed }]);
    const project = await this.createProject(projectNameOf(model), examples, {
      fileName: path.basename(file),
      bytes: Buffer.byteLength(text),
    });
    const base = record.recipe ?? recipeSettingsOnly(this.atRisk(model), this.ports.now().getTime());
    return this.save({
      ...record,
      recipe: {
        ...base,
        projectId: project.id,
        projectName: project.name,
        training: {
          state: 'saved',
          fileId: base.training.state === 'none' ? '' : base.training.fileId,
          lines: examples.length,
        },
        importedOriginal: path.basename(file),
      },
    });
  }

  private async createProject(
    name: string,
    examples: ProjectExample[],
    source: { fileName: string; bytes: number },
  ) {
    const now = this.ports.now();
    const project = await this.ports.projects.create(name, examples, {
      source: {
        fileName: source.fileName,
        format: 'jsonl',
        encoding: 'utf-8',
        bytes: source.bytes,
        importedAt: now.toISOString(),
      },
    });
    return { id: project.meta.id, name: project.meta.name };
  }

  // ---- golden answers --------------------------------------------------------------------------------

  log(model: string): Promise<AnswerLog> {
    let log = this.logs.get(model);
    if (!log) {
      log = AnswerLog.open(this.ports.dataDir, model).then((opened) => {
        this.opened.set(model, opened);
        return opened;
      });
      this.logs.set(model, log);
    }
    return log;
  }

  private async preparePrompts(model: string, options: RecordingOptions): Promise<RescueRecord> {
    const record = this.record(model);
    const projectId = record.recipe?.projectId ?? null;
    const examples = projectId ? await this.ports.projects.examplesOf(projectId) : [];
    const stored = options.sources.stored
      ? await this.client(record.source)
          .storedQuestions(model, 1000)
          .catch((error: unknown) => {
            throw asAppError(error);
          })
      : [];
    const prompts = buildPromptSet(
      { examples, stored, pasted: options.pasted, systemPrompt: record.recipe?.systemPrompt ?? '' },
      options,
    );
    return { ...record, prompts, recordingOptions: options };
  }

  async planRecording(model: string, options: RecordingOptions): Promise<RecordingPlan> {
    const record = await this.preparePrompts(model, options);
    const log = await this.log(model);
    return planRecording(record.prompts, options, (id) => log.has(id), this.priceOfRetiring(model)).plan;
  }

  async startRecording(model: string, options: RecordingOptions): Promise<RescueState> {
    if (this.running.has(model)) throw appError('bad_input', { path: 'running' });
    const record = await this.preparePrompts(model, options);
    const state = await this.save({ ...record, status: 'running', stopError: null });
    this.launch(model);
    return state;
  }

  async pauseRecording(model: string): Promise<RescueState> {
    return this.stopRunning(model, 'paused');
  }

  async cancelRecording(model: string): Promise<RescueState> {
    return this.stopRunning(model, 'cancelled');
  }

  async resumeRecording(model: string): Promise<RescueState> {
    const record = this.record(model);
    if (!record.recordingOptions) throw appError('bad_input', { path: 'options' });
    if (this.running.has(model)) return this.stateOf(record);
    const state = await this.save({ ...record, status: 'running', stopError: null });
    this.launch(model);
    return state;
  }

  /** After a restart or a crash: every recording that was running carries on where its answers end. */
  resumeInterrupted(): void {
    for (const record of Object.values(this.file.get().rescues))
      if (record.status === 'running' && !this.running.has(record.model)) this.launch(record.model);
  }

  private async stopRunning(model: string, status: 'paused' | 'cancelled'): Promise<RescueState> {
    const record = this.record(model);
    const state = await this.save({ ...record, status });
    this.running.get(model)?.abort();
    return state;
  }

  /** Waits until the recording of `model` (if any) has stopped; for tests and for quitting. */
  async settled(model: string): Promise<void> {
    await this.pending.get(model);
  }

  private readonly pending = new Map<string, Promise<void>>();

  private launch(model: string): void {
    const controller = new AbortController();
    this.running.set(model, controller);
    const work = this.runRecording(model, controller.signal).finally(() => {
      this.running.delete(model);
      this.pending.delete(model);
    });
    this.pending.set(model, work);
  }

  private async runRecording(model: string, signal: AbortSignal): Promise<void> {
    const record = this.record(model);
    const options = record.recordingOptions!;
    const log = await this.log(model);
    const chosen = record.prompts.slice(0, options.maxPrompts);
    const counters = { requests: record.requests, rateLimited: record.rateLimited };
    const client = this.recorderOverride ?? this.client(record.source);
    let lastEmit = 0;
    let trailing: ReturnType<typeof setTimeout> | null = null;
    const outcome = await recordGoldenAnswers(
      chosen,
      {
        model,
        temperature: options.temperature,
        extraSamples: options.extraSamples,
        concurrency: DEFAULT_CONCURRENCY,
      },
      {
        client,
        log,
        sleep: this.ports.sleep,
        now: () => this.ports.now().getTime(),
        onProgress: (p) => {
          const before = this.live.get(model)?.lowest ?? p.concurrency;
          this.live.set(model, { concurrency: p.concurrency, lowest: Math.min(before, p.concurrency) });
          // At most one update every 100 ms, but never drop the last one of a burst: a throttled update
          // is sent when the interval ends (four answers arriving together once showed "0 of 12").
          const emit = () => {
            lastEmit = Date.now();
            const current = this.record(model);
            this.ports.emit('rescue.changed', {
              rescue: this.stateOf({
                ...current,
                requests: counters.requests,
                rateLimited: counters.rateLimited,
              }),
            });
          };
          const since = Date.now() - lastEmit;
          if (since >= 100 || p.done >= chosen.length) return emit();
          if (trailing) return;
          trailing = setTimeout(() => {
            trailing = null;
            if (!signal.aborted) emit();
          }, 100 - since);
          trailing.unref?.();
        },
      },
      signal,
      counters,
    );
    await log.flush();
    const latest = this.record(model);
    const next: RescueRecord = { ...latest, requests: counters.requests, rateLimited: counters.rateLimited };
    if (outcome.kind === 'finished') next.status = 'finished';
    if (outcome.kind === 'stopped') Object.assign(next, { status: 'stopped', stopError: outcome.code });
    this.ports.logger.log('info', 'rescue.recording', {
      outcome: outcome.kind,
      requests: counters.requests,
      rateLimited: counters.rateLimited,
      recorded: log.size,
    });
    await this.save(next);
  }

  private priceOfRetiring(model: string) {
    return this.ports.prices.priceOf('openai', baseModelOf(model));
  }

  private async goldenCases(model: string, heldOutOnly: boolean, max: number): Promise<GoldenCase[]> {
    const record = this.record(model);
    const log = await this.log(model);
    const withAnswers = record.prompts.flatMap((prompt) => {
      const golden = log.get(prompt.id);
      return golden ? [{ prompt, golden }] : [];
    });
    const preferred = withAnswers.filter((c) => c.prompt.origin !== 'training');
    return (heldOutOnly && preferred.length > 0 ? preferred : withAnswers).slice(0, max);
  }

  // ---- quick check, retrain, fidelity (proof.ts) -----------------------------------------------------

  private readonly proof: RescueProof;
  quickCheck = (model: string) => this.proof.quickCheck(model);
  retrainTargets = () => this.proof.retrainTargets();
  retrain = (model: string, input: Parameters<RescueProof['retrain']>[1]) => this.proof.retrain(model, input);
  fidelity = (model: string) => this.proof.fidelity(model);
  blindPick = (model: string, caseIndex: number, pick: BlindPick) =>
    this.proof.blindPick(model, caseIndex, pick);
  markOldBetter = (model: string, caseIndex: number, value: boolean) =>
    this.proof.markOldBetter(model, caseIndex, value);
  applyCorrections = (model: string) => this.proof.applyCorrections(model);
  exportReport = (model: string, format: 'csv' | 'html', text: ReportText) =>
    this.proof.exportReport(model, format, text);
  switchOver = (model: string): SwitchOver => this.proof.switchOver(model);

  stateOf(record: RescueRecord): RescueState {
    const options = record.recordingOptions;
    const total = options ? Math.min(record.prompts.length, options.maxPrompts) : 0;
    const recorded = this.recordedCount(record);
    return {
      model: record.model,
      source: record.source,
      recipe: record.recipe,
      recordingOptions: options,
      progress: {
        status: record.status,
        done: Math.min(recorded, total),
        total,
        requests: record.requests,
        rateLimited: record.rateLimited,
        concurrency: this.live.get(record.model)?.concurrency ?? DEFAULT_CONCURRENCY,
        lowestConcurrency: this.live.get(record.model)?.lowest ?? DEFAULT_CONCURRENCY,
        error: record.stopError,
      },
      recorded,
      quickCheck: record.quickCheck,
      retrain: record.retrain,
      fidelity: record.fidelity,
    };
  }

  /** Answers recorded for this record's chosen prompts (counted from the log already open, else 0 until read). */
  private recordedCount(record: RescueRecord): number {
    const log = this.opened.get(record.model);
    if (!log) return 0;
    const chosen = record.prompts.slice(0, record.recordingOptions?.maxPrompts ?? record.prompts.length);
    return chosen.filter((p) => log.has(p.id)).length;
  }

  /** Opens every model's answer log so counts are known before the page asks (called at start-up). */
  async loadLogs(): Promise<void> {
    for (const model of Object.keys(this.file.get().rescues)) await this.log(model);
  }

  dispose(): void {
    for (const controller of this.running.values()) controller.abort();
  }
}
