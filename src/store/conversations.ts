import type { Turn } from '../answer/types.js';
import {
  CONTEXT_TTL_MS,
  type ConversationContext,
  type ConversationKey,
  keyString,
} from '../conversation/context.js';
import type { Greeted } from '../conversation/greeted.js';
import { withTimeout } from '../time-limit.js';
import type { Db } from './connect.js';

/**
 * A follow-up reads its conversation before it is answered, so the read is bounded: a database
 * slower than this costs the context ("as if it were the first question"), never the answer.
 */
export const CONTEXT_READ_TIMEOUT_MS = 300;

/** Conversation context in the database, so every instance behind a load balancer sees the same threads. */
export class StoreConversationContext implements ConversationContext {
  constructor(
    private readonly db: Db,
    private readonly ttlMs = CONTEXT_TTL_MS,
  ) {}

  async get(key: ConversationKey): Promise<Turn | undefined> {
    const since = new Date(Date.now() - this.ttlMs).toISOString();
    const row = await withTimeout(
      this.db
        .selectFrom('conversations')
        .select('turn')
        .where('key', '=', keyString(key))
        .where('updated_at', '>=', since)
        .executeTakeFirst(),
      CONTEXT_READ_TIMEOUT_MS,
      `conversation context: no answer from the database within ${CONTEXT_READ_TIMEOUT_MS} ms`,
    );
    return row ? (JSON.parse(row.turn) as Turn) : undefined;
  }

  async set(key: ConversationKey, turn: Turn): Promise<void> {
    const row = { key: keyString(key), turn: JSON.stringify(turn), updated_at: new Date().toISOString() };
    await this.db
      .insertInto('conversations')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet({ turn: row.turn, updated_at: row.updated_at }))
      .execute();
  }
}

/** The Messages tab welcome, once per person across every instance: the insert that wins greets. */
export class StoreGreeted implements Greeted {
  constructor(private readonly db: Db) {}

  async markGreeted(team: string, user: string): Promise<boolean> {
    const result = await this.db
      .insertInto('greeted')
      .values({ key: `${team}/${user}`, greeted_at: new Date().toISOString() })
      .onConflict((oc) => oc.column('key').doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }
}
