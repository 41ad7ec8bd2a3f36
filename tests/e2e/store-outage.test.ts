import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryEventIds } from '../../src/slack/dedupe.js';
import { Loop } from '../../src/slack/loop.js';
import { MemoryReplayGuard } from '../../src/slack/replay-guard.js';
import { SharedSeenOnce } from '../../src/slack/seen-once.js';
import type { StoreLocation } from '../../src/store/connect.js';
import { Store } from '../../src/store/store.js';
import { BACKENDS } from '../store/backends.js';
import { TcpProxy } from '../store/tcp-proxy.js';
import { useHarness } from './harness.js';
import { pool } from './pool.js';
import { commandBody, sendSigned } from './sign.js';

const TOTAL = 200;
const CONCURRENCY = 20;

/** Takes a database away and gives it back: a lock held on the SQLite file, or a cut TCP link to PostgreSQL. */
interface Outage {
  location: StoreLocation;
  begin(): void;
  end(): void;
  close(): Promise<void>;
}

async function outageFor(location: StoreLocation): Promise<Outage> {
  if (location.kind === 'sqlite') {
    const other = new Database(location.path);
    return {
      location,
      begin: () => other.exec('BEGIN EXCLUSIVE'),
      end: () => other.exec('COMMIT'),
      close: async () => {
        other.close();
      },
    };
  }
  const target = new URL(location.url);
  const proxy = await new TcpProxy(target.hostname, Number(target.port || 5432)).start();
  target.host = `127.0.0.1:${proxy.port}`;
  return {
    location: { kind: 'postgres', url: target.toString() },
    begin: () => proxy.cut(),
    end: () => proxy.restore(),
    close: () => proxy.stop(),
  };
}

describe.each(BACKENDS)('the database going away during a burst, on $name', (backend) => {
  let store: Store;
  let outage: Outage;
  let drop: () => Promise<void>;
  const problems: string[] = [];
  const h = useHarness(async () => {
    const db = await backend.fresh();
    drop = db.drop;
    // Migrate directly, then serve through the outage switch.
    await (await Store.open({ location: db.location })).close();
    outage = await outageFor(db.location);
    store = await Store.open({
      location: outage.location,
      buffer: { delayMs: 5, maxBackoffMs: 200 },
      onProblem: (m) => problems.push(m),
    });
    // Wired as main.ts wires an instance on a database: claims and readiness go through it too.
    const warn = (m: string) => problems.push(m);
    return {
      loop: new Loop({ store }),
      eventIds: new SharedSeenOnce(store.seenOnce('events'), new MemoryEventIds(), warn),
      replayGuard: new SharedSeenOnce(store.seenOnce('signatures'), new MemoryReplayGuard(), warn),
      readiness: { knowledge: () => 'ok', database: store },
    };
  });
  afterAll(async () => {
    await store.close();
    await outage.close();
    await drop();
  });

  it(`acks and answers all ${TOTAL} commands; the records wait and are written once it is back`, async () => {
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
    outage.begin();
    if (backend.name === 'postgres') {
      // Out of the balancer's rotation while the database is away, but alive. (A locked SQLite
      // file still answers reads, so it stays ready.)
      const health = await fetch(`${h.base}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({
        checks: { database: expect.stringContaining('unreachable') },
      });
      expect((await fetch(`${h.base}/livez`)).status).toBe(200);
    }
    const acks = await pool(TOTAL, CONCURRENCY, (i) =>
      sendSigned(
        h.events,
        commandBody('what does a cro do', h.fake.responseUrl(`outage-${i}`)),
        'application/x-www-form-urlencoded',
      ),
    );
    expect(acks.every((a) => a.status === 200)).toBe(true);
    // Answered in the ack, or through the response_url: either way, every one of them.
    const inAck = acks.filter((a) => a.text.includes('blocks')).length;
    await h.fake.waitFor(() => inAck + h.fake.responses.length >= TOTAL, 15_000);
    expect(store.stats()).toMatchObject({ queued: TOTAL, written: 0, lost: 0 });
    expect(problems.some((p) => p.startsWith('could not write'))).toBe(true);

    // The once-only checks could not reach the database: each instance's memory decided, said once.
    expect(problems.filter((p) => p.includes('shared once-only check failed')).length).toBeGreaterThan(0);
    outage.end();
    await h.fake.waitFor(() => store.stats().written === TOTAL, 15_000);
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
    const stats = store.stats();
    expect(stats).toMatchObject({ written: TOTAL, writtenLate: TOTAL, lost: 0, pending: 0 });
    const rows = await store.db
      .selectFrom('questions')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(Number(rows?.n)).toBe(TOTAL);
    console.log(
      `${backend.name} outage: ${TOTAL} answered, ${stats.writtenLate} records buffered and written later, ` +
        `${stats.lost} lost, ${stats.failedAttempts} failed write attempts`,
    );
  });

  it('drops the oldest records past the buffer, and counts them', async () => {
    const small = await Store.open({
      location: outage.location,
      buffer: { capacity: 50, delayMs: 5, maxBackoffMs: 100 },
      onProblem: (m) => problems.push(m),
    });
    outage.begin();
    const { createAnswerer } = await import('../../src/answer/index.js');
    const { loadKnowledge } = await import('../../src/knowledge/load.js');
    const answer = createAnswerer(loadKnowledge());
    for (let i = 0; i < 80; i++) small.recordQuestion({ surface: 'local', answer: answer('cso') });
    expect(small.stats()).toMatchObject({ queued: 80, lost: 30 });
    expect(
      problems.some((p) => /lost 1 record\(s\): the write buffer is full \(50\); 30 lost in all/.test(p)),
    ).toBe(true);
    outage.end();
    await small.drained();
    expect(small.stats()).toMatchObject({ written: 50, lost: 30, pending: 0 });
    await small.close();
  });
});
