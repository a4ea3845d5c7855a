// The exported test-set report names the notes each "base model + notes" reply was given (issue 16
// point 4), as a column that appears only when some reply had notes, so other reports are unchanged.
import { describe, expect, it } from 'vitest';
import type { NotesUsed } from '../../../shared/domain/notes/types';
import { reportCsv, reportHtml, type ReportData, type ReportText } from '../../../shared/domain/tryout';
import type { CaseResult, Setup } from '../../../shared/domain/tryout/types';

const text: ReportText = {
  title: 'Report',
  setup: 'Set-up',
  example: '#',
  question: 'Question',
  expected: 'Expected',
  reply: 'Reply',
  exact: 'Exact',
  validJson: 'JSON',
  similarity: 'Similarity',
  judge: 'Judge',
  promptTokens: 'Prompt tokens',
  replyTokens: 'Reply tokens',
  firstTokenMs: 'First token (ms)',
  totalMs: 'Total (ms)',
  cost: 'Cost',
  currency: 'Currency',
  costPer1000: 'Per 1,000',
  replies: 'Replies',
  totals: 'Totals',
  error: 'Error',
  yes: 'yes',
  no: 'no',
  setupLabels: { a: 'A', b: 'B' },
  notesUsed: 'Notes used',
};
const setup = (id: string, kind: Setup['kind']): Setup => ({
  id,
  kind,
  model: 'gpt-4.1-mini',
  systemPrompt: '',
  fewShotCount: 0,
  temperature: 1,
  maxTokens: null,
});
const notes: NotesUsed = {
  queryTokens: 9,
  hits: [
    {
      passageId: 's1:0',
      sourceName: 'price-list.docx',
      kind: 'docx',
      text: 'x',
      page: null,
      headings: ['價目表'],
      score: 1,
    },
    { passageId: 's2:1', sourceName: 'faq.pdf', kind: 'pdf', text: 'y', page: 2, headings: [], score: 0.5 },
  ],
};
const result = (setupId: string, extra: Partial<CaseResult> = {}): CaseResult => ({
  caseIndex: 0,
  setupId,
  text: 'reply',
  figures: null,
  error: null,
  scores: null,
  judge: null,
  ...extra,
});
const data = (results: CaseResult[]): ReportData => ({
  createdAt: '2026-12-05T12:00:00Z',
  setups: [setup('a', 'base'), setup('b', 'notes')],
  cases: [{ index: 0, exampleId: 'e0', system: null, question: 'q', expected: 'e' }],
  results,
  totals: [],
});

describe('the report with notes', () => {
  it('adds a column naming each reply’s notes by source', () => {
    const csv = reportCsv(data([result('a'), result('b', { notes })]), text).split('\r\n');
    expect(csv[0]?.endsWith('"Error","Notes used"')).toBe(true);
    expect(csv[1]?.endsWith('"",""')).toBe(true); // the plain reply had no notes
    expect(csv[2]?.endsWith('"","price-list.docx, 價目表; faq.pdf, p. 2"')).toBe(true);
    const html = reportHtml(data([result('a'), result('b', { notes })]), text);
    expect(html).toContain('<th>Notes used</th>');
    expect(html).toContain('<td>price-list.docx, 價目表; faq.pdf, p. 2</td>');
  });

  it('has no notes column when no reply had notes', () => {
    const csv = reportCsv(data([result('a')]), text);
    expect(csv).not.toContain('Notes used');
    expect(reportHtml(data([result('a')]), text)).not.toContain('Notes used');
  });
});
