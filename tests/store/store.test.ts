import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAnswerer } from '../../src/answer/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { openDb } from '../../src/store/connect.js';
import { UNKEPT_DECLINE } from '../../src/store/gap-key.js';
import { migrationProvider } from '../../src/store/migrations.js';
import { Store, type StoreOptions, type Surface, timeOrderedId } from '../../src/store/store.js';
import { BACKENDS } from './backends.js';

const answer = createAnswerer(loadKnowledge());

describe.each(BACKENDS)('store on $name', (backend) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function open(options: Partial<StoreOptions> = {}) {
    const db = await backend.fresh();
    const store = await Store.open({ location: db.location, ...options });
    cleanups.push(db.drop, () => store.close().then(() => {}));
    return { store, location: db.location };
  }

  const ask = (store: Store, q: string, surface: Surface = 'slash', user = 'U1') =>
    store.recordQuestion({ surface, answer: answer(q), team: 'T1', channel: 'C1', user });

  it('records each question with its subject and coverage, never the user id in clear', async () => {
    const { store } = await open();
    ask(store, 'how much does a cro earn');
    ask(store, 'what does a cto do', 'mention');
    await store.drained();
    const rows = await store.db.selectFrom('questions').selectAll().orderBy('asked_at').execute();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({
      surface: 'slash',
      roles: 'cro',
      facet: 'compensation',
      coverage: 'full',
      kind: 'facet',
      gap_key: 'cro · compensation',
      question: 'how much does a cro earn',
      team_id: 'T1',
      channel_id: 'C1',
    });
    expect(rows[1]).toMatchObject({ kind: 'not_found', coverage: 'none', gap_key: '"cto"' });
    expect(JSON.stringify(rows)).not.toContain('U1');
    expect(rows[0]?.user_hash).toBe(store.hashUser('T1', 'U1'));
  });

  it('keeps no question text when told not to', async () => {
    const { store } = await open({ keepText: false });
    ask(store, 'what does a cto do');
    await store.drained();
    const rows = await store.db.selectFrom('questions').selectAll().execute();
    expect(rows[0]).toMatchObject({ question: null, gap_key: UNKEPT_DECLINE });
  });

  it('keeps the last feedback click per person and answer, and the comment typed with it', async () => {
    const { store } = await open();
    const id = ask(store, 'cro vs cso');
    store.recordFeedback({ questionId: id, team: 'T1', user: 'U2', value: 'up' });
    store.recordFeedback({ questionId: id, team: 'T1', user: 'U2', value: 'down' });
    await store.drained();
    store.recordFeedback({ questionId: id, team: 'T1', user: 'U2', value: 'down', comment: 'no salaries' });
    store.recordFeedback({ questionId: id, team: 'T1', user: 'U3', value: 'up' });
    await store.drained();
    const rows = await store.db.selectFrom('feedback').selectAll().orderBy('value').execute();
    expect(rows.map((r) => [r.value, r.comment])).toEqual([
      ['down', 'no salaries'],
      ['up', null],
    ]);
  });

  it('groups declined, partial and thumbs-down questions into gaps, biggest first', async () => {
    const { store } = await open();
    ask(store, 'What does a CTO do?');
    ask(store, 'what does a cto do');
    ask(store, 'how much does a cro earn'); // full, and nobody minded: not a gap
    const disliked = ask(store, 'cso vs cro');
    ask(store, 'help');
    store.recordFeedback({ questionId: disliked, user: 'U9', value: 'down', comment: 'too long' });
    await store.drained();
    const gaps = await store.gaps();
    expect(gaps.map((g) => [g.key, g.count, g.declined, g.thumbsDown])).toEqual([
      ['"cto"', 2, 2, 0],
      ['cro vs cso', 1, 0, 1],
    ]);
    expect(gaps[0]?.examples.sort()).toEqual(['What does a CTO do?', 'what does a cto do']);
    expect(gaps[1]?.comments).toEqual(['too long']);
  });

  it('hides a resolved gap until someone asks it again', async () => {
    const { store } = await open();
    ask(store, 'what does a cto do');
    await store.drained();
    await store.resolveGap('"cto"', { team: 'T1', user: 'UOWNER' });
    expect(await store.gaps()).toEqual([]);
    await new Promise((r) => setTimeout(r, 5));
    ask(store, 'what does a CTO do?');
    await store.drained();
    expect((await store.gaps()).map((g) => [g.key, g.count])).toEqual([['"cto"', 1]]);
  });

  it('reports usage: per day, shares, helpful rate, top roles and facets', async () => {
    const { store } = await open();
    const a = ask(store, 'how much does a cro earn');
    ask(store, 'what does a cro do', 'mention');
    ask(store, 'cso vs cro', 'dm');
    ask(store, 'what does a cto do');
    ask(store, 'help');
    store.recordFeedback({ questionId: a, user: 'U1', value: 'up' });
    await store.drained();
    const report = await store.report();
    expect(report).toMatchObject({ total: 5, answered: 3, declined: 1, help: 1, helpful: 1, unhelpful: 0 });
    expect(report.perDay).toEqual([{ name: new Date().toISOString().slice(0, 10), count: 5 }]);
    expect(report.topRoles[0]).toEqual({ name: 'cro', count: 3 });
    expect(report.topFacets).toEqual([{ name: 'compensation', count: 1 }]);
    expect(report.bySurface.find((s) => s.name === 'slash')?.count).toBe(3);
  });

  it('prunes records older than the retention period', async () => {
    const { store } = await open({ retentionDays: 30 });
    ask(store, 'cro');
    await store.drained();
    expect(await store.prune(new Date(Date.now() + 29 * 86_400_000))).toBe(0);
    expect(await store.prune(new Date(Date.now() + 31 * 86_400_000))).toBe(1);
  });

  it('hashes a person the same way however many others were hashed since, and apart per workspace', async () => {
    const { store } = await open({ userHashKey: 'a-key-of-at-least-16-chars' });
    const first = store.hashUser('T1', 'U1');
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    for (let i = 0; i < 12_000; i++) store.hashUser('T1', `U${i + 2}`);
    expect(store.hashUser('T1', 'U1')).toBe(first);
    expect(store.hashUser('T2', 'U1')).not.toBe(first);
    const other = await backend.fresh();
    const again = await Store.open({ location: other.location, userHashKey: 'a-key-of-at-least-16-chars' });
    cleanups.push(other.drop, () => again.close().then(() => {}));
    expect(again.hashUser('T1', 'U1')).toBe(first);
  });

  it('migrates once when several instances start together, and agrees on the hashing key', async () => {
    const { store, location } = await open();
    const others = await Promise.all([Store.open({ location }), Store.open({ location })]);
    for (const o of others) cleanups.push(() => o.close().then(() => {}));
    expect(others.map((o) => o.hashUser('T', 'U'))).toEqual([
      store.hashUser('T', 'U'),
      store.hashUser('T', 'U'),
    ]);
    const db = await openDb(location);
    const applied = await db
      .selectFrom('kysely_migration' as never)
      .selectAll()
      .execute();
    await db.destroy();
    expect(applied).toHaveLength(Object.keys(await migrationProvider.getMigrations()).length);
  });
});

