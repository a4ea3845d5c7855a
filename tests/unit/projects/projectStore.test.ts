// The project store: autosave within the 2 s bound, crash safety (atomic files, backup, quarantine),
// reopening, and Train/Try's read and append routes at the service level.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_MS, examplesPath, metaPath } from '../../../electron/main/services/projects/ProjectStore';
import { ProjectsService } from '../../../electron/main/services/projects/ProjectsService';
import type { ProjectExample } from '../../../shared/domain/projects/types';

const item = (n: number, extra: Partial<ProjectExample> = {}): ProjectExample => ({
  id: `ex-${n.toString(16).padStart(16, '0')}`,
  example: {
    messages: [
      { role: 'user', content: `question ${n}` },
      { role: 'assistant', content: `answer ${n}` },
    ],
  },
  provenance: 'imported',
  split: 'train',
  ...extra,
});

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-projects-'));
});
afterEach(async () => {
  vi.useRealTimers();
  await fs.rm(dir, { recursive: true, force: true });
});

const readExamplesFile = async (projectDir: string) => fs.readFile(examplesPath(projectDir), 'utf8');

describe('ProjectsService', () => {
  it('creates, lists, renames, reopens from disk and deletes a project', async () => {
    const service = new ProjectsService({ dataDir: dir });
    const created = await service.create('Tea shop', [item(1), item(2)]);
    await service.rename(created.meta.id, 'Tea shop FAQ');
    await service.patch(created.meta.id, { remove: [item(1).id] });
    await service.flush();

    const fresh = new ProjectsService({ dataDir: dir });
    expect(await fresh.list()).toMatchObject([
      { id: created.meta.id, name: 'Tea shop FAQ', exampleCount: 1 },
    ]);
    const reopened = await fresh.openProject(created.meta.id);
    expect(reopened.examples.map((e) => e.id)).toEqual([item(2).id]);
    const stat = await fs.stat(examplesPath(path.join(dir, 'projects', created.meta.id)));
    expect(stat.mode & 0o777).toBe(0o600);

    await fresh.delete(created.meta.id);
    expect(await fresh.list()).toEqual([]);
    await expect(fresh.openProject(created.meta.id)).rejects.toMatchObject({
      ipcError: { code: 'not_found' },
    });
  });

  it('autosaves an edit within AUTOSAVE_MS without waiting for quit, and steady typing cannot postpone it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const service = new ProjectsService({ dataDir: dir });
    const { meta } = await service.create('p', [item(1)]);
    const projectDir = path.join(dir, 'projects', meta.id);
    expect(AUTOSAVE_MS).toBeLessThanOrEqual(1500);

    const edited = (n: number) => ({
      ...item(1),
      example: { messages: [{ role: 'user' as const, content: `edit ${n}` }] },
    });
    // An edit every 300 ms, like typing: a plain debounce would never write.
    await service.patch(meta.id, { update: [edited(1)] });
    await vi.advanceTimersByTimeAsync(300);
    expect(await readExamplesFile(projectDir)).not.toContain('edit 1'); // not yet: batched
    await service.patch(meta.id, { update: [edited(2)] });
    await vi.advanceTimersByTimeAsync(300);
    await service.patch(meta.id, { update: [edited(3)] });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 600);
    await vi.waitFor(async () => expect(await readExamplesFile(projectDir)).toContain('edit 3'));
  });

  it('flush writes pending edits at once (quit)', async () => {
    const service = new ProjectsService({ dataDir: dir });
    const { meta } = await service.create('p', []);
    await service.appendCorrected(
      meta.id,
      {
        messages: [
          { role: 'user', content: 'q' },
          { role: 'assistant', content: 'fixed' },
        ],
      },
      'ft:gpt-4.1-mini:x',
    );
    await service.flush();
    const text = await readExamplesFile(path.join(dir, 'projects', meta.id));
    expect(text).toContain('"provenance":"corrected-from-try"');
    expect(text).toContain('"correctedFrom":"ft:gpt-4.1-mini:x"');
  });

  it('keeps a damaged examples file aside and restores the previous save', async () => {
    const service = new ProjectsService({ dataDir: dir });
    const { meta } = await service.create('p', [item(1)]);
    await service.patch(meta.id, { insert: [{ index: 1, example: item(2) }] });
    await service.flush(); // the one-example version is now the backup
    const projectDir = path.join(dir, 'projects', meta.id);
    await fs.writeFile(
      examplesPath(projectDir),
      '{"format":"tunesmith-examples","version":1,"count":2}\n{"id":',
    );

    const reopened = await new ProjectsService({ dataDir: dir }).openProject(meta.id);
    expect(reopened.recovered).toBe('examples_restored_from_backup');
    expect(reopened.examples.map((e) => e.id)).toEqual([item(1).id]);
    const names = await fs.readdir(projectDir);
    expect(names.some((n) => n.startsWith('examples.jsonl.corrupt-'))).toBe(true);
  });

  it('recovers when the app died between moving the old file aside and writing the new one', async () => {
    const service = new ProjectsService({ dataDir: dir });
    const { meta } = await service.create('p', [item(1), item(2)]);
    const projectDir = path.join(dir, 'projects', meta.id);
    await fs.rename(examplesPath(projectDir), examplesPath(projectDir) + '.bak');
    const reopened = await new ProjectsService({ dataDir: dir }).openProject(meta.id);
    expect(reopened.examples).toHaveLength(2);
    expect(reopened.recovered).toBe('examples_restored_from_backup');
  });

  it('a write cut off half-way leaves the saved examples untouched, and the next save succeeds', async () => {
    const service = new ProjectsService({ dataDir: dir });
    const { meta } = await service.create('p', [item(1), item(2)]);
    const projectDir = path.join(dir, 'projects', meta.id);
    await fs.writeFile(
      examplesPath(projectDir) + '.writing',
      '{"format":"tunesmith-examples","version":1,"count":3}\n{"id":"ex-',
    );
    const fresh = new ProjectsService({ dataDir: dir });
    expect((await fresh.openProject(meta.id)).examples).toHaveLength(2);
    // The cut-off temporary file (30 MB at 100k examples) is not left behind forever.
    expect(await fs.readdir(projectDir)).not.toContain('examples.jsonl.writing');
    await fresh.patch(meta.id, { insert: [{ index: 2, example: item(3) }] });
    await fresh.flush();
    expect((await new ProjectsService({ dataDir: dir }).openProject(meta.id)).examples).toHaveLength(3);
  });

  it('a crash while creating a project never hides its examples from the list', async () => {
    // An older version wrote the examples first: a crash before project.json left a folder the list skipped.
    const orphan = path.join(dir, 'projects', 'p-0123456789ab');
    await fs.mkdir(orphan, { recursive: true });
    const text = [item(1), item(2)].map((e) => JSON.stringify(e)).join('\n');
    await fs.writeFile(
      examplesPath(orphan),
      `{"format":"tunesmith-examples","version":1,"count":2}\n${text}\n`,
    );
    const service = new ProjectsService({ dataDir: dir });
    expect(await service.list()).toMatchObject([{ id: 'p-0123456789ab', exampleCount: 2 }]);
    expect((await service.openProject('p-0123456789ab')).examples).toHaveLength(2);

    // Now the metadata is written first: a crash before the examples leaves a listed project that says so.
    const created = await service.create('Tea', [item(3)]);
    const createdDir = path.join(dir, 'projects', created.meta.id);
    await fs.rm(examplesPath(createdDir));
    const reopened = await new ProjectsService({ dataDir: dir }).openProject(created.meta.id);
    expect(reopened.recovered).toBe('examples_reset');
  });

  it('refuses a patch for examples it does not have, leaving the project unchanged', async () => {
    const service = new ProjectsService({ dataDir: dir });
    const { meta } = await service.create('p', [item(1)]);
    await expect(service.patch(meta.id, { update: [item(9)] })).rejects.toMatchObject({
      ipcError: { code: 'bad_input' },
    });
    expect((await service.openProject(meta.id)).examples).toEqual([item(1)]);
  });

  it('serves one split part to Train and Try, with the test part held out', async () => {
    const service = new ProjectsService({ dataDir: dir });
    const examples = Array.from({ length: 100 }, (_, i) => item(i + 1));
    const { meta } = await service.create('p', examples);
    const { counts } = await service.applySplit(meta.id, { preset: '80-10-10', seed: 7 });
    expect(counts).toEqual({ train: 80, validation: 10, test: 10 });
    const test = await service.get(meta.id, 'test');
    const train = await service.get(meta.id, 'train');
    expect(test.examples).toHaveLength(10);
    expect(train.examples).toHaveLength(80);
    expect(test.examples.some((t) => train.examples.some((e) => e.id === t.id))).toBe(false);
    expect(test.meta.split).toEqual({ preset: '80-10-10', seed: 7 });
    // The same preset and seed give the same parts again.
    await service.applySplit(meta.id, { preset: '80-10-10', seed: 7 });
    expect((await service.get(meta.id, 'test')).examples.map((e) => e.id)).toEqual(
      test.examples.map((e) => e.id),
    );
  });

  it('keeps exact copies in the same part, so validation never scores a copy of a training example', async () => {
    const service = new ProjectsService({ dataDir: dir });
    const copies = Array.from({ length: 40 }, (_, i) => ({ ...item(i + 1), example: item(1).example }));
    const others = Array.from({ length: 60 }, (_, i) => item(i + 100));
    const { meta } = await service.create('p', [...copies, ...others]);
    await service.applySplit(meta.id, { preset: '70-15-15', seed: 3 });
    const parts = new Set((await service.get(meta.id, 'all')).examples.slice(0, 40).map((e) => e.split));
    expect(parts.size).toBe(1);
  });

  it('writes project metadata separately from examples, so a rename does not rewrite 10,000 examples', async () => {
    const service = new ProjectsService({ dataDir: dir });
    const { meta } = await service.create(
      'big',
      Array.from({ length: 10_000 }, (_, i) => item(i + 1)),
    );
    await service.flush();
    const projectDir = path.join(dir, 'projects', meta.id);
    const before = (await fs.stat(examplesPath(projectDir))).mtimeMs;
    await service.rename(meta.id, 'renamed');
    await service.flush();
    expect((await fs.stat(examplesPath(projectDir))).mtimeMs).toBe(before);
    expect(await fs.readFile(metaPath(projectDir), 'utf8')).toContain('renamed');
  });
});
