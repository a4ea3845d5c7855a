import { describe, expect, it } from 'vitest';
import {
  csvField,
  escapeHtml,
  reportCsv,
  reportHtml,
  type ReportData,
  type ReportText,
} from '../../../shared/domain/tryout';

const text: ReportText = {
  title: 'Report <b>',
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
  setupLabels: { a: 'A "fine-tuned"' },
};
const hostile = [
  '=HYPERLINK("http://evil.example","x")',
  '+1+1',
  '-2+3',
  '@SUM(A1)',
  '\tTAB',
  '<script>alert(1)</script><img src=x onerror=alert(2)>',
  'it\'s "quoted", with, commas\nand lines',
];
const data: ReportData = {
  createdAt: '2026-11-26T04:00:00Z',
  setups: [
    {
      id: 'a',
      kind: 'fine-tuned',
      model: 'ft:x',
      systemPrompt: '',
      fewShotCount: 0,
      temperature: 1,
      maxTokens: null,
    },
  ],
  cases: hostile.map((q, index) => ({
    index,
    exampleId: `e${index}`,
    system: null,
    question: q,
    expected: q,
  })),
  results: hostile.map((q, caseIndex) => ({
    caseIndex,
    setupId: 'a',
    text: q,
    error: null,
    judge: null,
    scores: { exact: true, validJson: null, similarity: 1 },
    figures: {
      promptTokens: 10,
      replyTokens: 5,
      firstTokenMs: 1,
      totalMs: 2,
      cost: 0.000009,
      currency: 'USD' as const,
      costBasis: null,
      noCost: null,
      costFormula: '',
      price: null,
    },
  })),
  totals: [],
};

describe('CSV export', () => {
  it('defuses every formula start and quotes text per RFC 4180', () => {
    expect(csvField('=1+1')).toBe(`"'=1+1"`);
    expect(csvField('+1')).toBe(`"'+1"`);
    expect(csvField('-1')).toBe(`"'-1"`);
    expect(csvField('@x')).toBe(`"'@x"`);
    expect(csvField('\tx')).toBe(`"'\tx"`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvField(-3)).toBe('-3'); // numbers we computed stay numbers
    expect(csvField(null)).toBe('');
  });

  it('has no cell that a spreadsheet would start evaluating', () => {
    const csv = reportCsv(data, text);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    // Every text field is quoted, so a field starts with `"`; inside, no formula character comes first.
    const fieldStarts = [...csv.matchAll(/(?:^|,|\r\n)"([^"]?)/g)].map((m) => m[1]);
    expect(fieldStarts.filter((c) => c !== undefined && /[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csv).toContain('"A ""fine-tuned"""');
  });
});

describe('HTML export', () => {
  const html = reportHtml(data, text);

  it('escapes all text: no tag, attribute or entity from the data survives', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;',
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('<title>Report &lt;b&gt;</title>');
  });

  it('is standalone and locked: its own CSP forbids scripts and network, and it loads nothing', () => {
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).not.toMatch(/<[a-z][^>]*\s(src|href)=/i);
  });
});
