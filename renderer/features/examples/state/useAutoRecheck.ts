// Checks, statistics and costs are never silently stale: once a project has been checked, any edit (a
// typed change, a one-click fix, "one system prompt for all", an undo) marks the report out of date, and
// this hook checks again by itself in the worker once the edits have settled, so the Checks and Stats
// tabs catch up within about a second for 10,000 examples instead of waiting for "Check examples"
// (seen: fixed problems still listed; 2 messages per example, 6,186 tokens and $0.09 shown until the
// button was pressed again, then 3, 9,354 and $0.14). Until the new report arrives the tabs say "out of
// date, updating" (report.stale). A result for examples that changed again meanwhile is dropped: the
// next round checks the newer examples.
import { useEffect } from 'react';
import { request } from '../../../ipc/client';
import { patchesSettled, useProject } from './projectStore';
import { newTaskId } from './useTaskProgress';

/** Quiet time after the last edit before checking again (typing keeps pushing it back). */
export const RECHECK_AFTER_MS = 600;

export function useAutoRecheck(): void {
  const projectId = useProject((s) => s.meta?.id ?? null);
  const stale = useProject((s) => s.meta?.report?.stale === true);
  const loading = useProject((s) => s.loading !== null && s.loading !== undefined);
  const examples = useProject((s) => s.examples);

  useEffect(() => {
    if (!projectId || !stale || loading) return;
    let cancelled = false;
    let taskId: string | null = null;
    const timer = setTimeout(() => {
      void (async () => {
        await patchesSettled(); // main must hold every edit before it checks
        const checked = useProject.getState().examples;
        if (cancelled || checked !== examples) return;
        taskId = newTaskId('recheck');
        const result = await request('examples.check', { projectId, taskId });
        taskId = null;
        const now = useProject.getState();
        if (cancelled || !result.ok || now.meta?.id !== projectId || now.examples !== checked) return;
        now.reportChanged(result.data);
      })();
    }, RECHECK_AFTER_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      if (taskId) void request('examples.cancel', { taskId });
    };
  }, [projectId, stale, loading, examples]);
}
