// The name a pasted source gets when the user gives none: its first non-blank line, cut to a length that
// fits a source list (the main process requires a name of at most 200 characters).
const MAX = 80;

export function pasteName(text: string): string {
  const first = text.split(/\r\n?|\n/).find((line) => line.trim() !== '') ?? '';
  const line = first.trim().replace(/\s+/g, ' ');
  return line.length > MAX ? `${line.slice(0, MAX - 1)}…` : line;
}
