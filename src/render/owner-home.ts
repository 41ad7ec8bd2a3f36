import type { Report } from '../store/queries/report.js';
import { button, header, mrkdwnSection } from './blocks.js';
import { escapeMrkdwn, truncate } from './escape.js';

export const RESOLVE_GAP = 'resolve_gap';

const percent = (part: number, whole: number) => (whole > 0 ? `${Math.round((100 * part) / whole)}%` : '–');

/**
 * The App Home section only knowledge owners see: the week's figures and the top gaps, each with
 * "Mark resolved" (it comes back if people ask it again).
 */
export function ownerSection(report: Report, days: number) {
  const asked = report.answered + report.partial + report.declined;
  const votes = report.helpful + report.unhelpful;
  const figures = [
    `*${report.total}* question${report.total === 1 ? '' : 's'}`,
    `answered ${percent(report.answered, asked)}`,
    `partly ${percent(report.partial, asked)}`,
    `declined ${percent(report.declined, asked)}`,
    `helpful ${percent(report.helpful, votes)} of ${votes} vote${votes === 1 ? '' : 's'}`,
  ].join(' · ');
  const blocks: object[] = [
    { type: 'divider' },
    header(`For knowledge owners: the last ${days} days`),
    mrkdwnSection(figures),
  ];
  if (report.topGaps.length === 0) {
    blocks.push(
      mrkdwnSection('No gaps: every question was answered in full, and nobody said an answer missed.'),
    );
    return blocks;
  }
  blocks.push(mrkdwnSection('*Top gaps* (declined, partial or 👎), most asked first:'));
  for (const gap of report.topGaps) {
    const kinds = [
      gap.declined ? `${gap.declined} declined` : '',
      gap.partial ? `${gap.partial} partial` : '',
      gap.thumbsDown ? `${gap.thumbsDown} 👎` : '',
    ].filter(Boolean);
    const lines = [`*${escapeMrkdwn(gap.key)}*: ${gap.count}× (${kinds.join(', ')})`];
    for (const e of gap.examples.slice(0, 2)) lines.push(`> ${escapeMrkdwn(truncate(e, 200))}`);
    for (const c of gap.comments.slice(0, 1)) lines.push(`_“${escapeMrkdwn(truncate(c, 200))}”_`);
    blocks.push({
      ...mrkdwnSection(lines.join('\n')),
      accessory: button('Mark resolved', RESOLVE_GAP, gap.key),
    });
  }
  return blocks;
}

/** Said in place of the figures when the database does not answer in time. */
export const ownerSectionUnavailable = () => [
  { type: 'divider' },
  header('For knowledge owners'),
  mrkdwnSection(
    'The figures are unavailable right now (the database did not answer). Open the tab again later.',
  ),
];
