/** Text tables and bars for the terminal: numbers right-aligned, text left-aligned. */
export function table(head: string[], rows: (string | number)[][], rightAligned: boolean[] = []): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, c) => Math.max(...cells.map((r) => width(r[c] ?? ''))));
  const line = (r: string[]) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat((widths[c] ?? 0) - width(cell));
        return rightAligned[c] ? pad + cell : c === r.length - 1 ? cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(cells[0] ?? []), line(widths.map((w) => '─'.repeat(w))), ...cells.slice(1).map(line)].join(
    '\n',
  );
}

/** A bar of `value` against `max`, `size` characters at most, with eighths for the last cell. */
export function bar(value: number, max: number, size = 24): string {
  if (max <= 0 || value <= 0) return '';
  const eighths = Math.max(1, Math.round((value / max) * size * 8));
  return '█'.repeat(Math.floor(eighths / 8)) + (eighths % 8 ? (' ▏▎▍▌▋▊▉'[eighths % 8] ?? '') : '');
}

export const percent = (part: number, whole: number) =>
  whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–';

/** "2026-11-25T14:53:07.123Z" → "2026-11-25 14:53" (UTC). */
export const minute = (iso: string) => iso.slice(0, 16).replace('T', ' ');

// Emoji and other wide characters take two columns in a terminal.
const width = (s: string) => [...s].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) > 0x2fff ? 2 : 1), 0);
