// The portable project file (projects.exportFile / projects.importFile): the whole project, so that
// export then import gives back the same project (name, examples with provenance, split, settings, check
// report, import problems) with only ids and timestamps new. Version 2 is ours (schemas.ts); version 1
// (the engine's projectFile.ts format, written before version 2) is still read.
//
// The file is one JSON document, written with the head (everything but the examples) on the first line
// and then one example per line. Reading that layout line by line keeps main responsive (each chunk of
// lines is a short task) and never holds the file as one string; a file laid out otherwise (edited and
// re-indented by hand, or version 1) is parsed whole.
import { createReadStream, promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import { appError } from '../../../../shared/ipc/errors';
import { ProjectFileSchema } from '../../../../shared/domain/dataset/project';
import { newExampleId } from '../../../../shared/domain/projects/patch';
import {
  ENGINE_PRESET,
  SPLIT_PRESET_IDS,
  type SplitSettings,
} from '../../../../shared/domain/projects/split';
import type {
  ImportProblems,
  OpenProject,
  ProjectExample,
  ProjectMeta,
  StoredReport,
} from '../../../../shared/domain/projects/types';
import type { ProviderId } from '../../../../shared/domain/pricing/catalog';
import { ALL_PROVIDER_IDS } from '../../../../shared/domain/providers/ids';
import { writeAtomicallyStreamed } from '../dataset/exporters';
import {
  PORTABLE_FORMAT,
  PORTABLE_MAX_EXAMPLES,
  PORTABLE_VERSION,
  PortableExampleSchema,
  PortableFileSchema,
  PortableHeadSchema,
  type PortableExample,
  type PortableHead,
  type PortableReport,
} from './schemas';

/** Largest portable file opened: ~800k typical examples, and well inside what one string can hold. */
export const PORTABLE_MAX_BYTES = 256 * 1024 * 1024;
/** Deeper nesting than this is no training example; refusing it keeps every later walk shallow. */
const MAX_DEPTH = 64;
const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Examples joined per write: fewer, larger writes without ever building the whole file as one string. */
const EXAMPLES_PER_CHUNK = 200;
/** How the first line of the written layout ends: the examples follow, one per line. */
const HEAD_END = '"examples":[';

/**
 * The whole project as one portable file: a JSON document whose head holds everything but the examples,
 * then one example per line (streamed, so 100k examples never become one string).
 */
export async function writeProjectFile(file: string, project: OpenProject, now = new Date()): Promise<void> {
  const head = portableHead(project);
  const prefix = JSON.stringify({
    format: PORTABLE_FORMAT,
    version: PORTABLE_VERSION,
    savedAt: now.toISOString(),
    project: head,
    examples: [],
  });
  const slot = prefix.lastIndexOf(`${HEAD_END}]`) + HEAD_END.length;
  const { examples } = project;
  await writeAtomicallyStreamed(
    file,
    (function* () {
      yield prefix.slice(0, slot) + '\n';
      for (let i = 0; i < examples.length; i += EXAMPLES_PER_CHUNK) {
        const lines = examples
          .slice(i, i + EXAMPLES_PER_CHUNK)
          .map((e) => JSON.stringify(toPortableExample(e)));
        yield (i > 0 ? ',\n' : '') + lines.join(',\n');
      }
      yield '\n' + prefix.slice(slot);
    })(),
  );
}

function portableHead({ meta, examples }: OpenProject): PortableHead {
  const positions = new Map(examples.map((e, i) => [e.id, i]));
  const head: PortableHead = {
    name: meta.name,
    provider: meta.provider,
    model: meta.model,
    epochs: meta.epochs,
    split: meta.split,
    source: meta.source,
    ...(meta.sources ? { sources: meta.sources } : {}),
    mapping: meta.mapping,
    ...(meta.sample ? { sample: meta.sample } : {}),
    report: meta.report ? toPortableReport(meta.report, positions) : null,
    importProblems: meta.importProblems ?? null,
  };
  // Never write a file we would refuse to read. A report stored by an older version (or one missing a
  // field) is left out rather than making the whole file unreadable; the app re-checks after opening.
  if (PortableHeadSchema.safeParse(head).success) return head;
  const withoutReport = { ...head, report: null };
  if (PortableHeadSchema.safeParse(withoutReport).success) return withoutReport;
  return { ...withoutReport, importProblems: null };
}

function toPortableReport(report: StoredReport, positions: ReadonlyMap<string, number>): PortableReport {
  const issues = report.issues.map(({ exampleId, ...issue }) => ({
    ...issue,
    exampleIndex: exampleId === null ? null : (positions.get(exampleId) ?? null),
  }));
  return { ...report, issues } as PortableReport;
}

function fromPortableReport(report: PortableReport, ids: readonly string[]): StoredReport {
  const issues = report.issues.map(({ exampleIndex, ...issue }) => ({
    ...issue,
    exampleId: exampleIndex === null ? null : (ids[exampleIndex] ?? null),
  }));
  return { ...report, issues } as StoredReport;
}

function toPortableExample(e: ProjectExample): PortableExample {
  return {
    example: e.example as PortableExample['example'],
    provenance: e.provenance,
    ...(e.sourceLine !== undefined ? { sourceLine: e.sourceLine } : {}),
    ...(e.sourceFile !== undefined ? { sourceFile: e.sourceFile } : {}),
    ...(e.correctedFrom !== undefined ? { correctedFrom: e.correctedFrom } : {}),
    split: e.split,
  };
}

type Refusal = 'not_a_project' | 'project_damaged' | 'project_newer_version' | 'project_too_large';

function refuse(reason: Refusal, params: Record<string, string | number> = {}): never {
  throw appError('file_invalid', { params: { reason, ...params } });
}

type ReadProject = { meta: Partial<ProjectMeta>; examples: ProjectExample[] };

/**
 * Reads a portable project file (version 2, or the older version 1) into what ProjectsService.create
 * needs. Refuses anything that is not exactly a project file, with a reason the renderer translates.
 */
export async function readProjectFile(file: string): Promise<ReadProject> {
  try {
    const { size } = await fs.stat(file);
    if (size > PORTABLE_MAX_BYTES) refuse('project_too_large', { limit: PORTABLE_MAX_BYTES });
    const byLines = await readWrittenLayout(file);
    if (byLines) return fromVersion2(byLines.head, byLines.examples);
    return fromDocument(await fs.readFile(file, 'utf8'));
  } catch (error) {
    if ((error as { ipcError?: unknown }).ipcError) throw error;
    throw appError('file_invalid', { params: { reason: 'file_unreadable' } });
  }
}

/**
 * The layout writeProjectFile writes, read line by line: the head, one example per line, then `]}`.
 * Null as soon as the file is laid out any other way (the whole-document reader then decides); a
 * refusal when a line is well placed but its content is not allowed.
 */
async function readWrittenLayout(
  file: string,
): Promise<{ head: PortableHead; examples: PortableExample[] } | null> {
  const input = createReadStream(file, { encoding: 'utf8' });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let head: PortableHead | null = null;
  const examples: PortableExample[] = [];
  let expectExample = true;
  let closed = false;
  try {
    for await (const line of lines) {
      if (head === null) {
        head = headOf(line.replace(/^\uFEFF/, ''));
        if (head === null) return null;
        continue;
      }
      if (line === '') continue;
      if (closed) return null;
      if (line === ']}') {
        if (expectExample && examples.length > 0) return null; // a trailing comma: not JSON
        closed = true;
        continue;
      }
      if (!expectExample) return null;
      expectExample = line.endsWith(',');
      const value = parseJson(expectExample ? line.slice(0, -1) : line);
      if (value === undefined) return null;
      const at = `examples.${examples.length}`;
      checkSafe(value, at);
      const parsed = PortableExampleSchema.safeParse(value);
      if (!parsed.success) refuse('project_damaged', { path: pathText(parsed.error.issues[0]?.path, at) });
      examples.push(parsed.data);
      if (examples.length > PORTABLE_MAX_EXAMPLES) refuse('project_damaged', { path: 'examples' });
    }
  } finally {
    lines.close();
    input.destroy();
  }
  // A file cut short (no `]}`) is not JSON: the whole-document reader says so.
  return head && closed ? { head, examples } : null;
}

/** The project head from the first line of the written layout, or null when it is not that line. */
function headOf(line: string): PortableHead | null {
  if (!line.endsWith(HEAD_END)) return null;
  const wrapper = parseJson(`${line}]}`) as { format?: unknown; version?: unknown } | undefined;
  if (typeof wrapper !== 'object' || wrapper === null) return null;
  if (wrapper.format !== PORTABLE_FORMAT || wrapper.version !== PORTABLE_VERSION) return null;
  checkSafe(wrapper, '');
  const parsed = PortableFileSchema.safeParse(wrapper);
  if (!parsed.success) refuse('project_damaged', { path: pathText(parsed.error.issues[0]?.path) });
  return parsed.data.project;
}

/** Any file as one JSON document: version 1, or version 2 laid out differently. */
function fromDocument(text: string): ReadProject {
  // A byte-order mark is what a text editor adds when a user saves the file again; it is not damage.
  const raw = parseJson(text.replace(/^\uFEFF/, ''));
  const head = raw as { format?: unknown; version?: unknown } | undefined;
  if (typeof head !== 'object' || head === null || head.format !== PORTABLE_FORMAT) refuse('not_a_project');
  if (typeof head.version === 'number' && head.version > PORTABLE_VERSION) refuse('project_newer_version');
  checkSafe(raw, '');
  if (head.version === 1) return readVersion1(raw);
  const parsed = PortableFileSchema.safeParse(raw);
  if (!parsed.success) refuse('project_damaged', { path: pathText(parsed.error.issues[0]?.path) });
  return fromVersion2(parsed.data.project, parsed.data.examples);
}

function fromVersion2(head: PortableHead, examples: readonly PortableExample[]): ReadProject {
  const ids = examples.map(() => newExampleId());
  return {
    meta: metaFromHead(head, ids),
    examples: examples.map((e, i) => ({
      id: ids[i] as string,
      example: e.example as ProjectExample['example'],
      provenance: e.provenance,
      ...(e.sourceLine !== undefined ? { sourceLine: e.sourceLine } : {}),
      ...(e.sourceFile !== undefined ? { sourceFile: e.sourceFile } : {}),
      ...(e.correctedFrom !== undefined ? { correctedFrom: e.correctedFrom } : {}),
      split: e.split,
    })),
  };
}

/** undefined (never a JSON value) when the text is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Checked before any schema copies a key, so `__proto__` can never reach an object's prototype. */
function checkSafe(value: unknown, at: string): void {
  const unsafe = findUnsafePath(value);
  if (unsafe !== null)
    refuse('project_damaged', { path: [at, unsafe].filter(Boolean).join('.').slice(0, 200) });
}

function metaFromHead(head: PortableHead, ids: readonly string[]): Partial<ProjectMeta> {
  const meta: Partial<ProjectMeta> = {
    name: head.name,
    provider: head.provider,
    model: head.model,
    epochs: head.epochs,
    split: head.split as SplitSettings | null,
    source: head.source,
    mapping: head.mapping,
    report: head.report ? fromPortableReport(head.report, ids) : null,
  };
  if (head.sample) meta.sample = head.sample;
  if (head.sources) meta.sources = head.sources;
  if (head.importProblems) meta.importProblems = head.importProblems as ImportProblems;
  return meta;
}

const PROVIDERS: readonly ProviderId[] = ALL_PROVIDER_IDS;

/** Version 1 (before provenance and the name were kept): examples come back as imported ones. */
function readVersion1(raw: unknown): { meta: Partial<ProjectMeta>; examples: ProjectExample[] } {
  const parsed = ProjectFileSchema.safeParse(raw);
  if (!parsed.success) refuse('project_damaged', { path: pathText(parsed.error.issues[0]?.path) });
  const { settings, examples, split } = parsed.data;
  if (split && split.length !== examples.length) refuse('project_damaged', { path: 'split' });
  const preset = SPLIT_PRESET_IDS.find((id) => {
    const r = ENGINE_PRESET[id];
    const s = settings.split.ratios;
    return r.train === s.train && r.validation === s.validation && r.test === s.test;
  });
  const provider = PROVIDERS.find((p) => p === settings.provider) ?? 'practice';
  return {
    meta: {
      provider,
      model: settings.model,
      epochs: settings.epochs,
      split: split && preset ? { preset, seed: settings.split.seed } : null,
    },
    examples: examples.map((e, i) => ({
      id: newExampleId(),
      // Messages were validated by the engine's schema; roles outside ours are kept for the checks to report.
      example: e.example as ProjectExample['example'],
      provenance: 'imported',
      ...(e.line !== null ? { sourceLine: e.line } : {}),
      split: split?.[i] ?? 'train',
    })),
  };
}

const pathText = (path: readonly PropertyKey[] | undefined, at = '') =>
  [at, ...(path ?? []).map(String)].filter(Boolean).join('.').slice(0, 200);

interface Trail {
  key: string;
  parent: Trail | null;
}

const trailText = (trail: Trail | null) => {
  const keys: string[] = [];
  for (let t = trail; t; t = t.parent) keys.push(t.key);
  return keys.reverse().join('.').slice(0, 200);
};

/**
 * The path of the first dangerous key (or of nesting deeper than MAX_DEPTH), or null when there is none.
 * Iterative, so a hostile file cannot overflow the stack; paths are only spelled out for the answer.
 */
function findUnsafePath(root: unknown): string | null {
  const stack: { value: object; trail: Trail | null; depth: number }[] = [];
  if (root !== null && typeof root === 'object') stack.push({ value: root, trail: null, depth: 0 });
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, trail, depth } = item;
    if (depth > MAX_DEPTH) return trailText(trail);
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      if (!isArray && DANGEROUS_KEYS.has(key)) return trailText({ key, parent: trail });
      const child = (value as Record<string, unknown>)[key];
      if (child !== null && typeof child === 'object')
        stack.push({ value: child, trail: { key, parent: trail }, depth: depth + 1 });
    }
  }
  return null;
}
