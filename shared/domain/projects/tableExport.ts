// Turning examples into spreadsheet rows for "edit elsewhere" exports. A cell starting with = + - @ (or a
// tab / carriage return) is read as a formula by Excel and LibreOffice, which lets a crafted example run
// commands on the machine that opens the file (CSV injection); such cells get a leading apostrophe.
import type { ChatExample } from '../chat';
import type { ProjectExample } from './types';

const FORMULA_START = /^[=+\-@\t\r]/;

export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export const TABLE_HEADER = ['conversation_id', 'turn', 'split', 'system', 'user', 'assistant'] as const;

/**
 * One row per user→assistant exchange, with the conversation id and turn number, so multi-turn examples
 * survive a round trip through a spreadsheet and re-import with the conversation/turn column mapping.
 */
export function exampleRows(item: ProjectExample, conversation: number): string[][] {
  const rows: string[][] = [];
  const system = systemOf(item.example);
  let user = '';
  let turn = 0;
  for (const m of item.example.messages) {
    if (m.role === 'user') user += (user ? '\n' : '') + (m.content ?? '');
    if (m.role === 'assistant') {
      turn++;
      rows.push([
        String(conversation),
        String(turn),
        item.split,
        turn === 1 ? system : '',
        user,
        m.content ?? '',
      ]);
      user = '';
    }
  }
  if (user !== '' || rows.length === 0)
    rows.push([String(conversation), String(turn + 1), item.split, system, user, '']);
  return rows.map((r) => r.map(escapeFormula));
}

function systemOf(example: ChatExample): string {
  return example.messages.find((m) => m.role === 'system')?.content ?? '';
}

/** RFC 4180 quoting; the UTF-8 BOM lets Excel on Windows open Chinese text without mojibake. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const quote = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return '\uFEFF' + rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** The chat JSONL a provider trains on: the example only, none of Tunesmith's bookkeeping. */
export function toJsonl(items: readonly ProjectExample[]): string {
  return items.map((i) => JSON.stringify(i.example)).join('\n') + (items.length ? '\n' : '');
}
