// Rescue a fine-tuned OpenAI model before it is switched off (issue 13): find what is at risk, save the
// recipe, record golden answers, check candidates that need no training, retrain elsewhere, prove it, and
// say what to change. Plain TypeScript: the account, projects, training, providers, dialogs and the clock
// come in as ports, so tests drive the whole flow against the practice service with a moved clock.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { baseModelOf, findPrice, type ProviderId } from '../../../../shared/domain/pricing/catalog';
import type { ProjectExample } from '../../../../shared/domain/projects/types';
import { countdownAt } from '../../../../shared/domain/rescue/countdown';
import { switchOverFor } from '../../../../shared/domain/rescue/switchOver';
import type {
  AtRiskModel,
  Inventory,
  RecordingOptions,
  RecordingPlan,
  RescueSource,
  RescueState,
  SwitchOver,
} from '../../../../shared/domain/rescue/types';
import { OPENAI_WIND_DOWN, daysUntil } from '../../../../shared/domain/providers/windDown';
import { reportCsv, reportHtml, type ReportText } from '../../../../shared/domain/tryout/report';
import type { BlindPick } from '../../../../shared/domain/tryout/blind';
import { appError } from '../../../../shared/ipc/errors';
import { asAppError } from '../providers';
import type { DurableJsonFile } from '../storage/DurableJsonFile';
import { AnswerLog, blankRecord, type RescueData, type RescueRecord } from './RescueStore';
import { RetiringAccountClient, type AccountConnection } from './RetiringAccountClient';
import { recordGoldenAnswers, type RecorderPort } from './GoldenRecorder';
import { buildPromptSet, planRecording } from './prompts';
import { saveRecipe, parseChatJsonl, projectNameOf, toProjectExamples } from './recipe';
import { CLOSE_ENOUGH, fidelityReport, quickCheck, reportDataOf, type GoldenCase } from './compare';
import type { RescuePorts } from './ports';

export const DEFAULT_CONCURRENCY = 4;

export class RescueService {
  private readonly logs = new Map<string, Promise<AnswerLog>>();
  private readonly opened = new Map<string, AnswerLog>();
  private readonly running = new Map<string, AbortController>();
  private readonly live = new Map<string, { concurrency: number }>();
  /** Looks at the reminders now (wired by createRescueService; also run hourly and at start). */
  checkRemindersNow: () => Promise<unknown> = async () => undefined;
  /** Tests: replaces the account client used for recording (to count or fail requests). */
  recorderOverride: RecorderPort | null = null;

  constructor(
    private readonly file: DurableJsonFile<RescueData>,
    private readonly ports: RescuePorts,
  ) {}

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
    const listed = new Map(models.filter((m) => m.id.startsWith('ft:')).map((m) => [m.id, m]));
    const ids = new Set([
      ...listed.keys(),
      ...jobs.flatMap((j) => (j.fineTunedModel ? [j.fineTunedModel] : [])),
    ]);
    // Models that were in an earlier inventory stay on the page after they are gone, with what was saved.
    for (const known of this.file.get().inventory?.models ?? []) ids.add(known.id);
    const atRisk: AtRiskModel[] = [];
    for (const id of ids) {
      const base = baseModelOf(id);
      const shutdownDate =
        listed.get(id)?.shutdownDate ??
        findPrice('openai', base)?.shutdownDate ??
        (/^gpt-4(o|\.1)/.test(base) ? OPENAI_WIND_DOWN.modelsShutDown : null);
      if (!shutdownDate) continue;
      const job = jobs.find((j) => j.fineTunedModel === id);
      atRisk.push({
        id,
        baseModel: base,
        shutdownDate,
        daysUntilShutdown: daysUntil(shutdownDate, now),
        listed: listed.has(id),
        job: job
          ? {
              id: job.id,
              trainingFile: job.trainingFile,
              validationFile: job.validationFile,
              resultFiles: job.resultFiles,
              epochs: job.epochs,
              batchSize: job.batchSize,
              learningRateMultiplier: job.learningRateMultiplier,
              suffix: job.suffix,
              createdAt: job.createdAt,
            }
          : (this.file.get().inventory?.models.find((m) => m.id === id)?.job ?? null),
      });
    }
    atRisk.sort((a, b) => a.shutdownDate.localeCompare(b.shutdownDate) || a.id.localeCompare(b.id));
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
    const base =
      record.recipe ?? (await saveRecipeSettingsOnly(this.atRisk(model), this.ports.now().getTime()));
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
          this.live.set(model, { concurrency: p.concurrency });
          const t = Date.now();
          if (t - lastEmit < 100 && p.done < chosen.length) return;
          lastEmit = t;
          const current = this.record(model);
          this.ports.emit('rescue.changed', {
            rescue: this.stateOf({
              ...current,
              requests: counters.requests,
              rateLimited: counters.rateLimited,
            }),
          });
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

