import { describe, expect, it, vi } from 'vitest';
import { dedupeEvents, MemoryEventIds, RecentIds } from '../../src/slack/dedupe.js';
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

describe('dedupeEvents middleware', () => {
  const run = async (middleware: ReturnType<typeof dedupeEvents>, body: object, retryNum?: number) => {
    const next = vi.fn(async () => {});
    const logger = recordingLogger();
    await middleware({ body, context: { retryNum }, logger, next } as never);
    return { next, logger };
  };

  it('passes an event once and drops its retries', async () => {
    const middleware = dedupeEvents(new MemoryEventIds());
    const body = { type: 'event_callback', event_id: 'Ev1', event: { type: 'app_mention' } };
    expect((await run(middleware, body)).next).toHaveBeenCalledOnce();
    const retry = await run(middleware, body, 1);
    expect(retry.next).not.toHaveBeenCalled();
    expect(retry.logger.lines[0]?.text).toContain('Ev1');
    expect((await run(middleware, { ...body, event_id: 'Ev2' })).next).toHaveBeenCalledOnce();
  });

  it('answers a retry whose first delivery never arrived', async () => {
    const middleware = dedupeEvents(new MemoryEventIds());
    const body = { type: 'event_callback', event_id: 'Ev9', event: { type: 'app_mention' } };
    expect((await run(middleware, body, 2)).next).toHaveBeenCalledOnce();
  });

  it('leaves commands and actions alone (Slack does not retry them)', async () => {
    const middleware = dedupeEvents(new MemoryEventIds());
    const command = { command: '/role', text: 'cro' };
    expect((await run(middleware, command)).next).toHaveBeenCalledOnce();
    expect((await run(middleware, command)).next).toHaveBeenCalledOnce();
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
