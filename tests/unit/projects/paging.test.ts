// A project reaches the window in pages: bounded by count and by size, reassembled exactly, each cursor
// good once, and read from the examples as they were at open even while the window edits the first pages.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageReader } from '../../../electron/main/services/projects/PageReader';
import { ProjectsService } from '../../../electron/main/services/projects/ProjectsService';
import { AppError } from '../../../shared/ipc/errors';
import {
  approximateChars,
  pageEnd,
  PAGE_MAX_CHARS,
  PAGE_MAX_EXAMPLES,
  type OpenedProject,
} from '../../../shared/domain/projects/paging';
import type { ProjectExample } from '../../../shared/domain/projects/types';

const item = (n: number, text = `answer ${n}`): ProjectExample => ({
  id: `ex-${n.toString(16).padStart(16, '0')}`,
  example: {
    messages: [
      { role: 'user', content: `question ${n}` },
      { role: 'assistant', content: text },
    ],
  },
  provenance: 'imported',
  split: 'train',
});
const many = (n: number) => Array.from({ length: n }, (_, i) => item(i + 1));

/** Reads a whole project the way the window does: the first page, then every cursor in turn. */
function readAll(reader: PageReader, opened: OpenedProject) {
  const examples = [...opened.examples];
  const sizes = [opened.examples.length];
  let next = opened.next;
  while (next) {
    const page = reader.next(next.cursor);
    examples.push(...page.examples);
    sizes.push(page.examples.length);
    next = page.next;
  }
  return { examples, sizes };
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tunesmith-paging-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

describe('page bounds', () => {
  it('ends a page at the example limit when examples are small', () => {
    expect(pageEnd(many(5_000), 0)).toBe(PAGE_MAX_EXAMPLES);
    expect(pageEnd(many(5_000), 4_500)).toBe(5_000);
  });

  it('ends a page at the size limit when examples are large, but always carries one example', () => {
    const big = Array.from({ length: 10 }, (_, i) => item(i + 1, 'x'.repeat(400_000)));
    expect(pageEnd(big, 0)).toBe(2); // 2 × ~400 KB fit in 1 MB, a third does not
    const huge = [item(1, 'x'.repeat(PAGE_MAX_CHARS * 2)), item(2)];
    expect(pageEnd(huge, 0)).toBe(1);
    expect(approximateChars(huge[0] as ProjectExample)).toBeGreaterThan(PAGE_MAX_CHARS * 2);
  });
});

describe('PageReader', () => {
  it('hands a 5,000-example project over in pages that reassemble it exactly', () => {
    const reader = new PageReader();
    const examples = many(5_000);
    const opened = reader.open({ meta: {} as never, examples });
    expect(opened.next?.total).toBe(5_000);
    const { examples: read, sizes } = readAll(reader, opened);
    expect(sizes).toEqual([2_000, 2_000, 1_000]);
    expect(read).toEqual(examples);
    expect(reader.openReadings).toBe(0); // nothing kept once the last page is out
  });

  it('sends a small project whole, with no cursor', () => {
    const reader = new PageReader();
    const opened = reader.open({ meta: {} as never, examples: many(3), recovered: 'examples_reset' });
    expect(opened.examples).toHaveLength(3);
    expect(opened.next).toBeUndefined();
    expect(opened.recovered).toBe('examples_reset');
  });

  it('takes each cursor once, and forgets the oldest readings beyond four', () => {
    const reader = new PageReader({ maxExamples: 10 });
    const first = reader.open({ meta: {} as never, examples: many(30) });
    const cursor = first.next?.cursor as string;
    reader.next(cursor);
    expect(() => reader.next(cursor)).toThrow(AppError);
    const opens = Array.from({ length: 5 }, () => reader.open({ meta: {} as never, examples: many(30) }));
    expect(() => reader.next(opens[0]?.next?.cursor as string)).toThrow(AppError);
    expect(reader.next(opens[4]?.next?.cursor as string).examples).toHaveLength(10);
  });

  it('reads later pages as they were at open while the window edits the first ones', async () => {
    const service = new ProjectsService({ dataDir: dir });
    const { meta } = await service.create('p', many(25));
    const reader = new PageReader({ maxExamples: 10 });
    const opened = reader.open(await service.openProject(meta.id));
    // The window removes one of its examples and adds one at the end of what it has: indexes in main
    // shift, yet the next pages continue exactly after the tenth example of the project as opened.
    await service.patch(meta.id, {
      remove: [item(3).id],
      insert: [{ index: 9, example: item(99) }],
    });
    const { examples } = readAll(reader, opened);
    expect(examples.map((e) => e.id)).toEqual(many(25).map((e) => e.id));
    const windowCopy = [...opened.examples.filter((e) => e.id !== item(3).id), item(99)];
    const rest = examples.slice(10);
    // What the window ends up with is what main has.
    expect([...windowCopy, ...rest].map((e) => e.id)).toEqual(
      (await service.examplesOf(meta.id)).map((e) => e.id),
    );
  });
});

describe('assignParts', () => {
  it('gives each example its part and records the split settings; undoing restores both', async () => {
    const service = new ProjectsService({ dataDir: dir });
    const { meta } = await service.create('p', many(4));
    const after = await service.assignParts(meta.id, ['train', 'validation', 'test', 'train'], {
      preset: '80-10-10',
      seed: 7,
    });
    expect(after.split).toEqual({ preset: '80-10-10', seed: 7 });
    expect((await service.examplesOf(meta.id)).map((e) => e.split)).toEqual([
      'train',
      'validation',
      'test',
      'train',
    ]);
    const undone = await service.assignParts(meta.id, ['train', 'train', 'train', 'train'], null);
    expect(undone.split).toBeNull();
    expect((await service.examplesOf(meta.id)).every((e) => e.split === 'train')).toBe(true);
  });

  it('refuses parts that do not match the number of examples (the window must reload)', async () => {
    const service = new ProjectsService({ dataDir: dir });
    const { meta } = await service.create('p', many(4));
    await expect(service.assignParts(meta.id, ['train'], null)).rejects.toMatchObject({
      ipcError: { code: 'bad_input', path: 'letters' },
    });
  });
});
