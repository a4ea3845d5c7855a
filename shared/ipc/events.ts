// Main → renderer events, named in the past tense for what happened. Payloads carry data, never text.
import type { KeyStatus } from '../domain/keys';

export interface EventMap {
  'keys.changed': { keys: KeyStatus[] };
  'network.changed': { online: boolean };
}

export type EventName = keyof EventMap;
export const EVENT_NAMES: readonly EventName[] = ['keys.changed', 'network.changed'];
