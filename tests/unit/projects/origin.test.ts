// Issue 17, point 8: when several files are appended into one project, each example remembers its file
// (sourceFile beside sourceLine) and the project lists every file (meta.sources), so checks and import
// problems can say "file b.csv, row 3". Carried through append, edits and their undo, a restart (the
// crash-safe examples file), the portable file both ways, and opened from projects saved before it
// existed (tests/fixtures/projects/before-origins).
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIssue } from '../../../shared/domain/dataset/codes';
import { findPrice } from '../../../shared/domain/pricing/catalog';
import { columnOf, fedBySeveralFiles, sourcesOf } from '../../../shared/domain/projects/origin';
import { applyPatch } from '../../../shared/domain/projects/patch';
import type { ImportProblems, ProjectExample } from '../../../shared/domain/projects/types';
import { projectRoutes } from '../../../shared/ipc/schemas/projects';
import { DatasetWorkerClient } from '../../../electron/main/services/dataset/DatasetWorkerClient';
import {
  appendedProblems,
  columnsOf,
  ExamplesTasks,
} from '../../../electron/main/services/projects/ExamplesTasks';
import type { ColumnGuess } from '../../../shared/domain/dataset/columns';
import { ProjectsService } from '../../../electron/main/services/projects/ProjectsService';
import { SourceFiles } from '../../../electron/main/services/projects/SourceFiles';
import { readProjectFile, writeProjectFile } from '../../../electron/main/services/projects/portableFile';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/projects');
const OLD_ID = 'p-0a1b2c3d4e5f';

let dir: string;
let worker: DatasetWorkerClient;
let sources: SourceFiles;

/** Row 1 is the header; row 3 of a.csv and row 2 of b.csv have an empty answer cell (still imported). */
const A_CSV = '問題,回答\n運費多少？,滿千免運。\n可以退貨嗎？,\n茶要泡多久？,三分鐘。\n';
const B_CSV = '問題,回答\n有禮盒嗎？,\n幾點出貨？,下午四點前。\n可以刷卡嗎？,可以。\n';

function tasksFor(projects: ProjectsService) {
  return new ExamplesTasks({
    worker,
    projects,
    sources,
    emit: () => {},
    priceOf: (provider, model) => findPrice(provider, model),
    now: () => new Date('2026-12-05T09:00:00.000Z'),
  });
}

async function fileWith(name: string, text: string): Promise<string> {
  const folder = await fs.mkdtemp(path.join(dir, 'src-'));
  const file = path.join(folder, name);
  await fs.writeFile(file, text);
  return (await sources.addPicked(file)).token;
}

