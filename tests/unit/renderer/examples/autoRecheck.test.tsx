// After an edit the Checks and Stats tabs catch up by themselves: once edits settle, the workspace asks
// main's worker for a new check and shows it (issue 17, point 2). Until then they say the figures are out
// of date. A burst of edits makes one check, not one per edit.
import { act, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../../renderer/features/examples/Workspace';
import { useProject } from '../../../../renderer/features/examples/state/projectStore';
import { fixPatch } from '../../../../shared/domain/projects/fixes';
import type { StoredReport } from '../../../../shared/domain/projects/types';
import { BRIDGE_GLOBAL, type Bridge } from '../../../../shared/ipc/bridge';
import { exampleOf, openProject, renderWithI18n } from './helpers';

const spread = (mean: number) => ({ min: mean, max: mean, mean, median: mean, p10: mean, p90: mean });
// A whole stats block: the open project's averages are published app-wide from it (openProject.ts).
const stats: StoredReport['stats'] = {
  messagesPerExample: spread(2),
  tokensPerExample: spread(30),
  assistantTokensPerExample: spread(20),
  tokenHistogram: [],
  examplesMissingSystem: 0,
  examplesMissingUser: 0,
  examplesOverLimit: 0,
};

const reportWith = (total: number, stale = false) =>
  ({
    issues: [],
    counts: {},
    truncated: [],
    issueCap: 1000,
    tokens: { total, billed: total, max: 30, assistantTotal: 20 },
    stats,
    epochs: { epochs: 3, mode: 'auto', reason: 'default' },
    estimatedCost: null,
    bytesRead: 0,
    checkedAt: '2026-01-01T00:00:00.000Z',
    stale,
  }) as unknown as StoredReport;

beforeEach(() => useProject.getState().closed());

describe('checks never silently stale', () => {
  it('checks again by itself once edits settle, once for a burst, and shows the new report', async () => {
    const examples = Array.from({ length: 10 }, (_, i) => exampleOf(i, `  question ${i}  `));
    openProject(examples, reportWith(100));
    const checks: unknown[] = [];
    const global = window as unknown as Record<string, Bridge>;
    const bridge = global[BRIDGE_GLOBAL] as Bridge;
    global[BRIDGE_GLOBAL] = {
      ...bridge,
      request: (async (route: string, input: unknown) => {
        if (route === 'examples.check') {
          checks.push(input);
          return { ok: true, data: reportWith(90) };
        }
        return bridge.request(route as never, input as never);
      }) as Bridge['request'],
    };
    await renderWithI18n(<Workspace />);
    expect(checks).toHaveLength(0); // nothing changed since the last check

    act(() => {
      useProject.getState().edit(fixPatch('trim_whitespace', useProject.getState().examples));
      useProject.getState().edit(fixPatch('drop_empty_examples', useProject.getState().examples));
    });
    expect(useProject.getState().meta?.report?.stale).toBe(true);
    await waitFor(() => expect(useProject.getState().meta?.report?.tokens.total).toBe(90), {
      timeout: 5_000,
    });
    expect(useProject.getState().meta?.report?.stale).toBe(false);
    expect(checks).toHaveLength(1);
    expect(screen.queryByText(/out of date/)).toBeNull();
  });
});
