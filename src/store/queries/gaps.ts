import { sql } from 'kysely';
import type { Db } from '../connect.js';

export interface GapQuery {
  /** Only questions asked at or after this time. */
  since?: Date;
  limit?: number;
  /** Only these gaps (by key), e.g. to show one gap's details. */
  keys?: string[];
}

/** A place where the knowledge fell short: declined, partial or thumbs-down questions about one thing. */
export interface Gap {
  key: string;
  count: number;
  declined: number;
  partial: number;
  thumbsDown: number;
  firstSeen: string;
  lastSeen: string;
  /** Recent wordings (none when question text is not kept). */
  examples: string[];
  /** What people wrote in the thumbs-down form. */
  comments: string[];
}

const EXAMPLES = 3;

/**
 * The gap queue, biggest first. A gap a knowledge owner marked resolved counts only the questions
 * asked after that, so it comes back only when people ask it again.
 */
export async function queryGaps(db: Db, { since, limit = 20, keys }: GapQuery = {}): Promise<Gap[]> {
  let missed = db
    .selectFrom('questions as q')
    .leftJoin(
      (eb) => eb.selectFrom('feedback').select('question_id').distinct().where('value', '=', 'down').as('d'),
      (join) => join.onRef('d.question_id', '=', 'q.id'),
    )
    .leftJoin('resolved_gaps as r', 'r.gap_key', 'q.gap_key')
    .where('q.kind', '<>', 'help')
    .where((eb) => eb.or([eb('q.coverage', '<>', 'full'), eb('d.question_id', 'is not', null)]))
    .where((eb) => eb.or([eb('r.gap_key', 'is', null), eb('q.asked_at', '>', eb.ref('r.resolved_at'))]));
  if (since) missed = missed.where('q.asked_at', '>=', since.toISOString());
  if (keys) missed = missed.where('q.gap_key', 'in', keys.length > 0 ? keys : ['']);

  const rows = await missed
    .select((eb) => [
      'q.gap_key as key',
      eb.fn.countAll().as('count'),
      sql<number>`sum(case when q.coverage = 'none' then 1 else 0 end)`.as('declined'),
      sql<number>`sum(case when q.coverage = 'partial' then 1 else 0 end)`.as('partial'),
      sql<number>`sum(case when d.question_id is not null then 1 else 0 end)`.as('down'),
      eb.fn.min('q.asked_at').as('first'),
      eb.fn.max('q.asked_at').as('last'),
    ])
    .groupBy('q.gap_key')
    .orderBy('count', 'desc')
    .orderBy('last', 'desc')
    .limit(limit)
    .execute();
  if (rows.length === 0) return [];

  const found = rows.map((r) => r.key);
  const wordings = await missed
    .where('q.gap_key', 'in', found)
    .where('q.question', 'is not', null)
    .select(['q.gap_key as key', 'q.question as question'])
    .orderBy('q.asked_at', 'desc')
    .limit(found.length * 20)
    .execute();
  const comments = await db
    .selectFrom('feedback as f')
    .innerJoin('questions as q', 'q.id', 'f.question_id')
    .where('q.gap_key', 'in', found)
    .where('f.comment', 'is not', null)
    .select(['q.gap_key as key', 'f.comment as comment'])
    .orderBy('f.updated_at', 'desc')
    .limit(found.length * 10)
    .execute();

  return rows.map((r) => ({
    key: r.key,
    count: Number(r.count),
    declined: Number(r.declined),
    partial: Number(r.partial),
    thumbsDown: Number(r.down),
    firstSeen: String(r.first),
    lastSeen: String(r.last),
    examples: distinct(wordings.filter((w) => w.key === r.key).map((w) => w.question ?? '')).slice(
      0,
      EXAMPLES,
    ),
    comments: distinct(comments.filter((c) => c.key === r.key).map((c) => c.comment ?? '')).slice(
      0,
      EXAMPLES,
    ),
  }));
}

const distinct = (items: string[]) => [...new Set(items.filter((i) => i !== ''))];
