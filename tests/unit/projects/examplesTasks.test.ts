// Import, check and export through the real dataset worker thread, as the IPC handlers run them: a CSV
// with Chinese headers, the sample catalogue, the check report tied to example ids, and exports.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DatasetWorkerClient } from '../../../electron/main/services/dataset/DatasetWorkerClient';
import { ExamplesTasks } from '../../../electron/main/services/projects/ExamplesTasks';
import { ProjectsService } from '../../../electron/main/services/projects/ProjectsService';
import { SourceFiles } from '../../../electron/main/services/projects/SourceFiles';
import { Samples } from '../../../electron/main/services/projects/samples';
import {
  readProjectFile,
  writeExamplesFile,
  writeProjectFile,
} from '../../../electron/main/services/projects/exporter';
import { findPrice } from '../../../shared/domain/pricing/catalog';

let dir: string;
let worker: DatasetWorkerClient;
const events: { event: string; payload: unknown }[] = [];
let tasks: ExamplesTasks;
let projects: ProjectsService;
let sources: SourceFiles;

const CSV =
  '問題,回答,系統提示\n' +
  Array.from(
    { length: 12 },
    (_, i) => `請問第${i + 1}號訂單到哪了？,您的訂單${i + 1}已出貨。,你是小壺茶舖的客服\n`,
  ).join('') +
  '請問第1號訂單到哪了？,您的訂單1已出貨。,你是小壺茶舖的客服\n'; // an exact duplicate of row 2

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-tasks-'));
  worker = new DatasetWorkerClient();
  projects = new ProjectsService({ dataDir: dir });
  sources = new SourceFiles(dir);
  tasks = new ExamplesTasks({
    worker,
    projects,
    sources,
    emit: (event, payload) => events.push({ event, payload }),
    priceOf: (provider, model) => findPrice(provider, model),
  });
});
afterAll(async () => {
  // Edits are written after a short delay: flush them before removing the folder, or a late write lands
  // in a directory being deleted (ENOTEMPTY on the clean CI run).
  await projects.flush();
  await worker.dispose();
  await fs.rm(dir, { recursive: true, force: true, maxRetries: 3 });
});

