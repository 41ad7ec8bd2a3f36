/**
 * `npm run kb:check`: everything a knowledge owner needs to know after an edit, each problem at its
 * file, line and column. It wires the loader (structure, references) to the engine (every name
 * must lead to its role) and to the source documents (every figure must be in a cited source), so
 * that src/knowledge never has to reach up into src/answer.
 */
import { createAnswerer } from './answer/index.js';
import { unreachableNames } from './answer/name-check.js';
import { checkAgainstSources } from './knowledge/figures.js';
import { checkKnowledge, formatProblem, knowledgeDir, type Problem } from './knowledge/load.js';
import type { PathKey } from './knowledge/positions.js';
import { overdueEntries, reviewInterval } from './knowledge/review.js';
import { FACETS } from './knowledge/schema.js';
import { summarise } from './knowledge/summary.js';

export interface CheckReport {
  problems: Problem[];
  /** Entries due for review: listed, but they do not fail the check. */
  overdue: Problem[];
  notes: string[];
  summary?: string;
}

/** Runs every check on `dir`; further checks run only on a knowledge base that loads. */
export function checkAll(dir: string = knowledgeDir(), today: Date = new Date()): CheckReport {
  const { kb, problems, locate } = checkKnowledge(dir);
  if (!kb) return { problems, overdue: [], notes: [] };
  const overdue = overdueEntries(kb, today, reviewInterval()).map(({ entry, age, interval }) => ({
    ...locate(entry, ['reviewed']),
    message: `${'name' in entry ? entry.name : 'title' in entry ? entry.title : entry.id} (${entry.owner}): reviewed ${entry.reviewed}, ${age} days ago (every ${interval} days)`,
  }));
  const names = unreachableNames(kb, createAnswerer(kb)).map((m) => ({
    ...locate(m.role, m.path),
    message: m.message,
  }));
  const sources = checkAgainstSources(kb, locate);
  const todo = [...kb.roles, ...kb.comparisons, ...kb.topics].flatMap((entry) =>
    [...placeholders(entry, [])].map((path) => ({
      ...locate(entry, path),
      message: 'still a placeholder (TODO): write it, or remove it',
    })),
  );
  return {
    problems: [...todo, ...names, ...sources.problems],
    overdue,
    notes: sources.note ? [sources.note] : [],
    summary: summarise(kb, FACETS),
  };
}

/** Paths of the strings a skeleton left to write (they start with "TODO"). */
function* placeholders(value: unknown, path: PathKey[]): Generator<PathKey[]> {
  if (typeof value === 'string') {
    if (/^TODO\b/.test(value)) yield path;
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* placeholders(v, [...path, i]);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) yield* placeholders(v, [...path, k]);
  }
}

export function formatReport({ problems, overdue, notes, summary }: CheckReport): string {
  const lines = problems.map(formatProblem);
  if (problems.length > 0) {
    lines.push(
      '',
      `${problems.length} problem${problems.length === 1 ? '' : 's'}: fix ${problems.length === 1 ? 'it' : 'them'} and run npm run kb:check again.`,
    );
  } else if (summary) {
    lines.push(summary);
  }
  if (overdue.length > 0) {
    lines.push(
      '',
      `Due for review (${overdue.length}): check these against their sources, then update \`reviewed\`.`,
    );
    lines.push(...overdue.map((o) => `  ${formatProblem(o)}`));
  }
  if (notes.length > 0) lines.push('', ...notes);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = checkAll();
  const out = formatReport(report);
  if (report.problems.length > 0) {
    console.error(out);
    process.exitCode = 1;
  } else {
    console.log(out);
  }
}