  // ---- quick check, retrain, fidelity ----------------------------------------------------------------

  async quickCheck(model: string): Promise<RescueState> {
    const record = this.record(model);
    const cases = await this.goldenCases(model, true, 20);
    if (cases.length === 0) throw appError('bad_input', { path: 'recorded' });
    const provider = this.ports.providers.active();
    const options = this.ports.training.models().models;
    const base = options.find((m) => m.model === baseModelOf(model))?.model ?? options[0]?.model;
    if (!base) throw appError('not_supported');
    const examples = record.recipe?.projectId
      ? await this.ports.projects.examplesOf(record.recipe.projectId)
      : [];
    const candidates = await quickCheck(
      cases,
      { id: provider.id, chat: (m, turns, o) => provider.chat(m, turns, o) },
      base,
      record.recipe?.systemPrompt ?? '',
      examples.filter((e) => e.split === 'train').map((e) => e.example),
    ).catch((error: unknown) => {
      throw asAppError(error);
    });
    return this.save({
      ...record,
      quickCheck: { checkedAt: this.ports.now().getTime(), candidates, bar: CLOSE_ENOUGH },
    });
  }

  retrainTargets() {
    const active = this.ports.providers.activeId();
    return this.ports.providers
      .summaries()
      .filter(
        (p) =>
          p.connected && p.capabilities.available && p.capabilities.trainingMethods.includes('supervised'),
      )
      .map((p) => ({
        provider: p.id,
        active: p.id === active,
        baseModels: p.id === active ? this.ports.training.models().models.map((m) => m.model) : [],
      }));
  }

  async retrain(
    model: string,
    input: { provider: ProviderId; data: 'original' | 'original+golden'; baseModel: string },
  ): Promise<RescueState> {
    const record = this.record(model);
    const recipe = record.recipe;
    if (!recipe?.projectId) throw appError('bad_input', { path: 'recipe' });
    if (!this.retrainTargets().some((t) => t.provider === input.provider)) throw appError('not_supported');
    if (this.ports.providers.activeId() !== input.provider) await this.ports.providers.use(input.provider);
    let sourceId = recipe.projectId;
    if (input.data === 'original+golden') {
      const original = await this.ports.projects.examplesOf(recipe.projectId);
      const golden = (await this.goldenCases(model, false, Number.MAX_SAFE_INTEGER)).map(
        ({ prompt, golden: g }): ProjectExample => ({
          id: `ex-${g.promptId}`,
          example: {
            messages: [
              ...(prompt.system ? [{ role: 'system' as const, content: prompt.system }] : []),
              { role: 'user', content: prompt.question },
              { role: 'assistant', content: g.text },
            ],
          },
          provenance: 'added',
          split: 'train',
        }),
      );
      const project = await this.createProject(
        `${recipe.projectName ?? projectNameOf(model)} + recorded answers`,
        [...original.map((e) => ({ ...e })), ...golden],
        {
          fileName: 'recorded-answers.jsonl',
          bytes: 0,
        },
      );
      sourceId = project.id;
    }
    const suffix = (recipe.suffix ?? '').replace(/[^A-Za-z0-9_-]/g, '-').slice(0, 40) || null;
    const run = await this.ports.training.start({
      sourceId,
      model: input.baseModel,
      suffix,
      epochs: recipe.epochs ?? 'auto',
      batchSize: recipe.batchSize ?? 'auto',
      learningRateMultiplier: recipe.learningRateMultiplier ?? 'auto',
      seed: null,
    });
    return this.save({
      ...record,
      retrain: {
        runId: run.id,
        provider: input.provider,
        data: input.data,
        sourceId,
        baseModel: input.baseModel,
      },
    });
  }

  private newModel(record: RescueRecord): string {
    const run = this.ports.training.runs().find((r) => r.id === record.retrain?.runId);
    const model = run?.job?.fineTunedModel;
    if (!model) throw appError('bad_input', { path: 'run' });
    return model;
  }

