// The composition root for main-process services. Plain TypeScript: the Electron entry passes real
// adapters (safeStorage, shell, userData path), the end-to-end harness passes test ones.
import path from 'node:path';
import type { Settings } from '../../../../shared/domain/settings';
import type { StartupNotice } from '../../../../shared/ipc/schemas/app';
import type { EventMap, EventName } from '../../../../shared/ipc/events';
import { KeyVault } from '../keys/KeyVault';
import type { SecretCipher } from '../keys/SecretCipher';
import { DurableJsonFile } from '../storage/DurableJsonFile';
import {
  createPracticeService,
  PracticeStateSchema,
  type PracticeService,
  type PracticeState,
} from '../practice';
import {
  AlibabaPracticeStateSchema,
  createAlibabaPracticeService,
  type AlibabaDurations,
  type AlibabaPracticeService,
  type AlibabaPracticeState,
} from '../practice/alibaba';
import {
  NebiusPracticeStateSchema,
  createNebiusPracticeService,
  type NebiusDurations,
  type NebiusPracticeService,
  type NebiusPracticeState,
} from '../practice/nebius';
import {
  TogetherPracticeStateSchema,
  createTogetherPracticeService,
  type TogetherDurations,
  type TogetherPracticeService,
  type TogetherPracticeState,
} from '../practice/together';
import { alibabaPriceRegion } from '../../../../shared/domain/pricing/region';
import { openProviderSettings, PriceBook, ProvidersService } from '../providers';
import { createLogger, type Logger, type LogSink } from './Logger';
import { DatasetWorkerClient } from '../dataset/DatasetWorkerClient';
import { ProjectsService } from '../projects/ProjectsService';
import { PageReader } from '../projects/PageReader';
import { SourceFiles } from '../projects/SourceFiles';
import { ExamplesTasks } from '../projects/ExamplesTasks';
import { Samples } from '../projects/samples';
import { NO_DIALOGS, type DialogPort } from '../projects/DialogPort';
import { openSettings } from './SettingsService';
import { createTrainingService, type TrainingOptions } from '../training';
import type { TrainingService } from '../training/TrainingService';
import { DeploymentsService, HourlyGuard, openDeploymentStore, withDeployments } from '../deployments';
import { WeightsService } from '../weights';
import type { ProviderId } from '../../../../shared/domain/providers/ids';
import { appError } from '../../../../shared/ipc/errors';
import { NotesService } from '../notes/NotesService';
import { EvidenceService } from '../evidence';
import { trainingSetupCost } from '../../../../shared/domain/evidence/setupCost';
import type { Clock, JobDurations } from '../practice';
import { ConversationStore, projectsDataSource, TryoutService } from '../tryout';
import { createRescueService, OPENAI_API_URL, type RescueOptions, type RescueService } from '../rescue';
import {
  PRACTICE_BASE_URL,
  RETIRING_ACCOUNTS,
  RETIRING_PRACTICE_KEY,
  withRetiringAccount,
} from '../practice';

export interface PlatformAdapters {
  userDataDir: string;
  cipher: SecretCipher;
  openExternal(url: string): Promise<void>;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
  logSink: LogSink;
  version: string;
  platform: string;
  /** The app's clock for dates users see (countdowns, wind-down); default: the system clock. */
  now?: () => Date;
  /** End-to-end tests only: where "OpenAI" lives (a practice service), since tests never reach the network. */
  openaiEndpoint?: { baseURL: string; fetch?: typeof fetch };
  /** Native open/save dialogs (Examples import and export); default: every dialog is cancelled. */
  dialogs?: DialogPort;
  /** The shipped samples folder (samples/index.json); default: ./samples of the working directory. */
  samplesDir?: string;
  /** The dataset worker's entry; default: the TypeScript source through tsx (tests, harness). */
  datasetWorkerUrl?: URL;
  /** Train (issue 6): desktop notifications, wake-ups, OS language, and test hooks (fast timers, crash). */
  training?: TrainingOptions;
  /** Tests only: the practice service's clock and job phase lengths (e.g. a manual clock in e2e). */
  practiceClock?: Clock;
  practiceDurations?: JobDurations;
  /** Tests only: the Alibaba practice service's phase lengths (its clock is practiceClock). */
  alibabaPracticeDurations?: AlibabaDurations;
  /** Tests only: the Nebius practice service's phase lengths (its clock is practiceClock). */
  nebiusPracticeDurations?: NebiusDurations;
  /** Tests only: the Together practice service's phase lengths (its clock is practiceClock). */
  togetherPracticeDurations?: TogetherDurations;
  /** Rescue (issue 13): reminder notifications, the recorder's back-off wait, the retiring sample's key. */
  rescue?: RescueOptions & { sampleKey?: string };
}

