import type { KnowledgeBase } from './load.js';
import type { Comparison, Role, Topic } from './schema.js';

/** How often an entry is reviewed when it does not say: every six months. */
export const DEFAULT_REVIEW_DAYS = 180;

export type Entry = Role | Comparison | Topic;

export interface Overdue {
  entry: Entry;
  /** Days since the last review. */
  age: number;
  interval: number;
}

const DAY_MS = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The review interval in days: REVIEW_INTERVAL_DAYS when set to a positive whole number, else 180. */
export function reviewInterval(env: NodeJS.ProcessEnv = process.env): number {
  const days = Number(env.REVIEW_INTERVAL_DAYS?.trim() || DEFAULT_REVIEW_DAYS);
  return Number.isInteger(days) && days > 0 ? days : DEFAULT_REVIEW_DAYS;
}

/** Entries last reviewed longer ago than their interval (their own `review_every_days`, else `days`), oldest first. */
export function overdueEntries(
  kb: KnowledgeBase,
  today: Date,
  days: number = DEFAULT_REVIEW_DAYS,
): Overdue[] {
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return [...kb.roles, ...kb.comparisons, ...kb.topics]
    .map((entry) => ({
      entry,
      age: Math.floor((now - dayOf(entry.reviewed)) / DAY_MS),
      interval: entry.review_every_days ?? days,
    }))
    .filter((o) => o.age > o.interval)
    .sort((a, b) => b.age - a.age);
}

/** The oldest review date among the entries an answer draws on: the answer is as fresh as that. */
export function oldestReview(entries: ReadonlyArray<{ reviewed: string }>): string | undefined {
  return entries.map((e) => e.reviewed).sort()[0];
}
