import { randomBytes } from 'node:crypto';
import type { Installation } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { DbInstallationStore, installationKey } from '../../src/store/installations.js';
import { parseKey, SecretBox, SecretBoxError } from '../../src/store/secret-box.js';
import { pruneSeenOnce } from '../../src/store/seen-once.js';
import { Store } from '../../src/store/store.js';
import { BACKENDS, twoInstances as twoStores } from './backends.js';

const workspace = (team: string, token: string): Installation<'v2', false> => ({
  team: { id: team, name: 'Acme' },
  enterprise: undefined,
  user: { id: 'U1', token: undefined, scopes: undefined },
  bot: { id: 'B1', userId: 'UBOT', token, scopes: ['commands', 'chat:write'] },
  tokenType: 'bot',
  isEnterpriseInstall: false,
  appId: 'A1',
  authVersion: 'v2',
});

describe('secret box (AES-256-GCM)', () => {
  const key = randomBytes(32);

  it('opens what it sealed, and seals the same text differently each time', () => {
    const box = new SecretBox(key);
    const a = box.seal('xoxb-secret');
    expect(a).not.toContain('xoxb');
    expect(box.seal('xoxb-secret')).not.toBe(a);
    expect(box.open(a)).toBe('xoxb-secret');
  });

  it('refuses a wrong key and an altered value', () => {
    const sealed = new SecretBox(key).seal('xoxb-secret');
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow(SecretBoxError);
    const [v, iv, tag, body] = sealed.split(':');
    const flipped = Buffer.from(body ?? '', 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(() => new SecretBox(key).open([v, iv, tag, flipped.toString('base64')].join(':'))).toThrow(
      /wrong ENCRYPTION_KEY/,
    );
  });

  it('reads keys in hex or base64, and says how to make one otherwise', () => {
    expect(parseKey(key.toString('hex'))).toEqual(key);
    expect(parseKey(key.toString('base64'))).toEqual(key);
    expect(() => parseKey('hunter2')).toThrow(/openssl rand -base64 32/);
    expect(() => parseKey(randomBytes(16).toString('base64'))).toThrow(SecretBoxError);
  });
});

describe('installation keys', () => {
  it('files an org-wide install under the org and a workspace install under the workspace', () => {
    expect(installationKey({ isEnterpriseInstall: true, enterpriseId: 'E1', teamId: 'T1' })).toBe('E:E1');
    expect(installationKey({ isEnterpriseInstall: false, enterpriseId: 'E1', teamId: 'T1' })).toBe('T:T1');
    expect(() => installationKey({ isEnterpriseInstall: false })).toThrow();
  });
});

describe.each(BACKENDS)('state shared by instances, on $name', (backend) => {
  const cleanups: Array<() => Promise<unknown>> = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  const twoInstances = () => twoStores(backend, cleanups);

  it('an event id is taken by exactly one of many concurrent claims across instances', async () => {
    const [a, b] = await twoInstances();
    const until = Date.now() + 60_000;
    const claims = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).seenOnce('events').firstSight('Ev1', until)),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
    // Namespaces are apart: the same text as a signature is new.
    expect(await a.seenOnce('signatures').firstSight('Ev1', until)).toBe(true);
  });

  it('an expired id counts as new again, and pruning removes expired ids', async () => {
    const [a, b] = await twoInstances();
    expect(await a.seenOnce('events').firstSight('Ev2', Date.now() - 1)).toBe(true);
    expect(await b.seenOnce('events').firstSight('Ev2', Date.now() + 60_000)).toBe(true);
    expect(await b.seenOnce('events').firstSight('Ev2', Date.now() + 60_000)).toBe(false);
    await a.seenOnce('events').firstSight('Ev3', Date.now() - 1);
    expect(await pruneSeenOnce(a.db)).toBe(1);
  });

  it('keeps installations encrypted, serves them to every instance, and deletes them', async () => {
    const [a, b] = await twoInstances();
    const key = randomBytes(32);
    const onA = await a.installations(key);
    const onB = await b.installations(key);
    await onA.storeInstallation(workspace('T1', 'xoxb-one'));
    const row = await a.db.selectFrom('installations').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      key: 'T:T1',
      team_id: 'T1',
      bot_user_id: 'UBOT',
      scopes: 'commands,chat:write',
    });
    expect(row.secret).not.toContain('xoxb');

    const query = { teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false } as const;
    expect((await onB.fetchInstallation(query)).bot?.token).toBe('xoxb-one');
    // A reinstall replaces the token; the instance that stored it forgets its cached copy at once.
    await onA.storeInstallation(workspace('T1', 'xoxb-two'));
    expect((await onA.fetchInstallation(query)).bot?.token).toBe('xoxb-two');
    expect(await onA.count()).toBe(1);

    await onA.deleteInstallation(query);
    await expect(onA.fetchInstallation(query)).rejects.toThrow(/not installed/);
    expect(await onA.count()).toBe(0);
  });

  it('serves an installation from memory within the cache life, then from the database', async () => {
    const [a, b] = await twoInstances();
    const key = randomBytes(32);
    let now = Date.now();
    const onA = new DbInstallationStore(a.db, new SecretBox(key), 30_000, () => now);
    await onA.storeInstallation(workspace('T1', 'xoxb-one'));
    const query = { teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false } as const;
    await onA.fetchInstallation(query);
    // Another instance uninstalls: this one still has it in memory, until the cache life is over.
    await (await b.installations(key)).deleteInstallation(query);
    expect((await onA.fetchInstallation(query)).bot?.token).toBe('xoxb-one');
    now += 30_001;
    await expect(onA.fetchInstallation(query)).rejects.toThrow(/not installed/);
  });

  it('an uninstall that overlaps a lookup is not undone by the lookup caching what it read', async () => {
    const [a] = await twoInstances();
    const onA = await a.installations(randomBytes(32));
    const query = { teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false } as const;
    for (let i = 0; i < 20; i++) {
      await onA.storeInstallation(workspace('T1', `xoxb-${i}`));
      const lookup = onA.fetchInstallation(query).catch(() => undefined);
      await onA.deleteInstallation(query);
      await lookup;
      await expect(onA.fetchInstallation(query), `round ${i}`).rejects.toThrow(/not installed/);
    }
  });

  it('a sealed installation moved to another row does not open there', async () => {
    const [a] = await twoInstances();
    const onA = await a.installations(randomBytes(32));
    await onA.storeInstallation(workspace('T1', 'xoxb-one'));
    await onA.storeInstallation(workspace('T2', 'xoxb-two'));
    const one = await a.db
      .selectFrom('installations')
      .select('secret')
      .where('key', '=', 'T:T1')
      .executeTakeFirstOrThrow();
    await a.db.updateTable('installations').set({ secret: one.secret }).where('key', '=', 'T:T2').execute();
    await expect(
      onA.fetchInstallation({ teamId: 'T2', enterpriseId: undefined, isEnterpriseInstall: false }),
    ).rejects.toThrow(/altered or moved/);
  });

  it('refuses to start with a key other than the one the installations were stored with', async () => {
    const [a, b] = await twoInstances();
    await a.installations(randomBytes(32));
    await expect(b.installations(randomBytes(32))).rejects.toThrow(/ENCRYPTION_KEY is not the key/);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('PostgreSQL schemas', () => {
  it('two deployments in two schemas of one database each migrate their own, even when started together', async () => {
    const backend = BACKENDS.find((b) => b.name === 'postgres');
    if (!backend) throw new Error('no postgres backend');
    const dbs = await Promise.all([backend.fresh(), backend.fresh(), backend.fresh()]);
    try {
      const stores = await Promise.all(
        dbs.flatMap((d) => [Store.open({ location: d.location }), Store.open({ location: d.location })]),
      );
      for (const s of stores)
        expect(await s.seenOnce('events').firstSight('Ev1', Date.now() + 60_000)).toBeTypeOf('boolean');
      await Promise.all(stores.map((s) => s.close()));
    } finally {
      await Promise.all(dbs.map((d) => d.drop()));
    }
  });
});