export interface AppServices {
  version: string;
  platform: string;
  startupNotices: StartupNotice[];
  settings: DurableJsonFile<Settings>;
  keys: KeyVault;
  logger: Logger;
  practice: PracticeService;
  /** The practice Alibaba Model Studio, reached in-process by the Alibaba adapter in practice mode. */
  alibabaPractice: AlibabaPracticeService;
  /** The practice Nebius Token Factory, reached in-process by the Nebius adapter in practice mode. */
  nebiusPractice: NebiusPracticeService;
  /** The practice Together AI, reached in-process by the Together adapter in practice mode. */
  togetherPractice: TogetherPracticeService;
  prices: PriceBook;
  providers: ProvidersService;
  tryout: TryoutService;
  projects: ProjectsService;
  /** Hands opened projects to the window page by page. */
  pages: PageReader;
  sources: SourceFiles;
  samples: Samples;
  examplesTasks: ExamplesTasks;
  dialogs: DialogPort;
  training: TrainingService;
  rescue: RescueService;
  /** The practice service playing the sample retiring OpenAI account (its own state file). */
  retiringPractice: PracticeService;
  deployments: DeploymentsService;
  /** Per-hour deployments: the running-cost meter, the quit question, what ran while closed (issue 15). */
  hourly: HourlyGuard;
  /** "Save the trained weights" (issue 14): a trained model's files into a folder the user picks. */
  weights: WeightsService;
  /** Notes (issue 16): the user's documents per project, embedded and searched. */
  notes: NotesService;
  /** Decide with evidence (issue 16 §5): the user's questions through prompt, notes and fine-tuned model. */
  evidence: EvidenceService;
  /** Writes every pending edit now; call before quitting. */
  flushAll(): Promise<void>;
  /**
   * Quit: stops what could still change state (training pollers, the network monitor, dataset tasks),
   * then writes pending edits, then the practice service's state, each after the one before has finished.
   */
  shutdown(): Promise<void>;
  openExternal(url: string): Promise<void>;
  emit<E extends EventName>(event: E, payload: EventMap[E]): void;
}

