// What the rescue flow remembers between runs. Two kinds of storage, for two kinds of data:
//  - rescue.json (DurableJsonFile: atomic replace, backup): the account choice, the last inventory, each
//    model's recipe, prompt set, options, checks, retrain and report; small and rewritten whole;
//  - one append-only answers file per model (rescue/<hash>.answers.jsonl): every golden answer is appended
//    as one line the moment it arrives and flushed to disk, so a crash loses at most the answers still in
//    flight (those are asked again), and reading keeps the first line per prompt, so nothing is recorded twice.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type {
  FidelityReport,
  GoldenAnswer,
  Inventory,
  QuickCheck,
  Recipe,
  RecordingOptions,
  RecordingStatus,
  RescuePrompt,
  RescueSource,
  RetrainState,
} from '../../../../shared/domain/rescue/types';
import type { ErrorCode } from '../../../../shared/ipc/errors';
import { DurableJsonFile } from '../storage/DurableJsonFile';

export interface RescueRecord {
  model: string;
  source: RescueSource;
  recipe: Recipe | null;
  prompts: RescuePrompt[];
  recordingOptions: RecordingOptions | null;
  /** The status the recording was left in; `running` after a crash means "resume me". */
  status: RecordingStatus;
  requests: number;
  rateLimited: number;
  /** Why recording stopped by itself, until it is started again. */
  stopError: ErrorCode | null;
  quickCheck: QuickCheck | null;
  retrain: RetrainState | null;
  fidelity: FidelityReport | null;
}

export interface RescueData {
  source: RescueSource | null;
  inventory: Inventory | null;
  rescues: Record<string, RescueRecord>;
  remindersShown: string[];
}

// The nested records are written only by this service; the file's envelope and top level are checked, the
// records themselves are trusted as this app's own output (a damaged file falls back to its backup).
const schema = z.object({
  source: z.enum(['openai', 'sample']).nullable(),
  inventory: z.custom<Inventory>((v) => v === null || typeof v === 'object').nullable(),
  rescues: z.record(
    z.string(),
    z.custom<RescueRecord>((v) => typeof v === 'object' && v !== null && 'model' in v),
  ),
  remindersShown: z.array(z.string()),
});

export async function openRescueFile(dataDir: string): Promise<DurableJsonFile<RescueData>> {
  return DurableJsonFile.open({
    file: path.join(dataDir, 'rescue.json'),
    version: 1,
    schema: schema as unknown as z.ZodType<RescueData>,
    defaults: () => ({ source: null, inventory: null, rescues: {}, remindersShown: [] }),
  });
}

export function blankRecord(model: string, source: RescueSource): RescueRecord {
  return {
    model,
    source,
    recipe: null,
    prompts: [],
    recordingOptions: null,
    status: 'idle',
    requests: 0,
    rateLimited: 0,
    stopError: null,
    quickCheck: null,
    retrain: null,
    fidelity: null,
  };
}

/** The golden answers of one model, append-only on disk. */
export class AnswerLog {
  private readonly answers = new Map<string, GoldenAnswer>();
  private chain: Promise<void> = Promise.resolve();

  private constructor(readonly file: string) {}

  static async open(dataDir: string, model: string): Promise<AnswerLog> {
    const dir = path.join(dataDir, 'rescue');
    await fs.mkdir(dir, { recursive: true, mode: 0o700 });
    const name = createHash('sha256').update(model).digest('hex').slice(0, 20);
    const log = new AnswerLog(path.join(dir, `${name}.answers.jsonl`));
    const text = await fs.readFile(log.file, 'utf8').catch(() => '');
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const answer = JSON.parse(line) as GoldenAnswer;
        // The first answer for a prompt stands: a duplicate line can never make it count twice.
        if (typeof answer.promptId === 'string' && !log.answers.has(answer.promptId))
          log.answers.set(answer.promptId, answer);
      } catch {
        // A line torn by a crash mid-write: its prompt was not recorded and will be asked again.
      }
    }
    return log;
  }

  has(promptId: string): boolean {
    return this.answers.has(promptId);
  }

  get(promptId: string): GoldenAnswer | undefined {
    return this.answers.get(promptId);
  }

  all(): GoldenAnswer[] {
    return [...this.answers.values()];
  }

  get size(): number {
    return this.answers.size;
  }

  /** Appends and syncs one answer; resolves once it is on disk. A second answer for the same prompt is ignored. */
  append(answer: GoldenAnswer): Promise<void> {
    if (this.answers.has(answer.promptId)) return this.chain;
    this.answers.set(answer.promptId, answer);
    const line = `${JSON.stringify(answer)}\n`;
    this.chain = this.chain.then(async () => {
      const handle = await fs.open(this.file, 'a', 0o600);
      try {
        await handle.appendFile(line, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
    return this.chain;
  }

  flush(): Promise<void> {
    return this.chain;
  }
}
