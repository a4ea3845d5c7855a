// Main → renderer events, named in the past tense for what happened. Payloads carry data, never text.
import type { KeyStatus } from '../domain/keys';

export interface EventMap {
  'keys.changed': { keys: KeyStatus[] };
  'network.changed': { online: boolean };
  /** Examples page (issue 5): a running import or check moved on; `done`/`total` are bytes or examples. */
  'examples.progressed': { taskId: string; phase: 'import' | 'check'; done: number; total: number };
  'examples.finished': { taskId: string; phase: 'import' | 'check'; outcome: 'done' | 'cancelled' | 'failed' };
}

export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = [
  'keys.changed',
  'network.changed',
  'examples.progressed',
  'examples.finished',
];