const origins = (examples: readonly ProjectExample[]) =>
  examples.map((e) => [e.sourceFile, e.sourceLine, e.example.messages[0]?.content]);

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-origin-'));
  worker = new DatasetWorkerClient();
  sources = new SourceFiles(dir);
});
afterAll(async () => {
  await worker.dispose();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('each example keeps the file it came from', () => {
  it('through append, an edit and its undo, and a restart; problems of both files name their file', async () => {
    const data = path.join(dir, 'append');
    const projects = new ProjectsService({ dataDir: data });
    const tasks = tasksFor(projects);
    const first = await tasks.import('t-a', await fileWith('a.csv', A_CSV), {}, { mode: 'append' });
    const id = first.project.meta.id;
    expect(fedBySeveralFiles(first.project.meta)).toBe(false);
    const second = await tasks.import(
      't-b',
      await fileWith('b.csv', B_CSV),
      {},
      { projectId: id, mode: 'append' },
    );
    const expected = [
      ['a.csv', 2, '運費多少？'],
      ['a.csv', 3, '可以退貨嗎？'],
      ['a.csv', 4, '茶要泡多久？'],
      ['b.csv', 2, '有禮盒嗎？'],
      ['b.csv', 3, '幾點出貨？'],
      ['b.csv', 4, '可以刷卡嗎？'],
    ];
    expect(origins(second.project.examples)).toEqual(expected);
    expect(sourcesOf(second.project.meta).map((s) => s.fileName)).toEqual(['a.csv', 'b.csv']);
    expect(second.project.meta.source?.fileName).toBe('b.csv');
    // Each file's columns by role, as its header row titles them: a message's problem names its column.
    expect(sourcesOf(second.project.meta).map((s) => s.columns)).toEqual([
      { user: '問題', assistant: '回答' },
      { user: '問題', assistant: '回答' },
    ]);
    const emptyAnswer = second.project.examples[3] as ProjectExample;
    expect(columnOf(second.project.meta, emptyAnswer, 2)).toBe('回答');
    expect(columnOf(second.project.meta, emptyAnswer, 1)).toBe('問題');
    expect(fedBySeveralFiles(second.project.meta)).toBe(true);
    // a.csv's missing answer is still missing after b.csv was read: both stay listed, each with its file.
    expect(
      second.project.meta.importProblems?.issues.map((i) => [i.file, i.line, i.code, i.params?.column]),
    ).toEqual([
      ['a.csv', 3, 'table_empty_cell', '回答'],
      ['b.csv', 2, 'table_empty_cell', '回答'],
    ]);
    expect(second.project.meta.importProblems?.counts).toEqual({ table_empty_cell: 2 });

    // An edit as the window sends it (through the route's own schema), then its undo.
    const target = second.project.examples[4] as ProjectExample;
    const edited: ProjectExample = {
      ...target,
      example: { messages: [...target.example.messages, { role: 'user', content: '週末呢？' }] },
    };
    const patch = { update: [edited] };
    expect(projectRoutes['projects.patch'].input.safeParse({ id, patch }).success).toBe(true);
    const { inverse } = applyPatch(second.project.examples, patch);
    await projects.patch(id, patch);
    expect((await projects.examplesOf(id))[4]).toMatchObject({ sourceFile: 'b.csv', sourceLine: 3 });
    await projects.patch(id, inverse);
    await projects.flush();

    // A new service on the same folder reads what was saved (the examples file and the metadata).
    const reopened = await new ProjectsService({ dataDir: data }).openProject(id);
    expect(origins(reopened.examples)).toEqual(expected);
    expect(reopened.examples[4]).toEqual(target);
    expect(sourcesOf(reopened.meta).map((s) => s.fileName)).toEqual(['a.csv', 'b.csv']);
    expect(reopened.meta.importProblems?.issues.map((i) => i.file)).toEqual(['a.csv', 'b.csv']);

    // Replacing starts the list again: one file, no file names needed.
    const replaced = await tasks.import(
      't-c',
      await fileWith('c.csv', '問題,回答\n你好,您好。\n'),
      {},
      { projectId: id, mode: 'replace' },
    );
    expect(sourcesOf(replaced.project.meta).map((s) => s.fileName)).toEqual(['c.csv']);
    expect(fedBySeveralFiles(replaced.project.meta)).toBe(false);
    expect(replaced.project.meta.importProblems).toBeUndefined();
  }, 90_000);

  it('opens a project saved before origins were kept, and an append names the old examples’ file', async () => {
    const data = path.join(dir, 'old');
    await fs.cp(path.join(FIXTURE, 'before-origins'), data, { recursive: true });
    const projects = new ProjectsService({ dataDir: data });
    const old = await projects.openProject(OLD_ID);
    expect(old.recovered).toBeUndefined();
    expect(old.examples.map((e) => [e.sourceFile, e.sourceLine, e.provenance])).toEqual([
      [undefined, 2, 'imported'],
      [undefined, 3, 'imported'],
      [undefined, undefined, 'added'],
    ]);
    expect(sourcesOf(old.meta).map((s) => s.fileName)).toEqual(['問答.csv']);
    expect(fedBySeveralFiles(old.meta)).toBe(false);

    const appended = await tasksFor(projects).import(
      't-old',
      await fileWith('b.csv', B_CSV),
      {},
      { projectId: OLD_ID, mode: 'append' },
    );
    expect(appended.project.examples.map((e) => [e.sourceFile, e.sourceLine])).toEqual([
      ['問答.csv', 2],
      ['問答.csv', 3],
      [undefined, undefined], // added by hand: no file to name
      ['b.csv', 2],
      ['b.csv', 3],
      ['b.csv', 4],
    ]);
    expect(sourcesOf(appended.project.meta).map((s) => s.fileName)).toEqual(['問答.csv', 'b.csv']);
    // The old list had no file per problem: it is named by the list's own file.
    expect(appended.project.meta.importProblems?.issues.map((i) => [i.file, i.line])).toEqual([
      ['問答.csv', 4],
      ['b.csv', 2],
    ]);
  }, 60_000);
});

describe('the portable file carries origins', () => {
  it('export then import keeps each example’s file and the list of files', async () => {
    const projects = new ProjectsService({ dataDir: path.join(dir, 'portable') });
    const tasks = tasksFor(projects);
    const { project } = await tasks.import('t-p1', await fileWith('a.csv', A_CSV), {}, { mode: 'append' });
    const both = await tasks.import(
      't-p2',
      await fileWith('b.csv', B_CSV),
      {},
      { projectId: project.meta.id, mode: 'append' },
    );
    const file = path.join(dir, 'both.tunesmith');
    await writeProjectFile(file, both.project);
    const read = await readProjectFile(file);
    expect(origins(read.examples)).toEqual(origins(both.project.examples));
    expect(read.meta.sources?.map((s) => [s.fileName, s.columns?.assistant])).toEqual([
      ['a.csv', '回答'],
      ['b.csv', '回答'],
    ]);
    expect(read.meta.importProblems?.issues.map((i) => i.file)).toEqual(['a.csv', 'b.csv']);
  }, 60_000);

  it('reads a portable file written before origins were kept', async () => {
    const read = await readProjectFile(path.join(FIXTURE, 'before-origins.tunesmith.json'));
    expect(read.examples.map((e) => [e.sourceFile, e.sourceLine])).toEqual([
      [undefined, 2],
      [undefined, 3],
    ]);
    expect(read.meta.sources).toBeUndefined();
    expect(sourcesOf({ source: read.meta.source ?? null }).map((s) => s.fileName)).toEqual(['問答.csv']);
  });
});

describe('columnsOf', () => {
  const guess = (headers: string[], headerRecognized: boolean): ColumnGuess => ({
    mapping: { user: 0, assistant: 1 },
    confidence: 90,
    columns: headers.map((header, index) => ({ index, header, role: null, confidence: 0 })),
    headerRecognized,
  });

  it('names columns by their header, or by their letter when row 1 is data', () => {
    const mapping = { user: 0, assistant: 2, system: 1 };
    expect(columnsOf(mapping, guess(['Q', ' 說明 ', 'A'], true), undefined)).toEqual({
      user: 'Q',
      assistant: 'A',
      system: '說明',
    });
    expect(columnsOf(mapping, guess(['你好', '嗨', '您好'], false), undefined)).toEqual({
      user: 'A',
      assistant: 'C',
      system: 'B',
    });
    // The user's own "first row holds column names" choice wins over the guess.
    expect(columnsOf(mapping, guess(['Q', 'S', 'A'], true), false).assistant).toBe('C');
  });
});

describe('appendedProblems', () => {
  const list = (fileName: string, lines: number[], skipped = 0): ImportProblems => ({
    fileName,
    importedAt: '2026-12-05T09:00:00.000Z',
    issues: lines.map((line) => makeIssue('json_syntax', line, null)),
    counts: { json_syntax: lines.length },
    skipped,
  });

  it('reading a file of the same name again replaces its problems and keeps the other files’', () => {
    const earlier = appendedProblems(
      { importProblems: list('a.jsonl', [4, 9], 1) },
      'b.jsonl',
      list('b.jsonl', [2]),
    );
    const again = appendedProblems({ importProblems: earlier! }, 'a.jsonl', list('a.jsonl', [9]));
    expect(again?.issues.map((i) => [i.file, i.line])).toEqual([
      ['b.jsonl', 2],
      ['a.jsonl', 9],
    ]);
    expect(again?.counts).toEqual({ json_syntax: 2 });
    // A clean re-read of the only file with problems leaves nothing to show; of another file, keeps them.
    expect(appendedProblems({ importProblems: list('a.jsonl', [4]) }, 'a.jsonl', null)).toBeNull();
    expect(appendedProblems({ importProblems: list('a.jsonl', [4]) }, 'b.jsonl', null)).toMatchObject({
      issues: [{ file: 'a.jsonl', line: 4 }],
      counts: { json_syntax: 1 },
    });
  });

  it('a dismissed list stays dismissed: only the new file’s problems are shown', () => {
    expect(appendedProblems({}, 'b.jsonl', list('b.jsonl', [2]))).toEqual(list('b.jsonl', [2]));
    expect(appendedProblems({}, 'b.jsonl', null)).toBeNull();
  });
});
