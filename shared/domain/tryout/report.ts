// The test-run report as a file a user can keep or share: CSV (one row per example and set-up) and a
// standalone HTML page. Both are built from untrusted text (model replies, the user's own data), so:
//  - CSV: fields are quoted per RFC 4180, and a text cell starting with = + - @ or a tab/CR is prefixed
//    with an apostrophe so a spreadsheet never runs it as a formula (OWASP "CSV injection");
//  - HTML: every piece of text is escaped, the page carries no script at all, and its own CSP forbids
//    scripts, images and network even if something were ever missed.
// Headings come from the renderer in the user's language (main has no translations).
import { noteSource } from '../notes/prompt';
import type { SetupTotals } from './totals';
import type { CaseResult, Setup, TestCase } from './types';

export interface ReportText {
  title: string;
  setup: string;
  example: string;
  question: string;
  expected: string;
  reply: string;
  exact: string;
  validJson: string;
  similarity: string;
  judge: string;
  promptTokens: string;
  replyTokens: string;
  firstTokenMs: string;
  totalMs: string;
  cost: string;
  /** The heading of the column saying which currency the cost is in. */
  currency: string;
  costPer1000: string;
  replies: string;
  totals: string;
  error: string;
  yes: string;
  no: string;
  /** One label per set-up id (e.g. "A · fine-tuned · teashop-v1"). */
  setupLabels: Record<string, string>;
  /** One plain sentence per set-up that opens the report, before the tables (issue 17). */
  summary?: string[];
  /** Heading of the column naming the notes each reply was given (issue 16); shown only when some had notes. */
  notesUsed?: string;
}

export interface ReportData {
  createdAt: string;
  setups: Setup[];
  cases: TestCase[];
  results: CaseResult[];
  totals: SetupTotals[];
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: numbers as they are, text quoted, formula-looking text defused. */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

const round = (n: number | null, digits: number) => (n === null ? null : Number(n.toFixed(digits)));

/** The notes column's heading when the report has one: some reply was given notes and the text names it. */
const notesHeading = (data: ReportData, text: ReportText): string | null =>
  text.notesUsed !== undefined && data.results.some((r) => r.notes) ? text.notesUsed : null;

/** "price-list.docx, 價目表; faq.pdf, p. 2": each passage's source, in the order the model was given them. */
const notesOf = (r: CaseResult): string => (r.notes ? r.notes.hits.map(noteSource).join('; ') : '');

export function reportCsv(data: ReportData, text: ReportText): string {
  const notes = notesHeading(data, text);
  const header = [
    text.example,
    text.setup,
    text.question,
    text.expected,
    text.reply,
    text.exact,
    text.validJson,
    text.similarity,
    text.judge,
    text.promptTokens,
    text.replyTokens,
    text.firstTokenMs,
    text.totalMs,
    text.cost,
    text.currency,
    text.error,
    ...(notes === null ? [] : [notes]),
  ];
  const rows = data.results.map((r) => {
    const c = data.cases[r.caseIndex];
    return [
      r.caseIndex + 1,
      text.setupLabels[r.setupId] ?? r.setupId,
      c?.question ?? '',
      c?.expected ?? '',
      r.text,
      r.scores ? r.scores.exact : null,
      r.scores?.validJson ?? null,
      round(r.scores?.similarity ?? null, 3),
      r.judge?.score ?? null,
      r.figures?.promptTokens ?? null,
      r.figures?.replyTokens ?? null,
      r.figures?.firstTokenMs ?? null,
      r.figures?.totalMs ?? null,
      r.figures?.cost ?? null,
      r.figures?.currency ?? null,
      r.error ?? '',
      ...(notes === null ? [] : [notesOf(r)]),
    ];
  });
  // CRLF line ends and a BOM: what spreadsheet programs expect, so Chinese text opens correctly.
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const cell = (value: string | number | null) =>
  `<td>${value === null ? '–' : escapeHtml(String(value))}</td>`;
const headCell = (value: string) => `<th>${escapeHtml(value)}</th>`;

const STYLE = `body{font:14px/1.5 system-ui,sans-serif;margin:24px;color:#1d1f23}
table{border-collapse:collapse;margin:12px 0;width:100%}td,th{border:1px solid #d9dbe0;padding:4px 8px;vertical-align:top;text-align:left}
td{white-space:pre-wrap}th{background:#f2f3f5}`;

export function reportHtml(data: ReportData, text: ReportText): string {
  const label = (id: string) => text.setupLabels[id] ?? id;
  const notes = notesHeading(data, text);
  const yesNo = (v: boolean | null | undefined) => (v == null ? null : v ? text.yes : text.no);
  const totalsRows = data.totals
    .map((t) =>
      [
        `<tr>${headCell(label(t.setupId))}`,
        cell(t.replies),
        cell(t.exactMatches),
        cell(t.validJson),
        cell(round(t.meanSimilarity, 3)),
        cell(round(t.meanJudgeScore, 2)),
        cell(t.promptTokens),
        cell(t.replyTokens),
        cell(round(t.meanFirstTokenMs, 0)),
        cell(round(t.meanTotalMs, 0)),
        cell(round(t.cost, 6)),
        cell(t.currency),
        `${cell(round(t.costPer1000Replies, 4))}</tr>`,
      ].join(''),
    )
    .join('\n');
  const caseRows = data.results
    .map((r) => {
      const c = data.cases[r.caseIndex];
      return `<tr>${[
        cell(r.caseIndex + 1),
        cell(label(r.setupId)),
        cell(c?.question ?? ''),
        cell(c?.expected ?? ''),
        cell(r.error ? `${text.error}: ${r.error}` : r.text),
        cell(yesNo(r.scores?.exact)),
        cell(yesNo(r.scores?.validJson)),
        cell(round(r.scores?.similarity ?? null, 3)),
        cell(r.judge?.score ?? null),
        cell(r.figures?.totalMs ?? null),
        cell(r.figures?.cost ?? null),
        cell(r.figures?.currency ?? null),
        notes === null ? '' : cell(notesOf(r)),
      ].join('')}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(text.title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(data.createdAt)}</p>
${(text.summary ?? []).map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
<h2>${escapeHtml(text.totals)}</h2>
<table><thead><tr>${[text.setup, text.replies, text.exact, text.validJson, text.similarity, text.judge, text.promptTokens, text.replyTokens, text.firstTokenMs, text.totalMs, text.cost, text.currency, text.costPer1000].map(headCell).join('')}</tr></thead>
<tbody>${totalsRows}</tbody></table>
<table><thead><tr>${[text.example, text.setup, text.question, text.expected, text.reply, text.exact, text.validJson, text.similarity, text.judge, text.totalMs, text.cost, text.currency, ...(notes === null ? [] : [notes])].map(headCell).join('')}</tr></thead>
<tbody>${caseRows}</tbody></table>
</body></html>
`;
}
