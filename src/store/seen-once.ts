import type { Db } from './connect.js';

/**
 * "Have we had this one already?", answered once across every instance sharing the database: an
 * insert that only the first comer wins. An expired row counts as unseen and is taken over, so a
 * key can come back after its window (Slack's event ids do not; it is only for correctness).
 */
export class StoreSeenOnce {
  constructor(
    private readonly db: Db,
    /** Keeps event ids apart from request signatures in the one table. */
    private readonly namespace: string,
  ) {}

  async firstSight(id: string, expiresAtMs: number): Promise<boolean> {
    const now = new Date().toISOString();
    const expires_at = new Date(expiresAtMs).toISOString();
    const result = await this.db
      .insertInto('seen_once')
      .values({ key: `${this.namespace}:${id}`.slice(0, 128), expires_at })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({ expires_at }).where('seen_once.expires_at', '<=', now),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }
}

/** Deletes what has expired; returns how many rows went. */
export async function pruneSeenOnce(db: Db, at = new Date()): Promise<number> {
  const gone = await db
    .deleteFrom('seen_once')
    .where('expires_at', '<=', at.toISOString())
    .executeTakeFirst();
  return Number(gone.numDeletedRows);
}
