// Progress of one long task in main (import or check), from the examples.progressed events, plus cancel.
import { useCallback, useEffect, useRef, useState } from 'react';
import { onEvent, request } from '../../../ipc/client';

export const newTaskId = (prefix: string) => {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
};

export function useTaskProgress() {
  const [taskId, setTaskId] = useState<string | null>(null);
  const [percent, setPercent] = useState(0);
  const current = useRef<string | null>(null);

  useEffect(
    () =>
      onEvent('examples.progressed', (p) => {
        if (p.taskId === current.current && p.total > 0)
          setPercent(Math.min(100, Math.round((p.done / p.total) * 100)));
      }),
    [],
  );

  /** Runs `work` under a fresh task id; progress resets and ends with it. */
  const run = useCallback(async <T>(prefix: string, work: (taskId: string) => Promise<T>): Promise<T> => {
    const id = newTaskId(prefix);
    current.current = id;
    setTaskId(id);
    setPercent(0);
    try {
      return await work(id);
    } finally {
      current.current = null;
      setTaskId(null);
    }
  }, []);

  const cancel = useCallback(() => {
    if (current.current) void request('examples.cancel', { taskId: current.current });
  }, []);

  return { running: taskId !== null, percent, run, cancel };
}
