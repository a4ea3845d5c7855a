// A project reaches the window in pages. Structured-cloning a 100,000-example project (≈ 32 MB) in one
// IPC answer blocks main for hundreds of milliseconds and leaves the window blank until all of it has
// arrived; pages of about 1 MB keep every answer short, show the first rows at once and let a progress
// bar tell the truth about the rest.
import type { OpenProject, ProjectExample, ProjectMeta } from './types';

/** Where the rest of the project comes from: main keeps the examples as they were when it was opened. */
export interface PageCursor {
  cursor: string;
  /** Examples in the project when it was opened (the count the progress bar counts up to). */
  total: number;
}

/** What the window receives when a project opens: its metadata and the first page of examples. */
export interface OpenedProject {
  meta: ProjectMeta;
  examples: ProjectExample[];
  recovered?: OpenProject['recovered'];
  setAside?: OpenProject['setAside'];
  /** Present while more pages follow. */
  next?: PageCursor;
}

export interface ExamplesPage {
  examples: ProjectExample[];
  next?: PageCursor;
}

/** Upper bounds of one page: whichever is met first ends it (a page always holds at least one example). */
export const PAGE_MAX_EXAMPLES = 2_000;
export const PAGE_MAX_CHARS = 1_000_000;
/** What an example costs on the wire beyond its text: ids, roles, keys and JSON punctuation. */
const OVERHEAD_PER_EXAMPLE = 120;
const OVERHEAD_PER_MESSAGE = 40;

/** Approximate serialized size of an example, counted without serializing it. */
export function approximateChars(item: ProjectExample): number {
  let chars = OVERHEAD_PER_EXAMPLE;
  for (const message of item.example.messages) {
    chars += OVERHEAD_PER_MESSAGE + (message.content?.length ?? 0);
    if (message.tool_calls) chars += JSON.stringify(message.tool_calls).length;
  }
  if (item.example.tools) chars += JSON.stringify(item.example.tools).length;
  return chars;
}

/** The index just past the page that starts at `offset`. */
export function pageEnd(
  examples: readonly ProjectExample[],
  offset: number,
  maxExamples = PAGE_MAX_EXAMPLES,
  maxChars = PAGE_MAX_CHARS,
): number {
  let end = offset;
  let chars = 0;
  while (end < examples.length && end - offset < maxExamples) {
    chars += approximateChars(examples[end] as ProjectExample);
    if (chars > maxChars && end > offset) break;
    end += 1;
  }
  return end;
}
