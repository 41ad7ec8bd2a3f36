import { messages } from '../answer/messages.js';
import type { Answer, Line, Section, Table } from '../answer/types.js';
import { sourceName } from './blocks.js';

/** Width when the output is not a terminal (piped, redirected). */
export const PIPED_WIDTH = 80;
/** A short answer: the first sections and lines answer the question; the rest is one line away. */
const MAX_SECTIONS = 2;
const MAX_LINES = 3;
const MAX_POINTS = 4;
const MAX_SOURCES = 2;
const MAX_TRY = 3;

/**
 * Wraps each line of `text` to `width` columns: words move to the next line, a bullet's or a
 * number's continuation lines are indented under its text, and a word longer than a line is cut.
 * No line of the result is longer than `width`.
 */
export function wrap(text: string, width: number): string {
  const w = Math.max(20, Math.floor(width));
  return text
    .split('\n')
    .flatMap((line) => wrapLine(line, w))
    .join('\n');
}

function wrapLine(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  // "  - text", "  12. text", "(text": continuation lines start under the text.
  const lead = line.match(/^(\s*(?:[-•*]|\d+\.)\s+|\s*)/)?.[0] ?? '';
  const hang = ' '.repeat(Math.min(lead.length, Math.floor(width / 2)));
  const out: string[] = [];
  let current = lead;
  let empty = true;
  for (const word of line.slice(lead.length).split(/\s+/).filter(Boolean)) {
    const pieces = chop(word, width - hang.length);
    for (const piece of pieces) {
      const joined = empty ? `${current}${piece}` : `${current} ${piece}`;
      if (joined.length <= width) {
        current = joined;
        empty = false;
      } else {
        out.push(current.trimEnd());
        current = `${hang}${piece}`;
        empty = false;
      }
    }
  }
  out.push(current.trimEnd());
  return out;
}

/** A word longer than the room a line has, in pieces that fit. */
const chop = (word: string, room: number): string[] => {
  const size = Math.max(1, room);
  if (word.length <= size) return [word];
  const parts: string[] = [];
  for (let i = 0; i < word.length; i += size) parts.push(word.slice(i, i + size));
  return parts;
};

/**
 * An answer for the terminal: short, the first lines answering the question. At most four points
 * in two sections, a line saying how much was left out, the first two sources and how many more, and
 * three questions to try next; the help in full, describing the terminal rather than Slack.
 * Wrapped to `width`.
 */
export function toTerminalText(answer: Answer, width = PIPED_WIDTH): string {
  const m = messages(answer.lang);
  const help = answer.kind === 'help';
  const out = [answer.title, '='.repeat(Math.min(answer.title.length, width))];
  if (answer.assumed) out.push(`(${answer.assumed.about}, ${m.earlier.conversation})`);
  const intro = help ? m.terminal.helpIntro : answer.intro;
  if (intro) out.push(intro);

  const shown = help ? answer.sections : answer.sections.slice(0, MAX_SECTIONS);
  let left = answer.sections.slice(shown.length).reduce((n, s) => n + s.lines.length, 0);
  let room = help ? Number.POSITIVE_INFINITY : MAX_POINTS;
  shown.forEach((whole, i) => {
    const row = i < (answer.table?.sections ?? 0) ? answer.table?.rows[i] : undefined;
    const section = row ? roleByRole(whole, row.cells) : whole;
    const lines = help ? section.lines : section.lines.slice(0, Math.min(pointsFor(row), room));
    room -= lines.length;
    if (lines.length === 0) {
      left += section.lines.length;
      return;
    }
    left += section.lines.length - lines.length;
    out.push('');
    if (section.heading) out.push(section.heading);
    out.push(...bullets(help ? terminalExamples(section, m.headings.try) : { ...section, lines }));
  });
  if (left > 0) out.push(m.terminal.more(left));

  const closing: string[] = [];
  if (answer.sources.length > 0) {
    const reviewed = answer.reviewed ? `. ${m.reviewed(answer.reviewed)}` : '';
    const names = answer.sources.slice(0, MAX_SOURCES).map(sourceName);
    const others = answer.sources.length - names.length;
    if (others > 0) names.push(m.terminal.moreSources(others));
    closing.push(`${m.sources}: ${names.join('; ')}${reviewed}`);
  }
  if (answer.missing?.length) closing.push(`${m.missing}: ${answer.missing.join(', ')}`);
  const next = answer.followUps.slice(0, MAX_TRY);
  if (next.length > 0) closing.push(`${m.tryAsking}: ${next.map((f) => `"${f.question}"`).join(', ')}`);
  if (closing.length > 0) out.push('', ...closing);
  return wrap(out.join('\n'), width);
}

/**
 * A section a comparison's table stands for holds each role's lines one role after the other; taken
 * role by role instead (each role's first line, then each one's second), so cutting it short keeps
 * every role compared: "which of them earns more?" shows both salaries, not three lines of the first.
 */
function roleByRole(section: Section, cells: Line[][]): Section {
  if (cells.reduce((n, c) => n + c.length, 0) !== section.lines.length) return section;
  const starts = cells.map((_c, i) => cells.slice(0, i).reduce((n, c) => n + c.length, 0));
  const lines: Line[] = [];
  for (let depth = 0; lines.length < section.lines.length; depth++)
    cells.forEach((cell, i) => {
      const line = depth < cell.length ? section.lines[(starts[i] ?? 0) + depth] : undefined;
      if (line) lines.push(line);
    });
  return { ...section, lines };
}

/** How many points a section may show: for a table row, the same number for every role compared. */
const pointsFor = (row: Table['rows'][number] | undefined) =>
  row && row.cells.length > 1
    ? Math.max(row.cells.length, Math.floor(MAX_POINTS / row.cells.length) * row.cells.length)
    : MAX_LINES;

const bullets = (section: Section) =>
  section.lines.map(
    (line, i) =>
      `  ${section.numbered ? `${i + 1}.` : '-'} ${line.label ? `${line.label}: ` : ''}${line.text}`,
  );

/** The help's examples are slash commands in Slack; in the terminal they are just typed. */
const terminalExamples = (section: Section, tryHeading: string): Section =>
  section.heading === tryHeading
    ? { ...section, lines: section.lines.map((l) => ({ ...l, text: l.text.replace(/^\/role\s+/, '') })) }
    : section;
