// Problems met while reading an imported file stay with the project (ProjectMeta.importProblems) after
// the import panel is gone: through the real dataset worker, an app restart (a new ProjectsService on the
// same folder), a clean re-import (which clears them) and the user's dismissal.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIssue, type DatasetIssue } from '../../../shared/domain/dataset/codes';
import { findPrice } from '../../../shared/domain/pricing/catalog';
import { DatasetWorkerClient } from '../../../electron/main/services/dataset/DatasetWorkerClient';
import { ExamplesTasks, importProblemsOf } from '../../../electron/main/services/projects/ExamplesTasks';
import { ProjectsService } from '../../../electron/main/services/projects/ProjectsService';
import { SourceFiles } from '../../../electron/main/services/projects/SourceFiles';
import { metaPath } from '../../../electron/main/services/projects/ProjectStore';

let dir: string;
let worker: DatasetWorkerClient;
let sources: SourceFiles;

const good = (i: number) =>
  JSON.stringify({
    messages: [
      { role: 'user', content: `第 ${i} 題：茶要泡幾分鐘？` },
      { role: 'assistant', content: `${i} 分鐘。` },
    ],
  });
const CLEAN = Array.from({ length: 14 }, (_, i) => good(i)).join('\n') + '\n';
/** Line 4 is cut-off JSON, line 9 is an object with no messages list; the other twelve are examples. */
const BROKEN = CLEAN.split('\n')
  .map((line, i) =>
    i === 3 ? '{"messages": [{"role": "user", "content": "oops"}' : i === 8 ? '{"prompt_x": "hi"}' : line,
  )
  .join('\n');

function tasksFor(projects: ProjectsService) {
  return new ExamplesTasks({
    worker,
    projects,
    sources,
    emit: () => {},
    priceOf: (provider, model) => findPrice(provider, model),
    now: () => new Date('2026-11-26T05:00:00.000Z'),
  });
}

async function fileWith(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, text);
  return (await sources.addPicked(file)).token;
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-import-problems-'));
  worker = new DatasetWorkerClient();
  sources = new SourceFiles(dir);
});
afterAll(async () => {
  await worker.dispose();
  await fs.rm(dir, { recursive: true, force: true });
});

describe('import problems kept with the project', () => {
  it('keeps two broken lines with their line numbers through a restart, and a clean re-import clears them', async () => {
    const data = path.join(dir, 'restart');
    const first = new ProjectsService({ dataDir: data });
    const outcome = await tasksFor(first).import(
      'task-broken-1',
      await fileWith('客服.jsonl', BROKEN),
      {},
      { mode: 'append' },
    );
    expect(outcome.imported).toBe(12);
    const expected = {
      fileName: '客服.jsonl',
      importedAt: '2026-11-26T05:00:00.000Z',
      issues: [
        {
          code: 'json_syntax',
          severity: 'error',
          line: 4,
          example: null,
          params: { column: 50, kind: 'truncated' },
        },
        { code: 'missing_messages_list', severity: 'error', line: 9, example: null },
      ],
      counts: { json_syntax: 1, missing_messages_list: 1 },
      skipped: 1,
    };
    expect(outcome.project.meta.importProblems).toEqual(expected);
    const id = outcome.project.meta.id;
    await first.flush();

    // A new service on the same folder is what the app sees after a restart.
    const second = new ProjectsService({ dataDir: data });
    expect((await second.openProject(id)).meta.importProblems).toEqual(expected);
    const onDisk = JSON.parse(await fs.readFile(metaPath(path.join(data, 'projects', id)), 'utf8')) as {
      data: { importProblems?: unknown };
    };
    expect(onDisk.data.importProblems).toEqual(expected);

    // Importing again (a clean file, replacing the examples) leaves nothing to show.
    const again = await tasksFor(second).import(
      'task-clean-1',
      await fileWith('clean.jsonl', CLEAN),
      {},
      { projectId: id, mode: 'replace' },
    );
    expect(again.project.meta.importProblems).toBeUndefined();
    expect(again.project.examples).toHaveLength(14);
    await second.flush();
    const third = new ProjectsService({ dataDir: data });
    expect((await third.openProject(id)).meta.importProblems).toBeUndefined();
  }, 60_000);

  // Issue 17: an appended file no longer wipes the list. a.jsonl's lost lines are still lost after b.jsonl
  // was read, so both files' problems stay, each naming its file (a re-read of a.jsonl replaces its own).
  it('an append with problems adds them to the earlier file’s, each with its file', async () => {
    const projects = new ProjectsService({ dataDir: path.join(dir, 'replace') });
    const tasks = tasksFor(projects);
    const { project } = await tasks.import(
      'task-r1',
      await fileWith('a.jsonl', BROKEN),
      {},
      { mode: 'append' },
    );
    const onlyLine2 = CLEAN.split('\n')
      .map((line, i) => (i === 1 ? '[1, 2]' : line))
      .join('\n');
    const again = await tasks.import(
      'task-r2',
      await fileWith('b.jsonl', onlyLine2),
      {},
      { projectId: project.meta.id, mode: 'append' },
    );
    expect(again.project.meta.importProblems).toMatchObject({
      fileName: 'b.jsonl',
      issues: [
        { code: 'json_syntax', line: 4, file: 'a.jsonl' },
        { code: 'missing_messages_list', line: 9, file: 'a.jsonl' },
        { code: 'data_type', line: 2, file: 'b.jsonl' },
      ],
      counts: { json_syntax: 1, missing_messages_list: 1, data_type: 1 },
      skipped: 2,
    });
  }, 60_000);

  it('dismissing removes them for good (also after a restart)', async () => {
    const data = path.join(dir, 'dismiss');
    const projects = new ProjectsService({ dataDir: data });
    const tasks = tasksFor(projects);
    const { project } = await tasks.import(
      'task-d1',
      await fileWith('d.jsonl', BROKEN),
      {},
      { mode: 'append' },
    );
    expect(project.meta.importProblems?.issues).toHaveLength(2);
    const meta = await tasks.dismissImportProblems(project.meta.id);
    expect(meta.importProblems).toBeUndefined();
    expect(meta.exampleCount).toBe(12);
    await projects.flush();
    const reopened = await new ProjectsService({ dataDir: data }).openProject(project.meta.id);
    expect(reopened.meta.importProblems).toBeUndefined();
    expect(reopened.examples).toHaveLength(12);
  }, 60_000);
});

