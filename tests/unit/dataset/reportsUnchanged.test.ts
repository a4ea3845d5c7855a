// Performance work on the checker must not change what it reports (issue 19): every fixture's report,
// as JSON, is byte-identical to the stored copy written before that work (corpusReports.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { corpusReports, STORED_REPORTS } from './corpusReports';

describe('reports on the fixture corpus', () => {
  it('are byte-identical to the stored reports', { timeout: 120_000 }, async () => {
    const stored = JSON.parse(readFileSync(STORED_REPORTS, 'utf8')) as Record<string, string>;
    const now = await corpusReports();
    expect(Object.keys(now).sort()).toEqual(Object.keys(stored).sort());
    expect(Object.keys(now).length).toBeGreaterThan(80);
    for (const [name, report] of Object.entries(now)) expect(report, name).toBe(stored[name]);
  });
});
