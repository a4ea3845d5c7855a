// The evidence report as a file, in the same family as Try's test report (shared/domain/tryout/report.ts,
// whose CSV field quoting and HTML escaping it reuses): CSV with one row per question and approach, and a
// standalone HTML page (no script, its own CSP) that opens with the recommendation and the totals.
// Headings and the recommendation come from the renderer in the user's language.
import { csvField, escapeHtml } from '../tryout/report';
import { answerCost, approachTotals } from './totals';
import type { Approach, EvidenceRun, Mark } from './types';

export interface EvidenceReportText {
  title: string;
  /** The recommendation sentence(s) as the page shows them. */
  recommendation: string[];
  number: string;
  question: string;
  approach: string;
  answer: string;
  mark: string;
  marks: Record<Mark | 'none', string>;
  promptTokens: string;
  replyTokens: string;
  totalMs: string;
  cost: string;
  currency: string;
  error: string;
  totals: string;
  rightOfMarked: string;
  costPer1000: string;
  setupCost: string;
  medianMs: string;
  notKnown: string;
  approachLabels: Record<Approach, string>;
}

const round = (n: number | null, digits: number) => (n === null ? null : Number(n.toFixed(digits)));

export function evidenceCsv(run: EvidenceRun, text: EvidenceReportText): string {
  const header = [
    text.number,
    text.question,
    text.approach,
    text.answer,
    text.mark,
    text.promptTokens,
    text.replyTokens,
    text.totalMs,
    text.cost,
    text.currency,
    text.error,
  ];
  const rows = run.answers.map((a) => [
    a.questionIndex + 1,
    run.questions[a.questionIndex] ?? '',
    text.approachLabels[a.approach],
    a.text,
    text.marks[a.mark ?? 'none'],
    a.figures?.promptTokens ?? null,
    a.figures?.replyTokens ?? null,
    a.figures?.totalMs ?? null,
    round(answerCost(a), 8),
    a.figures?.currency ?? null,
    a.error ?? '',
  ]);
  // CRLF and a BOM, as Try's report: what spreadsheet programs expect, so Chinese text opens correctly.
  return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const cell = (value: string | number | null) =>
  `<td>${value === null ? '–' : escapeHtml(String(value))}</td>`;
const headCell = (value: string) => `<th>${escapeHtml(value)}</th>`;

const STYLE = `body{font:14px/1.5 system-ui,sans-serif;margin:24px;color:#1d1f23}
table{border-collapse:collapse;margin:12px 0;width:100%}td,th{border:1px solid #d9dbe0;padding:4px 8px;vertical-align:top;text-align:left}
td{white-space:pre-wrap}th{background:#f2f3f5}`;

export function evidenceHtml(run: EvidenceRun, text: EvidenceReportText): string {
  const totals = approachTotals(run)
    .map((t) =>
      [
        `<tr>${headCell(text.approachLabels[t.approach])}`,
        cell(`${t.right} / ${t.marked}`),
        cell(t.costPer1000 === null ? text.notKnown : `${round(t.costPer1000, 4)} ${t.currency}`),
        cell(
          t.setupCost.kind === 'none'
            ? '0'
            : t.setupCost.known && t.setupCost.amount !== null
              ? `${round(t.setupCost.amount, 6)} ${t.setupCost.currency}`
              : text.notKnown,
        ),
        `${cell(round(t.medianMs, 0))}</tr>`,
      ].join(''),
    )
    .join('\n');
  const rows = run.answers
    .map(
      (a) =>
        `<tr>${[
          cell(a.questionIndex + 1),
          cell(run.questions[a.questionIndex] ?? ''),
          cell(text.approachLabels[a.approach]),
          cell(a.error ? `${text.error}: ${a.error}` : a.text),
          cell(text.marks[a.mark ?? 'none']),
          cell(a.figures?.totalMs ?? null),
          cell(round(answerCost(a), 8)),
          cell(a.figures?.currency ?? null),
        ].join('')}</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(text.title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(text.title)}</h1><p>${escapeHtml(run.createdAt)}</p>
${text.recommendation.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
<h2>${escapeHtml(text.totals)}</h2>
<table><thead><tr>${[text.approach, text.rightOfMarked, text.costPer1000, text.setupCost, text.medianMs].map(headCell).join('')}</tr></thead>
<tbody>${totals}</tbody></table>
<table><thead><tr>${[text.number, text.question, text.approach, text.answer, text.mark, text.totalMs, text.cost, text.currency].map(headCell).join('')}</tr></thead>
<tbody>${rows}</tbody></table>
</body></html>
`;
}
