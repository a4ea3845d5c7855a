// A project's examples file: JSONL, one example a line after a header line. Written whole to a temporary
// file and renamed into place (the previous file becomes the backup); read example by example, so one
// damaged line costs that example (kept aside in the quarantined copy, with a notice) and never the
// project. Only a file with nothing readable in it falls back to the backup.
import { promises as fs } from 'node:fs';
import type { OpenProject, ProjectExample } from '../../../../shared/domain/projects/types';
import { ProjectExampleSchema } from './schemas';

const EXAMPLES_FORMAT = 'tunesmith-examples';
const EXAMPLES_VERSION = 1;
const FILE_MODE = 0o600;
/** Examples serialized per write call: small enough that main's event loop never waits long. */
const WRITE_BATCH = 1000;

export const backupPath = (file: string) => `${file}.bak`;
export const writingPath = (file: string) => `${file}.writing`;

/**
 * Streamed in batches to a temporary file (a 100k-example project is ~30 MB: one JSON.stringify of it
 * would block the main process for a noticeable time) and fsynced. Then the previous file becomes the
 * backup and the new one takes its name, each by a rename. A crash while writing leaves the old file
 * untouched (and a `.writing` file that the next open removes); a crash between the renames leaves the
 * backup, which open restores.
 */
export async function writeExamples(file: string, examples: readonly ProjectExample[]): Promise<void> {
  const temp = writingPath(file);
  const handle = await fs.open(temp, 'w', FILE_MODE);
  try {
    const header = JSON.stringify({
      format: EXAMPLES_FORMAT,
      version: EXAMPLES_VERSION,
      count: examples.length,
    });
    await handle.write(header + '\n');
    for (let i = 0; i < examples.length; i += WRITE_BATCH) {
      let chunk = '';
      for (const e of examples.slice(i, i + WRITE_BATCH)) chunk += JSON.stringify(e) + '\n';
      await handle.write(chunk);
    }
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await fs.rename(file, backupPath(file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await fs.rename(temp, file);
}

interface Header {
  format?: unknown;
  version?: unknown;
  count?: unknown;
}

type ReadOutcome =
  | { kind: 'missing' }
  /** Not ours to read (another format or a later version), or not one example could be read. */
  | { kind: 'unreadable' }
  /** `lost`: lines that are not a readable example, plus examples the header counts but the file lacks. */
  | { kind: 'read'; examples: ProjectExample[]; lost: number };

export async function readExamples(file: string): Promise<ReadOutcome> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    throw error;
  }
  const lines = text.split('\n');
  let header: Header | null = null;
  try {
    header = JSON.parse(lines[0] ?? '') as Header;
  } catch {
    // A damaged header line does not make the examples below it unreadable.
  }
  // A file from a later version is not ours to interpret; it is kept aside intact instead.
  if (header && (header.format !== EXAMPLES_FORMAT || header.version !== EXAMPLES_VERSION))
    return { kind: 'unreadable' };
  const examples: ProjectExample[] = [];
  let bad = 0;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const example = parseExample(line);
    if (example) examples.push(example);
    else bad++;
  }
  if (examples.length === 0 && (bad > 0 || !header)) return { kind: 'unreadable' };
  const counted = typeof header?.count === 'number' ? header.count : examples.length + bad;
  // A file cut short (it should not be: the write is atomic) has lost examples too.
  return { kind: 'read', examples, lost: Math.max(bad, counted - examples.length) };
}

function parseExample(line: string): ProjectExample | null {
  try {
    const parsed = ProjectExampleSchema.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface ReadWithRecovery {
  examples: ProjectExample[];
  recovered: OpenProject['recovered'];
  /** Examples that could not be read (the damaged file keeps them, renamed aside). */
  setAside: number;
}

/**
 * The examples to open with. Damage to some lines keeps the rest (the damaged file is kept aside whole,
 * so nothing is deleted); a file with nothing readable falls back to the previous good save.
 */
export async function readExamplesWithRecovery(file: string, now: () => Date): Promise<ReadWithRecovery> {
  await fs.rm(writingPath(file), { force: true }); // a save cut off by a crash: the old file is intact
  const main = await readExamples(file);
  if (main.kind === 'read' && main.lost === 0)
    return { examples: main.examples, recovered: undefined, setAside: 0 };
  if (main.kind !== 'missing') await keepAside(file, now);
  if (main.kind === 'read')
    return { examples: main.examples, recovered: 'examples_partly_set_aside', setAside: main.lost };
  const backup = await readExamples(backupPath(file));
  if (backup.kind === 'read')
    return {
      examples: backup.examples,
      recovered: 'examples_restored_from_backup',
      setAside: backup.lost,
    };
  // A new project whose first save never finished has neither file: nothing was lost.
  if (main.kind === 'missing' && backup.kind === 'missing')
    return { examples: [], recovered: undefined, setAside: 0 };
  return { examples: [], recovered: 'examples_reset', setAside: 0 };
}

/** The damaged file, renamed so no later save replaces it; the user (or support) can still open it. */
async function keepAside(file: string, now: () => Date): Promise<void> {
  await fs.rename(file, `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`);
}
