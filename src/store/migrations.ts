import { type Kysely, type Migration, type MigrationProvider, PostgresAdapter, sql } from 'kysely';

/**
 * Versioned schema changes, applied in name order at start-up by Kysely's Migrator, which takes a
 * lock first (an advisory lock on PostgreSQL), so two instances starting at once apply each one once.
 * Append new migrations; never edit one that has shipped.
 */
// biome-ignore lint/suspicious/noExplicitAny: migrations are written against the schema of their day
const migrations: Record<string, Migration & { up(db: Kysely<any>): Promise<void> }> = {
  '0001_questions_and_feedback': {
    async up(db) {
      await db.schema
        .createTable('questions')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('asked_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('surface', 'varchar(16)', (c) => c.notNull())
        .addColumn('team_id', 'varchar(32)')
        .addColumn('channel_id', 'varchar(32)')
        .addColumn('user_hash', 'varchar(64)')
        .addColumn('question', 'text')
        .addColumn('gap_key', 'text', (c) => c.notNull())
        .addColumn('kind', 'varchar(16)', (c) => c.notNull())
        .addColumn('coverage', 'varchar(8)', (c) => c.notNull())
        .addColumn('roles', 'text', (c) => c.notNull())
        .addColumn('facet', 'varchar(32)')
        .addColumn('topic', 'varchar(64)')
        .execute();
      await db.schema.createIndex('questions_asked_at').on('questions').column('asked_at').execute();
      await db.schema
        .createTable('feedback')
        .addColumn('question_id', 'varchar(36)', (c) => c.notNull())
        .addColumn('user_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('value', 'varchar(8)', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .addPrimaryKeyConstraint('feedback_pk', ['question_id', 'user_hash'])
        .execute();
      await db.schema
        .createTable('expert_requests')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('question_id', 'varchar(36)', (c) => c.notNull())
        .addColumn('asked_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('status', 'varchar(16)', (c) => c.notNull())
        .addColumn('resolved_at', 'varchar(32)')
        .execute();
      await db.schema
        .createTable('resolved_gaps')
        .addColumn('gap_key', 'text', (c) => c.primaryKey())
        .addColumn('resolved_at', 'varchar(32)', (c) => c.notNull())
        .addColumn('resolved_by', 'varchar(64)')
        .execute();
      await db.schema
        .createTable('settings')
        .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  '0002_conversations_and_greetings': {
    async up(db) {
      await db.schema
        .createTable('conversations')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('turn', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('conversations_updated_at')
        .on('conversations')
        .column('updated_at')
        .execute();
      await db.schema
        .createTable('greeted')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('greeted_at', 'varchar(32)', (c) => c.notNull())
        .execute();
    },
  },
  '0003_installations_and_seen_once': {
    async up(db) {
      // One row per install: a workspace (`T:<team>`) or a whole Enterprise Grid org (`E:<enterprise>`).
      // The ids, bot user and scopes are in the clear for operators; the installation itself, tokens
      // included, only encrypted (`secret`).
      await db.schema
        .createTable('installations')
        .addColumn('key', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('team_id', 'varchar(32)')
        .addColumn('enterprise_id', 'varchar(32)')
        .addColumn('bot_user_id', 'varchar(32)')
        .addColumn('scopes', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('installed_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      // Ids seen once across every instance (events by event_id, requests by signature), until expiry.
      await db.schema
        .createTable('seen_once')
        .addColumn('key', 'varchar(128)', (c) => c.primaryKey())
        .addColumn('expires_at', 'varchar(32)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('seen_once_expires_at').on('seen_once').column('expires_at').execute();
    },
  },
  '0004_seen_once_unlogged': {
    async up(db) {
      // PostgreSQL: once-only claims are taken on every request, so they skip the write-ahead log
      // (about 6x faster per claim here). An unlogged table is emptied by a crash of the server and
      // is not copied to replicas, so after a crash or a failover the claims of the last minutes are
      // gone: a Slack retry may then be answered twice, and replay protection restarts for the
      // 5-minute window (signatures are still checked). SQLite has no such table kind; its claims
      // are cheap already.
      if (db.getExecutor().adapter instanceof PostgresAdapter) {
        await sql`alter table seen_once set unlogged`.execute(db);
      }
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
