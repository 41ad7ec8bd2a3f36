import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Answer } from '../answer/types.js';
import { CONTEXT_TTL_MS } from '../conversation/context.js';
import { type Db, openDb, type StoreLocation, sqliteOf } from './connect.js';
import { StoreConversationContext, StoreGreeted } from './conversations.js';
import { gapKey } from './gap-key.js';
import { checkEncryptionKey, DbInstallationStore } from './installations.js';
import { type Gap, type GapQuery, queryGaps } from './queries/gaps.js';
import { queryReport, type Report, type ReportQuery } from './queries/report.js';
import { SecretBox } from './secret-box.js';
import { pruneSeenOnce, StoreSeenOnce } from './seen-once.js';
import { firstSetting } from './settings.js';
import type { ExpertRequestsTable, FeedbackTable, QuestionsTable, Tables } from './tables.js';
import { WriteBuffer, type WriteStats } from './write-buffer.js';

/** Where a question was asked. */
export type Surface = 'slash' | 'mention' | 'dm' | 'home' | 'local';

export interface Asked {
  surface: Surface;
  answer: Answer;
  team?: string | undefined;
  channel?: string | undefined;
  user?: string | undefined;
}

export interface StoreOptions {
  location: StoreLocation;
  /** Keep what people typed (STORE_QUESTION_TEXT); counts and subjects are kept either way. */
  keepText?: boolean;
  retentionDays?: number;
  /** Key for hashing user ids; by default one is made on first start and kept in the database. */
  userHashKey?: string;
  onProblem?: (message: string, stats?: WriteStats) => void;
  /** Overrides for the write buffer (tests use a small one). */
  buffer?: { capacity?: number; delayMs?: number; maxBackoffMs?: number };
}

type Write =
  | { table: 'questions'; row: QuestionsTable }
  | { table: 'feedback'; row: FeedbackTable }
  | { table: 'expert_requests'; row: ExpertRequestsTable };

const DAY_MS = 86_400_000;
/** People whose hashed ids are kept in memory; past it, the memory starts over. */
const USER_HASHES_KEPT = 10_000;
/** Seen-once ids live minutes, so they are pruned far more often than the records. */
const SEEN_ONCE_PRUNE_MS = 5 * 60_000;
/** Now as ISO text, made once a millisecond: records written together share it. */
let nowMs = Number.NaN;
let nowIso = '';
const now = () => {
  const ms = Date.now();
  if (ms !== nowMs) {
    nowMs = ms;
    nowIso = new Date(ms).toISOString();
  }
  return nowIso;
};

/** The time part of the last id made, for ids made in the same millisecond. */
let idMs = Number.NaN;
let idTime = '';

/**
 * A question's id: a UUID in the version 7 layout (RFC 9562), the time in milliseconds first, then
 * 74 random bits. Records written in a row then sit side by side in the primary key's index, so a
 * batch touches a few pages at its end instead of a page per record: random (version 4) ids made
 * each insert cost 3-6 times as much in SQLite (200 a transaction: 71-76 us a record against
 * 12-24 us), the more so as the table grows.
 */
export function timeOrderedId(ms: number = Date.now()): string {
  if (ms !== idMs) {
    const time = ms.toString(16).padStart(12, '0');
    idMs = ms;
    idTime = `${time.slice(0, 8)}-${time.slice(8, 12)}-7`;
  }
  // randomUUID(): xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx; its random bits from the third group on stay.
  return `${idTime}${randomUUID().slice(15)}`;
}

/**
 * The one place that talks to the database. Records go through a write buffer, so recording never
 * delays an answer; reads (gaps, report, the owners' Home section) and owner actions go straight to
 * the database and may fail, which their callers report.
 */
export class Store {
  private readonly buffer: WriteBuffer<Write>;
  private pruneTimer: NodeJS.Timeout | undefined;
  private readonly userHashes = new Map<string, string>();
  private seenPruneTimer: NodeJS.Timeout | undefined;

  private constructor(
    readonly db: Db,
    private readonly hashKey: string,
    readonly keepText: boolean,
    private readonly retentionDays: number,
    private readonly onProblem: StoreOptions['onProblem'],
    buffer: StoreOptions['buffer'],
  ) {
    this.buffer = new WriteBuffer<Write>({
      write: (batch) => writeBatch(db, batch),
      onProblem: (message, stats) => onProblem?.(message, stats),
      ...buffer,
    });
  }

  static async open(options: StoreOptions): Promise<Store> {
    const db = await openDb(options.location, (error) => options.onProblem?.(`database: ${error.message}`));
    // Made on first start and kept in the database, so instances that start together agree.
    const key =
      options.userHashKey ?? (await firstSetting(db, 'user_hash_key', randomBytes(32).toString('hex')));
    const store = new Store(
      db,
      key,
      options.keepText ?? true,
      options.retentionDays ?? 90,
      options.onProblem,
      options.buffer,
    );
    return store;
  }

