import { describe, expect, it } from 'vitest';
import { expectValidMessages } from './flows.js';
import { useHarness } from './harness.js';
import { pool } from './pool.js';

const TOTAL = 200;
const CONCURRENCY = 20;
const QUESTIONS = [
  'cro',
  'cso vs cro',
  'what does an sdr do?',
  'vp of sales salary',
  'help',
  'sales manager skills',
];

describe('a burst of slash commands', () => {
  const h = useHarness();

  it(`acks and answers all ${TOTAL}, ${CONCURRENCY} at a time`, async () => {
    const acks = await pool(TOTAL, CONCURRENCY, (i) =>
      h.fake.command(h.events, QUESTIONS[i % QUESTIONS.length] ?? '', `burst-${i}`),
    );
    expect(acks.every((a) => a.status === 200)).toBe(true);

    // Every answer came in its ack: nothing went through a response_url.
    expect(h.fake.responses.every((r) => r.via === 'ack')).toBe(true);
    const ids = new Set(h.fake.responses.map((r) => r.id));
    expect(ids.size).toBe(TOTAL);
    for (let i = 0; i < TOTAL; i++) expect(ids.has(`burst-${i}`)).toBe(true);
    expect(h.fake.responses.every((r) => r.body.response_type === 'ephemeral')).toBe(true);
    expectValidMessages(h.fake);
    expect(h.logs.filter((l) => l.level === 'error')).toEqual([]);
  });
});
