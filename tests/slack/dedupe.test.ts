import { describe, expect, it, vi } from 'vitest';
import { dedupeEvents, RecentIds } from '../../src/slack/dedupe.js';
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
    const middleware = dedupeEvents(new RecentIds());
    const body = { type: 'event_callback', event_id: 'Ev1', event: { type: 'app_mention' } };
    expect((await run(middleware, body)).next).toHaveBeenCalledOnce();
    const retry = await run(middleware, body, 1);
    expect(retry.next).not.toHaveBeenCalled();
    expect(retry.logger.lines[0]?.text).toContain('Ev1');
    expect((await run(middleware, { ...body, event_id: 'Ev2' })).next).toHaveBeenCalledOnce();
  });

  it('answers a retry whose first delivery never arrived', async () => {
    const middleware = dedupeEvents(new RecentIds());
    const body = { type: 'event_callback', event_id: 'Ev9', event: { type: 'app_mention' } };
    expect((await run(middleware, body, 2)).next).toHaveBeenCalledOnce();
  });

  it('leaves commands and actions alone (Slack does not retry them)', async () => {
    const middleware = dedupeEvents(new RecentIds());
    const command = { command: '/role', text: 'cro' };
    expect((await run(middleware, command)).next).toHaveBeenCalledOnce();
    expect((await run(middleware, command)).next).toHaveBeenCalledOnce();
  });
});