  /** Prunes old rows now and once a day. */
  startRetention(): void {
    const prune = () =>
      this.prune().catch((error: unknown) => this.problem(`pruning old records failed: ${describe(error)}`));
    void prune();
    this.pruneTimer = setInterval(prune, DAY_MS);
    this.pruneTimer.unref();
    this.seenPruneTimer = setInterval(() => {
      pruneSeenOnce(this.db).catch((error: unknown) =>
        this.problem(`pruning expired event ids failed: ${describe(error)}`),
      );
    }, SEEN_ONCE_PRUNE_MS);
    this.seenPruneTimer.unref();
  }

  /** Queues the record of one answered question and returns its id (for the feedback buttons). */
  recordQuestion({ surface, answer, team, channel, user }: Asked): string {
    const id = timeOrderedId();
    this.buffer.push({
      table: 'questions',
      row: {
        id,
        asked_at: now(),
        surface,
        team_id: team ?? null,
        channel_id: channel ?? null,
        user_hash: user ? this.hashUser(team, user) : null,
        question: this.keepText ? answer.question.slice(0, 2000) : null,
        gap_key: gapKey(answer, this.keepText),
        kind: answer.kind,
        coverage: answer.coverage,
        roles: answer.subject.roles.join(','),
        facet: answer.subject.facet ?? null,
        topic: answer.subject.topic ?? null,
      },
    });
    return id;
  }

  /** A feedback click or its comment: the last one per person and answer wins. */
  recordFeedback(f: {
    questionId: string;
    team?: string | undefined;
    user: string;
    value: 'up' | 'down';
    comment?: string | undefined;
  }): void {
    this.buffer.push({
      table: 'feedback',
      row: {
        question_id: f.questionId,
        user_hash: this.hashUser(f.team, f.user),
        value: f.value,
        comment: f.comment?.trim() ? f.comment.trim().slice(0, 3000) : null,
        updated_at: now(),
      },
    });
  }

  recordExpertRequest(r: { id: string; questionId: string; status: 'open' | 'resolved' }): void {
    this.buffer.push({
      table: 'expert_requests',
      row: {
        id: r.id,
        question_id: r.questionId,
        asked_at: now(),
        status: r.status,
        resolved_at: r.status === 'resolved' ? now() : null,
      },
    });
  }

  /** A knowledge owner has dealt with a gap: hidden until someone asks it again. */
  async resolveGap(key: string, by: { team?: string | undefined; user: string }): Promise<void> {
    const row = { gap_key: key, resolved_at: now(), resolved_by: this.hashUser(by.team, by.user) };
    await this.db
      .insertInto('resolved_gaps')
      .values(row)
      .onConflict((oc) =>
        oc.column('gap_key').doUpdateSet({ resolved_at: row.resolved_at, resolved_by: row.resolved_by }),
      )
      .execute();
  }

  /** Follow-up context and the Messages tab welcome, shared by every instance using this database. */
  conversations(): StoreConversationContext {
    return new StoreConversationContext(this.db);
  }

  greeted(): StoreGreeted {
    return new StoreGreeted(this.db);
  }

  /**
   * Ids acted on once across every instance: `events` for Slack's event ids, `signatures` for the
   * replay check. Both expire with their window.
   */
  seenOnce(namespace: 'events' | 'signatures'): StoreSeenOnce {
    return new StoreSeenOnce(this.db, namespace);
  }

  /**
   * Slack app installations (OAuth), encrypted with `encryptionKey`. Rejects with a SecretBoxError when
   * the key is not the one the stored installations were encrypted with.
   */
  async installations(encryptionKey: Buffer): Promise<DbInstallationStore> {
    const box = new SecretBox(encryptionKey);
    await checkEncryptionKey(this.db, box);
    return new DbInstallationStore(this.db, box);
  }

  gaps(query: GapQuery = {}): Promise<Gap[]> {
    return queryGaps(this.db, query);
  }

  report(query: ReportQuery = {}): Promise<Report> {
    return queryReport(this.db, query);
  }

  /** Deletes records older than the retention period; returns how many questions went. */
  async prune(at = new Date()): Promise<number> {
    const cutoff = new Date(at.getTime() - this.retentionDays * DAY_MS).toISOString();
    const gone = await this.db.deleteFrom('questions').where('asked_at', '<', cutoff).executeTakeFirst();
    await this.db.deleteFrom('feedback').where('updated_at', '<', cutoff).execute();
    await this.db.deleteFrom('expert_requests').where('asked_at', '<', cutoff).execute();
    // Conversations matter for a day; keeping them longer would only keep what people asked.
    const stale = new Date(at.getTime() - CONTEXT_TTL_MS).toISOString();
    await this.db.deleteFrom('conversations').where('updated_at', '<', stale).execute();
    return Number(gone.numDeletedRows);
  }

  /** True when the database answers: for health checks. */
  async ping(): Promise<boolean> {
    try {
      await sql`select 1`.execute(this.db);
      return true;
    } catch {
      return false;
    }
  }

  stats(): WriteStats {
    return this.buffer.stats();
  }

  /** Resolves when every record queued so far has been written (or given up on). */
  drained(timeoutMs?: number): Promise<void> {
    return this.buffer.drained(timeoutMs);
  }