describe('ExamplesTasks', () => {
  it('previews a CSV with Chinese headers, guessing the mapping, then imports it into a new project', async () => {
    const file = path.join(dir, '客服.csv');
    await fs.writeFile(file, CSV);
    const source = await sources.addPicked(file);
    const preview = await tasks.preview(source.token, {});
    expect(preview.format).toBe('csv');
    expect(preview.columns?.mapping).toEqual({ user: 0, assistant: 1, system: 2 });
    expect(preview.rows[0]).toEqual(['問題', '回答', '系統提示']);

    const outcome = await tasks.import('task-import-1', source.token, {}, { mode: 'append' });
    expect(outcome.imported).toBe(13);
    expect(outcome.project.meta.source).toMatchObject({
      fileName: '客服.csv',
      format: 'csv',
      encoding: 'utf-8',
    });
    expect(outcome.project.examples[0]?.example.messages.map((m) => m.role)).toEqual([
      'system',
      'user',
      'assistant',
    ]);
    expect(outcome.project.examples[0]?.sourceLine).toBe(2);
    // The source file is never changed.
    expect(await fs.readFile(file, 'utf8')).toBe(CSV);

    const report = await tasks.check('task-check-1', outcome.project.meta.id);
    const duplicate = report.issues.find((i) => i.code === 'duplicate_exact');
    expect(duplicate?.exampleId).toBe(outcome.project.examples[12]?.id);
    expect(report.examples).toBe(13);
    expect(report.estimatedCost?.formula).toBeTruthy();
    expect((await projects.metaOf(outcome.project.meta.id)).report?.stale).toBe(false);
  }, 60_000);

  it('reports check progress in examples and can be cancelled mid-check', async () => {
    const many = Array.from({ length: 6000 }, (_, i) => ({
      id: `ex-${i.toString(16).padStart(16, '0')}`,
      example: {
        messages: [
          { role: 'user' as const, content: `問題 ${i}` },
          { role: 'assistant' as const, content: `回答 ${i}` },
        ],
      },
      provenance: 'imported' as const,
      split: 'train' as const,
    }));
    const { meta } = await projects.create('many', many);
    events.length = 0;
    await tasks.check('task-check-full', meta.id);
    const progress = events
      .filter((e) => e.event === 'examples.progressed')
      .map((e) => e.payload as { done: number; total: number });
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect(progress.at(-1)).toMatchObject({ done: 6000, total: 6000 });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));

    events.length = 0;
    const stop = { done: false };
    const cancelled = tasks.check('task-check-stop', meta.id);
    // Cancel as soon as the first progress arrives, as the Stop button does.
    await vi.waitFor(
      () => {
        if (events.some((e) => e.event === 'examples.progressed')) {
          stop.done = tasks.cancel('task-check-stop');
        }
        expect(stop.done).toBe(true);
        // The worker's first slice can take over a second on a busy machine: wait for the state, polling
        // often enough that the check cannot finish between two looks.
      },
      { timeout: 30_000, interval: 5 },
    );
    await expect(cancelled).rejects.toMatchObject({ ipcError: { code: 'cancelled' } });
  }, 60_000);

  it('refuses an unknown source token', async () => {
    await expect(tasks.preview('src-0000000000000000', {})).rejects.toMatchObject({
      ipcError: { code: 'not_found' },
    });
  });

  it('accepts a dropped file in ordered chunks and refuses a chunk out of order', async () => {
    const bytes = Buffer.from('Q: 你好\nA: 您好！\n\nQ: Hi\nA: Hello\n');
    const source = await sources.beginUpload('drop.txt', bytes.length);
    await expect(sources.appendChunk(source.token, 5, bytes.toString('base64'))).rejects.toMatchObject({
      ipcError: { code: 'bad_input' },
    });
    expect(() => sources.pathOf(source.token)).toThrow(); // incomplete
    await sources.appendChunk(source.token, 0, bytes.subarray(0, 10).toString('base64'));
    await sources.appendChunk(source.token, 10, bytes.subarray(10).toString('base64'));
    const preview = await tasks.preview(source.token, {});
    expect(preview.examples).toHaveLength(2);
  }, 30_000);

  it('opens a sample in the user language', async () => {
    const samples = new Samples(path.resolve('samples'));
    const list = await samples.list('zh-TW');
    expect(list.map((s) => s.id)).toContain('brand-voice');
    const project = await samples.open(projects, 'brand-voice', 'zh-TW');
    expect(project.meta.name).toBe(list.find((s) => s.id === 'brand-voice')?.title);
    expect(project.examples).toHaveLength(list.find((s) => s.id === 'brand-voice')?.examples ?? -1);
    expect(project.examples.every((e) => e.provenance === 'sample')).toBe(true);
    expect(project.meta.sample).toEqual({ id: 'brand-voice', language: 'zh-TW' });
  });

  it('exports JSONL, CSV and XLSX, and round-trips the portable project file', async () => {
    const project = await new Samples(path.resolve('samples')).open(projects, 'brand-voice', 'en');
    const jsonl = path.join(dir, 'out.jsonl');
    await writeExamplesFile(jsonl, project.examples, 'jsonl');
    const lines = (await fs.readFile(jsonl, 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(project.examples.length);
    expect(JSON.parse(lines[0] as string)).toEqual(project.examples[0]?.example);
    const csv = path.join(dir, 'out.csv');
    const risky = {
      ...project.examples[0]!,
      example: {
        messages: [
          { role: 'user' as const, content: '=1+1' },
          { role: 'assistant' as const, content: '@cmd' },
        ],
      },
    };
    await writeExamplesFile(csv, [risky], 'csv');
    const csvText = await fs.readFile(csv, 'utf8');
    expect(csvText).toContain("'=1+1");
    expect(csvText).toContain("'@cmd");
    const xlsx = path.join(dir, 'out.xlsx');
    await writeExamplesFile(xlsx, project.examples, 'xlsx');
    const head = await fs.readFile(xlsx);
    expect(head.subarray(0, 2).toString()).toBe('PK');

    const portable = path.join(dir, 'p.tunesmith.json');
    await writeProjectFile(portable, project);
    const back = await readProjectFile(portable);
    expect(back.examples.map((e) => e.example)).toEqual(project.examples.map((e) => e.example));
    expect(back.examples.map((e) => e.sourceLine)).toEqual(project.examples.map((e) => e.sourceLine));
    expect(back.meta).toMatchObject({
      provider: project.meta.provider,
      model: project.meta.model,
      epochs: 'auto',
    });
    await fs.writeFile(portable, '{"format":"tunesmith-project","version":1,"meta":{},"examples":[]}');
    await expect(readProjectFile(portable)).rejects.toMatchObject({ ipcError: { code: 'file_invalid' } });
  }, 30_000);
});