export async function createAppServices(adapters: PlatformAdapters): Promise<AppServices> {
  const dataDir = path.join(adapters.userDataDir, 'tunesmith');
  const settings = await openSettings(dataDir);
  const keys = await KeyVault.open(dataDir, adapters.cipher);
  const logger = createLogger(adapters.logSink, () => keys.secrets());

  const startupNotices: StartupNotice[] = [];
  if (settings.outcome === 'restored-from-backup' || settings.outcome === 'reset-to-defaults') {
    startupNotices.push({
      code:
        settings.outcome === 'restored-from-backup'
          ? 'settings_restored_from_backup'
          : 'settings_reset_to_defaults',
      file: settings.quarantinedAs ?? undefined,
    });
    logger.log('warn', 'settings.recovered', {
      outcome: settings.outcome,
      quarantinedAs: settings.quarantinedAs,
    });
  }
  if (!keys.encryptionAvailable) startupNotices.push({ code: 'encryption_unavailable' });

  // Practice files, jobs and models survive a restart: the practice service writes through a durable file.
  const practiceFile = await DurableJsonFile.open({
    file: path.join(dataDir, 'practice.json'),
    version: 1,
    schema: PracticeStateSchema.nullable(),
    defaults: () => null,
  });
  const practice = createPracticeService({
    ...(adapters.practiceClock ? { clock: adapters.practiceClock } : {}),
    ...(adapters.practiceDurations ? { durations: adapters.practiceDurations } : {}),
    persistence: {
      load: () => practiceFile.get(),
      // DurableJsonFile validates against the schema on every write.
      save: async (state) => {
        await practiceFile.set(state as PracticeState);
      },
    },
  });
  if (practice.loadOutcome.kind === 'rejected')
    logger.log('warn', 'practice.state_rejected', { reason: practice.loadOutcome.reason });
  const alibabaPracticeFile = await DurableJsonFile.open({
    file: path.join(dataDir, 'practice-alibaba.json'),
    version: 1,
    schema: AlibabaPracticeStateSchema.nullable(),
    defaults: () => null,
  });
  const alibabaPractice = createAlibabaPracticeService({
    ...(adapters.practiceClock ? { clock: adapters.practiceClock } : {}),
    ...(adapters.alibabaPracticeDurations ? { durations: adapters.alibabaPracticeDurations } : {}),
    persistence: {
      load: () => alibabaPracticeFile.get(),
      save: async (state) => {
        await alibabaPracticeFile.set(state as AlibabaPracticeState);
      },
    },
  });
  if (alibabaPractice.loadOutcome.kind === 'rejected')
    logger.log('warn', 'practice.alibaba_state_rejected', { reason: alibabaPractice.loadOutcome.reason });
  const nebiusPracticeFile = await DurableJsonFile.open({
    file: path.join(dataDir, 'practice-nebius.json'),
    version: 1,
    schema: NebiusPracticeStateSchema.nullable(),
    defaults: () => null,
  });
  const nebiusPractice = createNebiusPracticeService({
    ...(adapters.practiceClock ? { clock: adapters.practiceClock } : {}),
    ...(adapters.nebiusPracticeDurations ? { durations: adapters.nebiusPracticeDurations } : {}),
    persistence: {
      load: () => nebiusPracticeFile.get(),
      save: async (state) => {
        await nebiusPracticeFile.set(state as NebiusPracticeState);
      },
    },
  });
  if (nebiusPractice.loadOutcome.kind === 'rejected')
    logger.log('warn', 'practice.nebius_state_rejected', { reason: nebiusPractice.loadOutcome.reason });
  const togetherPracticeFile = await DurableJsonFile.open({
    file: path.join(dataDir, 'practice-together.json'),
    version: 1,
    schema: TogetherPracticeStateSchema.nullable(),
    defaults: () => null,
  });
  const togetherPractice = createTogetherPracticeService({
    ...(adapters.practiceClock ? { clock: adapters.practiceClock } : {}),
    ...(adapters.togetherPracticeDurations ? { durations: adapters.togetherPracticeDurations } : {}),
    persistence: {
      load: () => togetherPracticeFile.get(),
      save: async (state) => {
        await togetherPracticeFile.set(state as TogetherPracticeState);
      },
    },
  });
  if (togetherPractice.loadOutcome.kind === 'rejected')
    logger.log('warn', 'practice.together_state_rejected', { reason: togetherPractice.loadOutcome.reason });
  const prices = await PriceBook.open(dataDir);
  const providers = new ProvidersService({
    keys,
    practice,
    alibabaPractice,
    nebiusPractice,
    togetherPractice,
    prices,
    settings: await openProviderSettings(dataDir),
    now: adapters.now ?? (() => new Date()),
    emit: adapters.emit,
    logger,
    ...(adapters.openaiEndpoint ? { openai: adapters.openaiEndpoint } : {}),
  });
  // Alibaba's costs are in its region's currency: the region chosen in Settings, else the one found.
  prices.useRegions((provider) =>
    provider === 'alibaba' ? alibabaPriceRegion(providers.accountSettings('alibaba')) : null,
  );

  // Examples projects (issue 5): autosaved under dataDir/projects, dataset work on a worker thread.
  const projects = new ProjectsService({
    dataDir,
    onError: (error) => logger.log('error', 'projects.save_failed', { error }),
  });
  const sources = new SourceFiles(dataDir);
  await sources.cleanup();
  const datasetWorker = new DatasetWorkerClient(adapters.datasetWorkerUrl);
  const examplesTasks = new ExamplesTasks({
    worker: datasetWorker,
    projects,
    sources,
    emit: adapters.emit,
    priceOf: (provider, model) => prices.priceOf(provider, model),
  });

  // Deployments (issue 12): a crash between "deploy" and its answer is reconciled here by the model's name.
  const deployments = new DeploymentsService({
    store: await openDeploymentStore(dataDir),
    providers,
    now: () => (adapters.now ?? (() => new Date()))().getTime(),
    emitChanged: (deployment) => adapters.emit('deployments.changed', { deployment }),
    ...(adapters.training?.timers ? { timers: adapters.training.timers } : {}),
    priceOf: (provider, model) => prices.priceOf(provider, model),
    log: (level, event, data) => logger.log(level, event, data),
  });
  const hourly = new HourlyGuard({
    deployments,
    now: () => (adapters.now ?? (() => new Date()))().getTime(),
    closedAtStart: deployments.closedAt(),
  });
  if (deployments.resumeAll().length > 0) startupNotices.push({ code: 'hourly_deployment_running' });

  // Try page (issue 7): chat, side by side and test runs on the active provider, over Examples projects.
  const tryout = new TryoutService({
    // Deployed models answer under their deployment's name; Try keeps using the trained model's.
    provider: () => withDeployments(providers.active(), deployments),
    prices,
    data: projectsDataSource(projects),
    conversations: await ConversationStore.open(dataDir),
    saveDialog: {
      chooseSavePath: (name, format) => (adapters.dialogs ?? NO_DIALOGS).showSaveDialog(format, name),
    },
    emit: adapters.emit,
    // Notes set-ups search the project's notes (NotesService is created below; called only after startup).
    notes: {
      search: (projectId, collectionId, question) => notes.search(projectId, collectionId, question),
      promptAllowance: (projectId, collectionId, encoding) =>
        notes.promptAllowance(projectId, collectionId, encoding),
    },
  });

  // Train (issue 6): resumes every unfinished run from training.json as soon as it exists.
  const training = await createTrainingService({
    dataDir,
    prices,
    providers,
    keys,
    projects,
    settings,
    emit: adapters.emit,
    logger,
    options: adapters.training ?? {},
  });

  // Rescue (issue 13): the sample retiring account is its own practice service (own state file, same clock),
  // so its models and jobs never mix with the user's practice account.
  const retiringFile = await DurableJsonFile.open({
    file: path.join(dataDir, 'practice-retiring.json'),
    version: 1,
    schema: PracticeStateSchema.nullable(),
    defaults: () => null,
  });
  const retiringPractice = createPracticeService({
    ...(adapters.practiceClock ? { clock: adapters.practiceClock } : {}),
    ...(adapters.practiceDurations ? { durations: adapters.practiceDurations } : {}),
    accounts: RETIRING_ACCOUNTS,
    persistence: {
      load: () => retiringFile.get(),
      save: async (state) => {
        await retiringFile.set(state as PracticeState);
      },
    },
  });
  const appNow = adapters.now ?? (() => new Date());
  const rescue = await createRescueService(
    {
      dataDir,
      connection: (source) => {
        if (source === 'sample')
          return {
            apiKey: adapters.rescue?.sampleKey ?? RETIRING_PRACTICE_KEY,
            baseURL: PRACTICE_BASE_URL,
            fetch: retiringPractice.fetch,
          };
        const apiKey = keys.get('openai');
        if (!apiKey) return null;
        const { organization, project } = providers.accountSettings('openai');
        return {
          apiKey,
          baseURL: adapters.openaiEndpoint?.baseURL ?? OPENAI_API_URL,
          organization,
          project,
          ...(adapters.openaiEndpoint?.fetch ? { fetch: adapters.openaiEndpoint.fetch } : {}),
        };
      },
      seedSample: () => {
        const clock = adapters.practiceClock;
        retiringPractice.restore(
          withRetiringAccount(retiringPractice.snapshot(), clock ? clock.now() : appNow().getTime()),
        );
      },
      projects,
      training,
      providers,
      prices,
      dialogs: adapters.dialogs ?? NO_DIALOGS,
      now: appNow,
      emit: adapters.emit,
      logger,
    },
    {
      ...adapters.rescue,
      language: () => {
        const chosen = settings.get().language;
        return chosen === 'system' ? (adapters.training?.systemLanguage?.() ?? 'en') : chosen;
      },
    },
  );

  const notes = new NotesService({
    projectDir: (id) => path.join(dataDir, 'projects', id),
    examplesOf: (id) => projects.examplesOf(id),
    embedder: () => {
      const provider = providers.active();
      return provider.embed ? { provider: provider.id, embed: provider.embed.bind(provider) } : null;
    },
    priceOf: (provider, model) => prices.priceOf(provider, model),
  });
  const evidence = new EvidenceService({
    projectDir: (id) => path.join(dataDir, 'projects', id),
    tryout,
    notes,
    examplesOf: (id) => projects.examplesOf(id),
    // The job that made the model: its trained tokens × the base model's training price (else not known).
    trainingCost: (model) => {
      const run = training.runs().find((r) => r.job?.fineTunedModel === model);
      return trainingSetupCost(
        run?.job?.trainedTokens ?? null,
        run ? prices.priceOf(run.provider, run.request.baseModel) : undefined,
        run?.provider === 'practice',
      );
    },
    saveDialog: {
      chooseSavePath: (name, format) => (adapters.dialogs ?? NO_DIALOGS).showSaveDialog(format, name),
    },
    emit: (payload) => adapters.emit('evidence.progressed', payload),
  });
  return {
    version: adapters.version,
    platform: adapters.platform,
    startupNotices,
    settings,
    keys,
    logger,
    practice,
    alibabaPractice,
    nebiusPractice,
    togetherPractice,
    prices,
    providers,
    tryout,
    projects,
    pages: new PageReader(),
    sources,
    samples: new Samples(adapters.samplesDir ?? path.resolve('samples')),
    examplesTasks,
    dialogs: adapters.dialogs ?? NO_DIALOGS,
    training,
    rescue: rescue.service,
    retiringPractice,
    deployments,
    hourly,
    weights: new WeightsService({
      weights: async (provider, model, signal) => {
        const source = providers.get(provider as ProviderId);
        if (!source.trainedWeights) throw appError('not_supported');
        return source.trainedWeights(model, signal ? { signal } : {});
      },
      chooseFolder: () => (adapters.dialogs ?? NO_DIALOGS).chooseFolder?.('weights') ?? Promise.resolve(null),
      onProgress: (progress) => adapters.emit('weights.progressed', progress),
      now: appNow,
    }),
    notes,
    evidence,
    flushAll: () => projects.flush(),
    shutdown: async () => {
      // Producers first, so nothing changes after it has been written.
      rescue.dispose();
      training.dispose();
      await deployments.markClosed().catch(() => undefined);
      deployments.dispose();
      await evidence.dispose();
      notes.dispose();
      providers.dispose();
      await examplesTasks.dispose();
      await projects.flush();
      await Promise.all(
        [practice, retiringPractice, alibabaPractice, nebiusPractice, togetherPractice].map((p) =>
          p.dispose(),
        ),
      );
    },
    openExternal: adapters.openExternal,
    emit: adapters.emit,
  };
}
