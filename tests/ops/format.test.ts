import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/ops/args.js';
import { formatGaps, formatReport } from '../../src/ops/format.js';
import type { Gap } from '../../src/store/queries/gaps.js';
import type { Report } from '../../src/store/queries/report.js';

const gap: Gap = {
  key: 'sdr · compensation',
  count: 3,
  declined: 0,
  partial: 2,
  thumbsDown: 1,
  firstSeen: '2026-11-20T09:00:00.000Z',
  lastSeen: '2026-11-25T14:53:07.123Z',
  examples: ['how much does an sdr earn', 'SDR OTE?'],
  comments: ['no salary at all'],
};
const args = parseArgs([], 'usage', { since: '7d', limit: 20 });

describe('ops output', () => {
  it('reads its options, and says how to use it when they are wrong', () => {
    expect(parseArgs(['--json', '--since', '24h', '--limit', '3'], 'u', { limit: 20 })).toMatchObject({
      json: true,
      limit: 3,
      period: '24h',
    });
    expect(parseArgs(['--since', 'all'], 'u', { since: '30d', limit: 5 }).since).toBeUndefined();
    expect(() => parseArgs(['--since', 'soon'], 'Usage: x', { limit: 1 })).toThrow(/Usage: x/);
    expect(() => parseArgs(['--limit', '0'], 'Usage: x', { limit: 1 })).toThrow(/--limit/);
    expect(() => parseArgs(['--nope'], 'Usage: x', { limit: 1 })).toThrow(/Unknown option --nope/);
  });

  it('lists gaps as an aligned table with their wordings underneath', () => {
    const text = formatGaps([gap], args);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Gaps in the last 7d, most asked first (1):');
    const about = lines[2]?.indexOf('about') ?? -1;
    expect(lines[4]?.indexOf('sdr · compensation')).toBe(about);
    expect(text).toContain('2026-11-25 14:53');
    expect(text).toContain('“SDR OTE?”');
    expect(text).toContain('👎 no salary at all');
    expect(formatGaps([], args)).toMatch(/^No gaps in the last 7d/);
  });

  it('reports shares and bars for a period', () => {
    const report: Report = {
      total: 10,
      perDay: [
        { name: '2026-11-24', count: 4 },
        { name: '2026-11-25', count: 6 },
      ],
      bySurface: [{ name: 'slash', count: 10 }],
      answered: 6,
      partial: 2,
      declined: 1,
      help: 1,
      helpful: 3,
      unhelpful: 1,
      topRoles: [{ name: 'cro', count: 5 }],
      topFacets: [{ name: 'compensation', count: 2 }],
      topTopics: [],
      topGaps: [gap],
      expertRequests: { open: 1, resolved: 2 },
    };
    const text = formatReport(report, args);
    expect(text).toContain('Role bot usage, the last 7d: 10 questions');
    expect(text).toMatch(/2026-11-25\s+6\s+█+/);
    expect(text).toMatch(/answered in full\s+6\s+67%/);
    expect(text).toContain('Helpful: 75% of 4 votes (3 👍, 1 👎)');
    expect(text).toContain('Expert requests: 1 open, 2 resolved');
    expect(formatReport({ ...report, total: 0 }, args)).toBe('No questions recorded in the last 7d.');
  });
});
