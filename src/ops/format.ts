import type { Gap } from '../store/queries/gaps.js';
import type { Report } from '../store/queries/report.js';
import type { OpsArgs } from './args.js';
import { bar, minute, percent, table } from './table.js';

/** The gap queue as a table; each gap's example wordings and comments on the lines under it. */
export function formatGaps(gaps: Gap[], args: OpsArgs): string {
  const period = args.period && args.period !== 'all' ? ` in the last ${args.period}` : '';
  if (gaps.length === 0) return `No gaps${period}: every question was answered in full and nobody gave a 👎.`;
  const rows = gaps.map((g) => [
    g.count,
    g.declined,
    g.partial,
    g.thumbsDown,
    minute(g.lastSeen),
    [
      g.key,
      ...g.examples.map((e) => `  “${oneLine(e)}”`),
      ...g.comments.map((c) => `  👎 ${oneLine(c)}`),
    ].join('\n'),
  ]);
  // Examples go on their own lines under the gap, indented to its column.
  const lines = table(
    ['asked', 'declined', 'partial', 'thumbs down', 'last seen (UTC)', 'about'],
    rows.map(firstLine),
    [true, true, true, true],
  ).split('\n');
  const indent = lines[0]?.indexOf('about') ?? 0;
  const out = [`Gaps${period}, most asked first (${gaps.length}):`, '', lines[0], lines[1]];
  for (const [i, row] of rows.entries()) {
    out.push(lines[i + 2]);
    for (const extra of String(row[5]).split('\n').slice(1)) out.push(' '.repeat(indent) + extra);
  }
  return out.join('\n');
}

const oneLine = (s: string) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 90 ? `${flat.slice(0, 89)}…` : flat;
};
const firstLine = (row: (string | number)[]) => row.map((c) => String(c).split('\n')[0] ?? '');

const counts = (rows: { name: string; count: number }[]) =>
  rows.length > 0 ? rows.map((r) => `${r.name} ${r.count}`).join(' · ') : '–';

/** Usage over a period: questions per day as bars, how they were answered, votes, what was asked. */
export function formatReport(report: Report, args: OpsArgs): string {
  const period = args.period && args.period !== 'all' ? `the last ${args.period}` : 'all time';
  if (report.total === 0) return `No questions recorded in ${period}.`;
  const out = [`Role bot usage, ${period}: ${report.total} question${report.total === 1 ? '' : 's'}`, ''];

  const busiest = Math.max(...report.perDay.map((d) => d.count));
  out.push(
    'Questions per day (UTC)',
    table(
      ['day', 'asked', ''],
      report.perDay.map((d) => [d.name, d.count, bar(d.count, busiest)]),
      [false, true],
    ),
    '',
  );

  const asked = report.answered + report.partial + report.declined;
  const shares: [string, number][] = [
    ['answered in full', report.answered],
    ['answered in part', report.partial],
    ['declined', report.declined],
  ];
  out.push(
    'How they were answered (help requests aside)',
    table(
      ['', 'asked', 'share', ''],
      shares.map(([name, n]) => [name, n, percent(n, asked), bar(n, asked)]),
      [false, true, true],
    ),
    '',
  );

  const votes = report.helpful + report.unhelpful;
  out.push(
    `Helpful: ${percent(report.helpful, votes)} of ${votes} vote${votes === 1 ? '' : 's'} (${report.helpful} 👍, ${report.unhelpful} 👎)`,
    `Help requests: ${report.help}`,
    `Where: ${counts(report.bySurface)}`,
    `Top roles: ${counts(report.topRoles)}`,
    `Top facets: ${counts(report.topFacets)}`,
    `Top topics: ${counts(report.topTopics)}`,
    `Expert requests: ${report.expertRequests.open} open, ${report.expertRequests.resolved} resolved`,
    '',
    formatGaps(report.topGaps, args),
  );
  return out.join('\n');
}
