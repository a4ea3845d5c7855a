import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DurableJsonFile } from '../../../electron/main/services/storage/DurableJsonFile';

const schema = z.object({ name: z.string(), count: z.number() });
type Data = z.infer<typeof schema>;
let dir: string;
let file: string;
const open = (extra: Partial<Parameters<typeof DurableJsonFile.open<Data>>[0]> = {}) =>
  DurableJsonFile.open<Data>({
    file,
    version: 2,
    schema,
    defaults: () => ({ name: 'default', count: 0 }),
    migrations: { 2: (old) => ({ ...(old as object), count: 0 }) },
    now: () => new Date('2026-11-26T03:00:00Z'),
    ...extra,
  });

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'durable-'));
  file = path.join(dir, 'settings.json');
});

describe('DurableJsonFile', () => {
  it('creates the file with defaults, mode 0600, and reads back what was written', async () => {
    const store = await open();
    expect(store.outcome).toBe('created');
    await store.update((d) => ({ ...d, count: 5 }));
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
    const again = await open();
    expect(again.outcome).toBe('loaded');
    expect(again.get()).toEqual({ name: 'default', count: 5 });
  });

  it('migrates an older schema version and saves the result', async () => {
    await fs.writeFile(file, JSON.stringify({ schemaVersion: 1, data: { name: 'old' } }));
    const store = await open();
    expect(store.get()).toEqual({ name: 'old', count: 0 });
    expect(JSON.parse(await fs.readFile(file, 'utf8')).schemaVersion).toBe(2);
  });

  it('keeps a corrupt file aside and restores the last good backup', async () => {
    const store = await open();
    await store.set({ name: 'first', count: 1 });
    await store.set({ name: 'second', count: 2 });
    await fs.writeFile(file, '{"schemaVersion": 2, "data": {"name": "trunc');
    const recovered = await open();
    expect(recovered.outcome).toBe('restored-from-backup');
    expect(recovered.get()).toEqual({ name: 'first', count: 1 });
    expect(recovered.quarantinedAs).toBe(`${file}.corrupt-2026-11-26T03-00-00-000Z`);
    expect(await fs.readFile(recovered.quarantinedAs!, 'utf8')).toContain('trunc');
  });

  it('falls back to defaults when there is no good backup, and says so', async () => {
    await fs.writeFile(file, 'not json');
    const store = await open();
    expect(store.outcome).toBe('reset-to-defaults');
    expect(store.get()).toEqual({ name: 'default', count: 0 });
  });

  it('treats data that fails the schema, or a newer version, as corrupt', async () => {
    await fs.writeFile(file, JSON.stringify({ schemaVersion: 2, data: { name: 3 } }));
    expect((await open()).outcome).toBe('reset-to-defaults');
    await fs.writeFile(file, JSON.stringify({ schemaVersion: 9, data: { name: 'x', count: 1 } }));
    expect((await open()).outcome).toBe('reset-to-defaults');
  });

  it('cleans up temp files left by an interrupted write', async () => {
    await fs.writeFile(`${file}.123456789`, 'half');
    await fs.writeFile(`${file}.bak.42`, 'half');
    await fs.writeFile(path.join(dir, 'other.json.1'), 'not ours');
    await open();
    expect((await fs.readdir(dir)).sort()).toEqual(['other.json.1', 'settings.json']);
  });

  it('serializes concurrent updates so none is lost', async () => {
    const store = await open();
    await Promise.all(Array.from({ length: 20 }, () => store.update((d) => ({ ...d, count: d.count + 1 }))));
    expect((await open()).get().count).toBe(20);
  });

  it('rejects an update that breaks the schema and keeps the old value', async () => {
    const store = await open();
    await expect(store.update(() => ({ name: 1 }) as unknown as Data)).rejects.toThrow();
    expect(store.get()).toEqual({ name: 'default', count: 0 });
  });
});
