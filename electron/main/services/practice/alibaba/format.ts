// The text shapes Model Studio uses: zone-less local times, `ft-yyyyMMddHHmm-xxxx` job ids, UUIDs for
// requests and files, and Python's repr of a dict for training log lines.
import { randomBytes, randomUUID } from 'node:crypto';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function localParts(ms: number, offsetMinutes: number) {
  const d = new Date(ms + offsetMinutes * 60_000);
  return {
    y: d.getUTCFullYear(),
    mo: pad(d.getUTCMonth() + 1),
    d: pad(d.getUTCDate()),
    h: pad(d.getUTCHours()),
    mi: pad(d.getUTCMinutes()),
    s: pad(d.getUTCSeconds()),
  };
}

/** `"2024-03-26 14:51:10"`: job times, local, no zone. */
export function jobTime(ms: number, offsetMinutes: number): string {
  const p = localParts(ms, offsetMinutes);
  return `${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi}:${p.s}`;
}

/** `"2025-06-17T11:00:38"`: deployment times, ISO-like, no zone. */
export function deploymentTime(ms: number, offsetMinutes: number): string {
  const p = localParts(ms, offsetMinutes);
  return `${p.y}-${p.mo}-${p.d}T${p.h}:${p.mi}:${p.s}`;
}

/** `ft-202410291653-1c7f`. */
export function newJobId(ms: number, offsetMinutes: number): string {
  const p = localParts(ms, offsetMinutes);
  return `ft-${p.y}${p.mo}${p.d}${p.h}${p.mi}-${randomBytes(2).toString('hex')}`;
}

export const newRequestId = (): string => randomUUID();
export const newHex = (bytes: number): string => randomBytes(bytes).toString('hex');

/** Python's `repr(float)`: `3.0`, `0.9123`, `1.6e-05`. */
export function pythonFloat(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : value < 0 ? '-inf' : 'nan';
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return `${value}.0`;
  const abs = Math.abs(value);
  if (abs !== 0 && (abs < 1e-4 || abs >= 1e16)) {
    const [mantissa = '', exponent = '0'] = value.toExponential().split('e');
    const sign = exponent.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  return String(value);
}

export type PythonValue = number | string | { int: number };

/** `{'train_loss': 0.91, 'epoch': 0.86}`: the Python-dict text the real training logs contain. */
export function pythonDict(entries: ReadonlyArray<[string, PythonValue]>): string {
  const value = (v: PythonValue) =>
    typeof v === 'number' ? pythonFloat(v) : typeof v === 'string' ? `'${v}'` : String(v.int);
  return `{${entries.map(([k, v]) => `'${k}': ${value(v)}`).join(', ')}}`;
}