  /** Writes what is still queued (bounded), then closes the database. */
  async close(deadlineMs = 3_000): Promise<WriteStats> {
    clearInterval(this.pruneTimer);
    clearInterval(this.seenPruneTimer);
    const stats = await this.buffer.close(deadlineMs);
    await this.db.destroy().catch(() => {});
    return stats;
  }

  /**
   * A keyed hash: the same person counts once, and the id cannot be read back from the database.
   * Kept per person (an HMAC for every question was a tenth of what recording one cost).
   */
  hashUser(team: string | undefined, user: string): string {
    const who = `${team ?? ''}:${user}`;
    let hash = this.userHashes.get(who);
    if (hash === undefined) {
      hash = createHmac('sha256', this.hashKey).update(who).digest('hex').slice(0, 32);
      if (this.userHashes.size >= USER_HASHES_KEPT) this.userHashes.clear();
      this.userHashes.set(who, hash);
    }
    return hash;
  }

  private problem(message: string): void {
    this.onProblem?.(message);
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One batch in one transaction: questions inserted, feedback and expert requests upserted. */
async function writeBatch(db: Db, batch: Write[]): Promise<void> {
  const questions = batch.flatMap((w) => (w.table === 'questions' ? [w.row] : []));
  // Within a batch only the last write per key counts (PostgreSQL refuses to upsert a row twice).
  const feedback = lastPerKey(
    batch.flatMap((w) => (w.table === 'feedback' ? [w.row] : [])),
    (r) => `${r.question_id}:${r.user_hash}`,
  );
  const experts = lastPerKey(
    batch.flatMap((w) => (w.table === 'expert_requests' ? [w.row] : [])),
    (r) => r.id,
  );
  await db.transaction().execute(async (tx) => {
    const insert = sqliteInsert(db);
    if (insert) {
      for (const row of questions) insert(row);
    } else {
      for (const chunk of chunks(questions, 100)) await insertQuestions(tx, chunk).execute();
    }
    for (const chunk of chunks(feedback, 100)) {
      await tx
        .insertInto('feedback')
        .values(chunk)
        .onConflict((oc) =>
          oc.columns(['question_id', 'user_hash']).doUpdateSet((eb) => ({
            value: eb.ref('excluded.value'),
            // A later click keeps the comment typed earlier.
            comment: sql`coalesce(excluded.comment, feedback.comment)`,
            updated_at: eb.ref('excluded.updated_at'),
          })),
        )
        .execute();
    }
    for (const chunk of chunks(experts, 100)) {
      await tx
        .insertInto('expert_requests')
        .values(chunk)
        .onConflict((oc) =>
          oc.column('id').doUpdateSet((eb) => ({
            status: eb.ref('excluded.status'),
            resolved_at: eb.ref('excluded.resolved_at'),
          })),
        )
        .execute();
    }
  });
}

/** Questions already recorded (the same id) are left as they are: a batch retried after a failure. */
const insertQuestions = (db: Db | Transaction<Tables>, rows: QuestionsTable[]) =>
  db
    .insertInto('questions')
    .values(rows)
    .onConflict((oc) => oc.column('id').doNothing());

/** Every column of a question's record, in the order the SQLite statement binds them. */
const QUESTION_COLUMNS = [
  'id',
  'asked_at',
  'surface',
  'team_id',
  'channel_id',
  'user_hash',
  'question',
  'gap_key',
  'kind',
  'coverage',
  'roles',
  'facet',
  'topic',
] as const satisfies ReadonlyArray<keyof QuestionsTable>;
// None left out: a column added to QuestionsTable and not here fails to compile, naming it.
type Unbound = Exclude<keyof QuestionsTable, (typeof QUESTION_COLUMNS)[number]>;
const _allBound: [Unbound] extends [never] ? true : Unbound = true;

const sqliteInserts = new WeakMap<Db, (row: QuestionsTable) => void>();

/**
 * On SQLite, one question's insert as a statement prepared once (the same SQL Kysely writes for one
 * row): Kysely compiles and SQLite prepares a statement for every batch, which cost as much again
 * as the inserts themselves (200 records a transaction: 22-42 us a record through Kysely, 10-14
 * prepared). Runs inside the batch's transaction, on the same connection. Undefined on PostgreSQL.
 */
function sqliteInsert(db: Db): ((row: QuestionsTable) => void) | undefined {
  let insert = sqliteInserts.get(db);
  if (insert) return insert;
  const sqlite = sqliteOf(db);
  if (!sqlite) return undefined;
  const sample = Object.fromEntries(QUESTION_COLUMNS.map((c) => [c, null])) as unknown as QuestionsTable;
  const statement = sqlite.prepare(insertQuestions(db, [sample]).compile().sql);
  insert = (row) => {
    statement.run(QUESTION_COLUMNS.map((c) => row[c]));
  };
  sqliteInserts.set(db, insert);
  return insert;
}

function lastPerKey<T>(rows: T[], key: (row: T) => string): T[] {
  return [...new Map(rows.map((r) => [key(r), r])).values()];
}

function chunks<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
