// Tells main that a job view is showing an unfinished run, so main looks at a running job every few
// seconds (the step and chart move smoothly; "Finished" shows within 5 s) instead of backing off to a
// minute. Hidden windows and closed views unwatch: nobody sees the step there, so the backoff returns.
import { useEffect } from 'react';
import { request } from '../../../ipc/client';

export function useWatchRun(runId: string, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let watching = false;
    const tell = (next: boolean) => {
      if (next === watching) return;
      watching = next;
      void request('jobs.watch', { runId, watching: next });
    };
    const onVisibility = () => tell(document.visibilityState === 'visible');
    onVisibility();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      tell(false);
    };
  }, [runId, active]);
}
