import { describe, expect, it } from 'vitest';
import { isRedelivery, MemoryEventIds, RecentIds } from '../../src/slack/dedupe.js';
import { SharedSeenOnce } from '../../src/slack/seen-once.js';
import { recordingLogger } from './fakes.js';

describe('RecentIds', () => {
  it('reports an id seen before', () => {
    const ids = new RecentIds(10);
    expect(ids.seen('a')).toBe(false);
    expect(ids.seen('a')).toBe(true);
    expect(ids.seen('b')).toBe(false);
  });

  it('forgets the oldest ids beyond its capacity', () => {
    const ids = new RecentIds(3);
    for (const id of ['a', 'b', 'c', 'd']) ids.seen(id);
    expect(ids.size).toBe(3);
    expect(ids.seen('a')).toBe(false); // forgotten, so new again
    expect(ids.seen('d')).toBe(true);
  });
});

describe('isRedelivery', () => {
  const run = async (seen: MemoryEventIds, body: object, retryNum?: number) => {
    const logger = recordingLogger();
    const dropped = await isRedelivery(seen, { body, context: { retryNum }, logger } as never);
    return { dropped, logger };
  };

  it('passes an event once and drops its retries', async () => {
    const seen = new MemoryEventIds();
    const body = { type: 'event_callback', event_id: 'Ev1', event: { type: 'app_mention' } };
    expect((await run(seen, body)).dropped).toBe(false);
    const retry = await run(seen, body, 1);
    expect(retry.dropped).toBe(true);
    expect(retry.logger.lines[0]?.text).toContain('Ev1');
    expect((await run(seen, { ...body, event_id: 'Ev2' })).dropped).toBe(false);
  });

  it('answers a retry whose first delivery never arrived', async () => {
    const seen = new MemoryEventIds();
    const body = { type: 'event_callback', event_id: 'Ev9', event: { type: 'app_mention' } };
    expect((await run(seen, body, 2)).dropped).toBe(false);
  });

  it('leaves commands and actions alone (Slack does not retry them)', async () => {
    const seen = new MemoryEventIds();
    const command = { command: '/role', text: 'cro' };
    expect((await run(seen, command)).dropped).toBe(false);
    expect((await run(seen, command)).dropped).toBe(false);
  });
});

describe('SharedSeenOnce: this instance first, then the database', () => {
  const until = Date.now() + 60_000;
  const sharedSet = () => {
    const ids = new Set<string>();
    return {
      calls: 0,
      async firstSight(id: string) {
        this.calls++;
        if (ids.has(id)) return false;
        ids.add(id);
        return true;
      },
    };
  };

  it('lets one of two instances take an id, and spares the database a copy this instance has had', async () => {
    const shared = sharedSet();
    const problems: string[] = [];
    const a = new SharedSeenOnce(shared, new MemoryEventIds(), (m) => problems.push(m));
    const b = new SharedSeenOnce(shared, new MemoryEventIds(), (m) => problems.push(m));
    expect(await a.firstSight('Ev1', until)).toBe(true);
    expect(await b.firstSight('Ev1', until)).toBe(false);
    expect(await a.firstSight('Ev1', until)).toBe(false);
    expect(shared.calls).toBe(2);
    expect(problems).toEqual([]);
  });

  it('goes on, on its own memory, when the database fails or is too slow, and says so', async () => {
    const problems: string[] = [];
    const down = { firstSight: async () => Promise.reject(new Error('connection refused')) };
    const hung = { firstSight: () => new Promise<boolean>(() => {}) };
    const a = new SharedSeenOnce(down, new MemoryEventIds(), (m) => problems.push(m));
    const b = new SharedSeenOnce(hung, new MemoryEventIds(), (m) => problems.push(m), 20);
    expect(await a.firstSight('Ev1', until)).toBe(true);
    expect(await a.firstSight('Ev1', until)).toBe(false);
    expect(await b.firstSight('Ev2', until)).toBe(true);
    expect(problems).toEqual([
      expect.stringContaining('connection refused'),
      expect.stringContaining('no answer within 20 ms'),
    ]);
    // Reported once a minute, not once per request.
    for (const id of ['Ev3', 'Ev4', 'Ev5']) expect(await a.firstSight(id, until)).toBe(true);
    expect(problems).toHaveLength(2);
  });
});
