import { afterEach, describe, expect, it } from 'vitest';
import type { Turn } from '../../src/answer/types.js';
import { BACKENDS, twoInstances as twoStores } from './backends.js';

const key = { team: 'T1', channel: 'C1', thread: '1700000000.000100' };
const cro: Turn = { kind: 'role', roles: ['cro'] };
const salary: Turn = { kind: 'facet', roles: ['cro'], facet: 'compensation' };

describe.each(BACKENDS)('conversation context in the database, on $name', (backend) => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  /** Two instances of the bot on one database. */
  const twoInstances = () => twoStores(backend, cleanups);

  it('keeps the last turn per conversation, and every instance sees it', async () => {
    const [a, b] = await twoInstances();
    await a.conversations().set(key, cro);
    await a.conversations().set(key, salary);
    expect(await b.conversations().get(key)).toEqual(salary);
    expect(await b.conversations().get({ ...key, thread: 'other' })).toBeUndefined();
  });

  it('forgets a conversation after a day, and prunes it', async () => {
    const [a] = await twoInstances();
    await a.conversations().set(key, cro);
    const yesterday = new Date(Date.now() - 25 * 3_600_000).toISOString();
    await a.db.updateTable('conversations').set({ updated_at: yesterday }).execute();
    expect(await a.conversations().get(key)).toBeUndefined();
    await a.prune();
    expect(await a.db.selectFrom('conversations').selectAll().execute()).toEqual([]);
  });

  it('greets each person once, even when two instances race', async () => {
    const [a, b] = await twoInstances();
    const results = await Promise.all([
      a.greeted().markGreeted('T1', 'U1'),
      b.greeted().markGreeted('T1', 'U1'),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await a.greeted().markGreeted('T1', 'U1')).toBe(false);
    expect(await b.greeted().markGreeted('T1', 'U2')).toBe(true);
  });
});