describe('opening a SQLite file that is already up to date', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const freshSqlite = () => {
    const backend = BACKENDS.find((b) => b.name === 'sqlite');
    if (!backend) throw new Error('no SQLite backend');
    return backend.fresh();
  };

  it('skips the Migrator only when exactly our migrations are applied', async () => {
    const { location, drop } = await freshSqlite();
    const migrator = vi.spyOn(Migrator.prototype, 'migrateToLatest');
    try {
      await (await openDb(location)).destroy();
      expect(migrator).toHaveBeenCalledTimes(1); // a new file is migrated
      await (await openDb(location)).destroy();
      expect(migrator).toHaveBeenCalledTimes(1); // nothing left to do: no Migrator

      // One missing: the Migrator runs (and applies it again).
      const names = Object.keys(await migrationProvider.getMigrations()).sort();
      const last = names.at(-1) as string;
      const db = await openDb(location);
      await sql`delete from kysely_migration where name = ${last}`.execute(db);
      await db.destroy();
      await openDb(location).then((again) => again.destroy());
      expect(migrator).toHaveBeenCalledTimes(2);

      // One we do not know (a newer version ran on this file): the Migrator refuses, as before.
      const other = await freshSqlite();
      const fresh = await openDb(other.location);
      await sql`insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '')`.execute(
        fresh,
      );
      await fresh.destroy();
      migrator.mockClear();
      await expect(openDb(other.location)).rejects.toThrow(/9999_from_the_future|corrupted/);
      expect(migrator).toHaveBeenCalledTimes(1);
      await other.drop();
    } finally {
      await drop();
    }
  });
});

describe('timeOrderedId', () => {
  it('is a version 7 UUID whose order is the order of time', () => {
    const ids = [0, 1, 255, 1_700_000_000_000, 1_700_000_000_001, 2 ** 48 - 1].map((ms) => timeOrderedId(ms));
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    // 1_700_000_000_000 ms is 0x018bcfe56800.
    expect(timeOrderedId(1_700_000_000_000).slice(0, 13)).toBe('018bcfe5-6800');
    expect(new Set(Array.from({ length: 10_000 }, () => timeOrderedId(5))).size).toBe(10_000);
  });
});
