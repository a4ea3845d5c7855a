// The whole set as a table for editing in Excel/Numbers/Sheets: one row per turn, with conversation id
// and turn columns so multi-turn examples survive the round trip through our own importer. Cells that
// a spreadsheet would run as a formula (=, +, -, @, tab, CR first) get a leading apostrophe (OWASP's
// CSV-injection advice); our importer removes it again.
import type { ChatExample } from '../chat';

export const TABLE_HEADER = ['conversation_id', 'turn', 'system', 'user', 'assistant'] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'[=+\-@\t\r]/;

export function escapeCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unescapeCell(text: string): string {
  return ESCAPED_FORMULA.test(text) ? text.slice(1) : text;
}

export interface TableExport {
  rows: string[][];
  /** Examples with tool calls or tool messages, which a table cannot hold; the UI should warn. */
  examplesWithToolData: number[];
}

/** Header row plus one row per user/assistant turn; every cell already escaped. */
export function examplesToRows(examples: readonly ChatExample[]): TableExport {
  const rows: string[][] = [[...TABLE_HEADER]];
  const examplesWithToolData: number[] = [];
  examples.forEach((example, index) => {
    const id = String(index + 1);
    const system = example.messages.find((m) => m.role === 'system' || m.role === 'developer');
    const turns: { user: string; assistant: string }[] = [];
    let toolData = false;
    for (const m of example.messages) {
      const text = typeof m.content === 'string' ? m.content : '';
      if (m.tool_calls || m.function_call || m.role === 'tool' || m.role === 'function') toolData = true;
      if (m.role === 'user') turns.push({ user: text, assistant: '' });
      else if (m.role === 'assistant') {
        const last = turns[turns.length - 1];
        if (last && last.assistant === '') last.assistant = text;
        else turns.push({ user: '', assistant: text });
      }
    }
    if (toolData) examplesWithToolData.push(index);
    if (turns.length === 0) turns.push({ user: '', assistant: '' });
    turns.forEach((t, i) => {
      const systemText = i === 0 && typeof system?.content === 'string' ? system.content : '';
      rows.push([id, String(i + 1), systemText, t.user, t.assistant].map(escapeCell));
    });
  });
  return { rows, examplesWithToolData };
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}