describe('importProblemsOf (bounds)', () => {
  const at = '2026-11-26T05:00:00.000Z';

  it('keeps the first 1,000 problems in file order with exact counts for all of them', () => {
    const issues: DatasetIssue[] = [];
    for (let line = 1; line <= 2500; line++)
      issues.push(makeIssue(line % 2 ? 'json_syntax' : 'blank_line', line, null));
    const kept = importProblemsOf('big.jsonl', at, issues, 0);
    expect(kept?.issues).toHaveLength(1000);
    expect(kept?.issues.map((i) => i.line)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 1));
    expect(kept?.counts).toEqual({ json_syntax: 1250, blank_line: 1250 });
  });

  it('drops notes that lose nothing, so a file that only has Windows line endings leaves no list', () => {
    const notes = [
      makeIssue('crlf_line_endings', null, null, { lines: 14 }),
      makeIssue('byte_order_mark', 1, null),
      makeIssue('json_document', 1, null, { shape: 'array' }),
      makeIssue('legacy_prompt_completion', 3, null),
    ];
    expect(importProblemsOf('windows.jsonl', at, notes, 0)).toBeNull();
    const withSkip = importProblemsOf('windows.jsonl', at, notes, 2);
    expect(withSkip).toMatchObject({ issues: [], counts: {}, skipped: 2 });
  });

  it('shortens text the file put into a problem (an unknown key name) so metadata stays small', () => {
    const key = 'k'.repeat(5000);
    const kept = importProblemsOf(
      'keys.jsonl',
      at,
      [makeIssue('message_unrecognized_key', 7, null, { turn: 1, key })],
      1,
    );
    const stored = kept?.issues[0]?.params?.key;
    expect(typeof stored === 'string' && stored.length).toBe(201);
    expect(kept?.issues[0]?.params?.turn).toBe(1);
  });
});

describe('import problems in project.json', () => {
  const stored = (data: Record<string, unknown>) =>
    JSON.stringify({
      schemaVersion: 1,
      data: {
        id: 'p-00000000000a',
        name: '舊專案',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        source: null,
        mapping: null,
        split: { preset: '80-10-10', seed: 7 },
        provider: 'openai',
        model: 'gpt-4.1-mini-2025-04-14',
        epochs: 3,
        report: null,
        exampleCount: 0,
        ...data,
      },
    });

  async function openStored(text: string) {
    const data = path.join(dir, `stored-${Math.random().toString(16).slice(2)}`);
    const projectDir = path.join(data, 'projects', 'p-00000000000a');
    await fs.mkdir(projectDir, { recursive: true });
    await fs.writeFile(metaPath(projectDir), text);
    return new ProjectsService({ dataDir: data }).openProject('p-00000000000a');
  }

  it('a project saved before import problems were kept opens unchanged, with none', async () => {
    const project = await openStored(stored({}));
    expect(project.meta).toMatchObject({ name: '舊專案', provider: 'openai', epochs: 3 });
    expect(project.meta.importProblems).toBeUndefined();
  });

  it('a list that no longer validates is let go, keeping the name and settings', async () => {
    const project = await openStored(
      stored({ importProblems: { fileName: 'a.csv', issues: [{ code: 'no_such_code' }] } }),
    );
    expect(project.meta).toMatchObject({ name: '舊專案', split: { preset: '80-10-10', seed: 7 } });
    expect(project.meta.importProblems).toBeUndefined();
  });
});
