// Hands a project to the window page by page (see shared/domain/projects/paging.ts for why). Each reading
// keeps the examples array as it was at open: the store replaces its array on every change instead of
// mutating it, so the snapshot is free and the pages never shift under an edit the window makes while
// later pages are still coming (the window can only edit examples it already has).
import { randomBytes } from 'node:crypto';
import { appError } from '../../../../shared/ipc/errors';
import { pageEnd, type ExamplesPage, type OpenedProject } from '../../../../shared/domain/projects/paging';
import type { OpenProject, ProjectExample } from '../../../../shared/domain/projects/types';

interface Reading {
  examples: readonly ProjectExample[];
  offset: number;
}

/** One window reads one project at a time; a few spare readings cover a reopen racing a slow load. */
const MAX_READINGS = 4;

export class PageReader {
  private readonly readings = new Map<string, Reading>();

  constructor(
    private readonly limits: { maxExamples?: number; maxChars?: number } = {},
    private readonly newCursor: () => string = () => `c-${randomBytes(8).toString('hex')}`,
  ) {}

  /** The project's metadata and first page; a cursor for the rest when there is more. */
  open(project: OpenProject): OpenedProject {
    const first = this.page({ examples: project.examples, offset: 0 });
    const opened: OpenedProject = { meta: project.meta, examples: first.examples };
    if (project.recovered) opened.recovered = project.recovered;
    if (project.setAside) opened.setAside = project.setAside;
    if (first.next) opened.next = first.next;
    return opened;
  }

  next(cursor: string): ExamplesPage {
    const reading = this.readings.get(cursor);
    // Dropped after its last page or evicted by newer readings: the window reopens the project.
    if (!reading) throw appError('not_found', { path: 'cursor' });
    this.readings.delete(cursor);
    return this.page(reading);
  }

  /** Readings still open (for tests and for memory accounting). */
  get openReadings(): number {
    return this.readings.size;
  }

  private page(reading: Reading): ExamplesPage {
    const { examples, offset } = reading;
    const end = pageEnd(examples, offset, this.limits.maxExamples, this.limits.maxChars);
    const page: ExamplesPage = { examples: examples.slice(offset, end) };
    if (end < examples.length) {
      const cursor = this.newCursor();
      this.readings.set(cursor, { examples, offset: end });
      while (this.readings.size > MAX_READINGS) {
        const oldest = this.readings.keys().next().value as string;
        this.readings.delete(oldest);
      }
      page.next = { cursor, total: examples.length };
    }
    return page;
  }
}
