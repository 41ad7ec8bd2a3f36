import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { StoreLocation } from '../../src/store/connect.js';
import { Store } from '../../src/store/store.js';

/** A fresh, empty database of one kind, and how to throw it away. */
export interface Backend {
  name: 'sqlite' | 'postgres';
  fresh(): Promise<{ location: StoreLocation; url?: string; drop(): Promise<void> }>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'rolebot-store-'));
    return {
      location: { kind: 'sqlite', path: join(dir, 'rolebot.db') },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

/**
 * PostgreSQL at TEST_DATABASE_URL, one new schema per use so tests (and several test files at once)
 * never see each other's rows. The schema is chosen through the URL's `options`, the same way an
 * operator would point DATABASE_URL at one.
 */
export const postgresBackend = (baseUrl: string): Backend => ({
  name: 'postgres',
  async fresh() {
    const schema = `rolebot_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    const url = withSearchPath(baseUrl, schema);
    return {
      location: { kind: 'postgres', url },
      url,
      async drop() {
        const c = new pg.Client({ connectionString: baseUrl });
        await c.connect();
        await c.query(`drop schema if exists ${schema} cascade`);
        await c.end();
      },
    };
  },
});

export function withSearchPath(url: string, schema: string): string {
  const u = new URL(url);
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const BACKENDS: Backend[] = [
  sqlite,
  ...(process.env.TEST_DATABASE_URL ? [postgresBackend(process.env.TEST_DATABASE_URL)] : []),
];

/**
 * Two stores on one fresh database, as two instances of the bot would open it; `cleanups` gets
 * what closes them and drops the database (run it after each test).
 */
export async function twoInstances(
  backend: Backend,
  cleanups: Array<() => Promise<unknown>>,
): Promise<readonly [Store, Store]> {
  const db = await backend.fresh();
  const a = await Store.open({ location: db.location });
  const b = await Store.open({ location: db.location });
  cleanups.push(
    db.drop,
    () => a.close(),
    () => b.close(),
  );
  return [a, b] as const;
}
