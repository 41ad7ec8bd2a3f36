import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import {
  type DatabaseIntrospector,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
  type TableMetadata,
} from 'kysely';
import { migrationProvider } from './migrations.js';
import type { Tables } from './tables.js';

/** Where the store lives: a SQLite file by default, PostgreSQL when DATABASE_URL names one. */
export type StoreLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export type Db = Kysely<Tables>;

/** The SQLite database under each Kysely instance opened on one. */
const sqliteHandles = new WeakMap<Db, Database.Database>();

/**
 * The SQLite database under `db`, for the one write that runs for every question (store.ts prepares
 * it once); undefined on PostgreSQL.
 */
export const sqliteOf = (db: Db): Database.Database | undefined => sqliteHandles.get(db);

/** The database could not be opened or migrated; the message names where it looked. */
export class StoreError extends Error {
  override name = 'StoreError';
}

/** Bounds on every PostgreSQL round trip, so a database that is down fails fast instead of hanging. */
const PG_CONNECT_TIMEOUT_MS = 3_000;
const PG_STATEMENT_TIMEOUT_MS = 5_000;
/** Start-up may wait for another instance's migration; afterwards writes never wait long. */
const SQLITE_MIGRATE_BUSY_MS = 10_000;
const SQLITE_BUSY_MS = 50;

export const describeLocation = (where: StoreLocation) =>
  where.kind === 'sqlite' ? `SQLite file ${where.path}` : `PostgreSQL at ${redact(where.url)}`;

/** A connection string without its password, for messages and logs. */
export const redact = (url: string) => url.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@');

/**
 * PostgreSQL whose introspection sees only the schema we write to. Kysely's Migrator asks for every
 * table of every schema to find its bookkeeping tables: with another schema of the same database
 * mid-migration or being dropped (a second deployment, a parallel test run) it would take that
 * schema's tables for ours and skip creating them, or fail on the vanished schema.
 */
class OwnSchemaPostgresDialect extends PostgresDialect {
  // biome-ignore lint/suspicious/noExplicitAny: the signature Kysely's Dialect declares
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    const all = super.createIntrospector(db);
    return {
      getSchemas: () => all.getSchemas(),
      getMetadata: async () => ({ tables: await this.tables(db) }),
      getTables: () => this.tables(db),
    };
  }

  // biome-ignore lint/suspicious/noExplicitAny: as above
  private async tables(db: Kysely<any>): Promise<TableMetadata[]> {
    const { rows } = await sql<{ name: string; schema: string; view: boolean }>`
      select table_name as name, table_schema as schema, table_type = 'VIEW' as view
      from information_schema.tables where table_schema = current_schema()`.execute(db);
    return rows.map((r) => ({ name: r.name, schema: r.schema, isView: r.view, columns: [] }));
  }
}

/**
 * Whether a SQLite file already has exactly our migrations applied, read straight from Kysely's
 * bookkeeping table: then the Migrator (its lock, its introspection, a start's first queries through
 * Kysely) can be skipped, which is most starts. Anything else (a new file, a migration missing, one
 * we do not know) goes through the Migrator as before. A name is recorded only once its migration has
 * run, so all names present means nothing is left to do, even with another process on the file.
 * PostgreSQL always goes through the Migrator: the table found by name could be another schema's.
 */
async function appliedAll(sqlite: Database.Database): Promise<boolean> {
  let applied: unknown[];
  try {
    applied = sqlite.prepare('select name from kysely_migration order by name').pluck().all();
  } catch {
    return false;
  }
  const ours = Object.keys(await migrationProvider.getMigrations()).sort();
  return applied.length === ours.length && ours.every((name, i) => applied[i] === name);
}

/**
 * Opens the database and brings its schema up to date. `onError` hears about failures of idle
 * PostgreSQL connections (a restart of the server), which would otherwise crash the process.
 */
export async function openDb(where: StoreLocation, onError: (error: Error) => void = () => {}): Promise<Db> {
  let db: Db;
  let sqlite: Database.Database | undefined;
  if (where.kind === 'sqlite') {
    try {
      if (where.path !== ':memory:') mkdirSync(dirname(where.path), { recursive: true });
      sqlite = new Database(where.path);
      // WAL: `npm run gaps` can read while the bot writes.
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma(`busy_timeout = ${SQLITE_MIGRATE_BUSY_MS}`);
    } catch (error) {
      throw new StoreError(`Could not open the ${describeLocation(where)}: ${(error as Error).message}`);
    }
    db = new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) });
  } else {
    // Loaded only for PostgreSQL: the SQLite default spares the start-up its time and memory.
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: where.url,
      max: 5,
      connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
      statement_timeout: PG_STATEMENT_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
    });
    // An idle client's failure reaches the pool; a checked-out one (between two statements of a
    // transaction) emits on itself. Unheard, either would crash the process.
    pool.on('error', onError);
    pool.on('connect', (client) => client.on('error', onError));
    db = new Kysely<Tables>({ dialect: new OwnSchemaPostgresDialect({ pool }) });
  }
  try {
    if (!(sqlite && (await appliedAll(sqlite)))) {
      const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
      if (error) throw error;
    }
  } catch (error) {
    await db.destroy().catch(() => {});
    throw new StoreError(`Could not prepare the ${describeLocation(where)}: ${(error as Error).message}`);
  }
  // A locked file makes a write fail at once and retry later, instead of stalling the event loop.
  sqlite?.pragma(`busy_timeout = ${SQLITE_BUSY_MS}`);
  if (sqlite) sqliteHandles.set(db, sqlite);
  return db;
}