  async fidelity(model: string): Promise<RescueState> {
    const record = this.record(model);
    if (!record.retrain) throw appError('bad_input', { path: 'retrain' });
    const newModel = this.newModel(record);
    const cases = await this.goldenCases(model, true, 50);
    const provider = this.ports.providers.get(record.retrain.provider);
    const seed = parseInt(createHash('sha256').update(model).digest('hex').slice(0, 8), 16);
    const report = await fidelityReport(
      cases,
      { provider: provider.id, model: newModel, chat: (m, turns, o) => provider.chat(m, turns, o) },
      {
        old: this.priceOfRetiring(model),
        new: this.ports.prices.priceOf(record.retrain.provider, record.retrain.baseModel),
      },
      () => this.ports.now().getTime(),
      seed,
    );
    return this.save({ ...record, fidelity: report });
  }

  async blindPick(model: string, caseIndex: number, pick: BlindPick): Promise<RescueState> {
    const record = this.record(model);
    if (!record.fidelity) throw appError('bad_input', { path: 'fidelity' });
    const picks = { ...record.fidelity.blind.picks, [caseIndex]: pick };
    return this.save({
      ...record,
      fidelity: { ...record.fidelity, blind: { ...record.fidelity.blind, picks } },
    });
  }

  async markOldBetter(model: string, caseIndex: number, value: boolean): Promise<RescueState> {
    const record = this.record(model);
    if (!record.fidelity) throw appError('bad_input', { path: 'fidelity' });
    const rows = record.fidelity.rows.map((r) =>
      r.caseIndex === caseIndex ? { ...r, oldWasBetter: value } : r,
    );
    return this.save({ ...record, fidelity: { ...record.fidelity, rows } });
  }

  /** Rows marked "the old one was better" go back into the project as corrected examples, once each. */
  async applyCorrections(model: string): Promise<RescueState> {
    const record = this.record(model);
    const report = record.fidelity;
    const projectId = record.recipe?.projectId;
    if (!report || !projectId) throw appError('bad_input', { path: 'fidelity' });
    const system = new Map(record.prompts.map((p) => [p.id, p.system]));
    const rows = [];
    let added = 0;
    for (const row of report.rows) {
      if (row.oldWasBetter && !row.corrected) {
        const sys = system.get(row.promptId);
        await this.ports.projects.appendCorrected(
          projectId,
          {
            messages: [
              ...(sys ? [{ role: 'system' as const, content: sys }] : []),
              { role: 'user', content: row.question },
              { role: 'assistant', content: row.old },
            ],
          },
          report.newModel,
        );
        added += 1;
        rows.push({ ...row, corrected: true });
      } else rows.push(row);
    }
    return this.save({
      ...record,
      fidelity: { ...report, rows, correctionsApplied: report.correctionsApplied + added },
    });
  }

  async exportReport(model: string, format: 'csv' | 'html', text: ReportText) {
    const record = this.record(model);
    if (!record.fidelity) throw appError('bad_input', { path: 'fidelity' });
    const file = await this.ports.dialogs.showSaveDialog(
      format,
      `rescue-report-${new Date(record.fidelity.createdAt).toISOString().slice(0, 10)}.${format}`,
    );
    if (!file) return { saved: false, fileName: null };
    const system = new Map(record.prompts.map((p) => [p.id, p.system]));
    const data = reportDataOf(record.fidelity, model, (id) => system.get(id) ?? null);
    await fs.writeFile(file, format === 'csv' ? reportCsv(data, text) : reportHtml(data, text), {
      encoding: 'utf8',
      mode: 0o600,
    });
    return { saved: true, fileName: path.basename(file) };
  }

  switchOver(model: string): SwitchOver {
    const record = this.record(model);
    if (!record.retrain) throw appError('bad_input', { path: 'retrain' });
    return switchOverFor(record.retrain.provider, this.newModel(record));
  }

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

async function saveRecipeSettingsOnly(model: AtRiskModel, now: number) {
  const job = model.job;
  return {
    projectId: null,
    projectName: null,
    model: model.id,
    jobId: job?.id ?? null,
    training: { state: 'none' as const },
    validation: { state: 'none' as const },
    result: { state: 'none' as const },
    resultRows: 0,
    epochs: job?.epochs ?? null,
    batchSize: job?.batchSize ?? null,
    learningRateMultiplier: job?.learningRateMultiplier ?? null,
    suffix: job?.suffix ?? null,
    systemPrompt: '',
    savedAt: now,
    importedOriginal: null,
  };
}
