// A small structured logger whose every line passes through redactSecrets. Main-process code logs codes
// and ids, never payloads; this is the last net for anything that slips through.
import { redactSecrets } from './redact';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
export type LogSink = (line: string) => void;

export interface Logger {
  log(level: LogLevel, event: string, fields?: Record<string, unknown>): void;
}

export function createLogger(sink: LogSink, knownSecrets: () => readonly string[] = () => []): Logger {
  return {
    log(level, event, fields = {}) {
      const line = JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }, errorReplacer);
      sink(redactSecrets(line, knownSecrets()));
    },
  };
}

function errorReplacer(_key: string, value: unknown): unknown {
  // Errors are logged by name and message only: stacks stay out of files a user may attach to a report.
  return value instanceof Error ? { name: value.name, message: value.message } : value;
}

export const silentLogger: Logger = { log() {} };
