import { sql } from 'kysely';
import type { Db } from '../connect.js';
import { type Gap, queryGaps } from './gaps.js';

export interface ReportQuery {
  since?: Date;
  topN?: number;
}

export interface Count {
  name: string;
  count: number;
}

/** Usage over a period: what was asked, how well it was answered, and what people thought of it. */
export interface Report {
  since?: string;
  total: number;
  perDay: Count[];
  bySurface: Count[];
  answered: number;
  partial: number;
  declined: number;
  help: number;
  helpful: number;
  unhelpful: number;
  topRoles: Count[];
  topFacets: Count[];
  topTopics: Count[];
  topGaps: Gap[];
  expertRequests: { open: number; resolved: number };
}

export async function queryReport(db: Db, { since, topN = 5 }: ReportQuery = {}): Promise<Report> {
  const from = since?.toISOString() ?? '';
  const questions = db.selectFrom('questions').where('asked_at', '>=', from);
  const grouped = async (column: 'surface' | 'coverage' | 'kind' | 'roles' | 'facet' | 'topic') =>
    (
      await questions
        .select((eb) => [eb.ref(column).as('name'), eb.fn.countAll().as('count')])
        .groupBy(column)
        .execute()
    ).map((r) => ({ name: String(r.name ?? ''), count: Number(r.count) }));

  const day = sql<string>`substr(asked_at, 1, 10)`;
  const perDay = (
    await questions
      .select((eb) => [day.as('day'), eb.fn.countAll().as('count')])
      .groupBy(day)
      .orderBy(day)
      .execute()
  ).map((r) => ({ name: r.day, count: Number(r.count) }));

  const [bySurface, byCoverage, byKind, byRoles, byFacet, byTopic] = await Promise.all([
    grouped('surface'),
    grouped('coverage'),
    grouped('kind'),
    grouped('roles'),
    grouped('facet'),
    grouped('topic'),
  ]);
  const feedback = await db
    .selectFrom('feedback')
    .where('updated_at', '>=', from)
    .select((eb) => ['value', eb.fn.countAll().as('count')])
    .groupBy('value')
    .execute();
  const experts = await db
    .selectFrom('expert_requests')
    .where('asked_at', '>=', from)
    .select((eb) => ['status', eb.fn.countAll().as('count')])
    .groupBy('status')
    .execute();

  const total = sum(bySurface);
  const help = byKind.find((k) => k.name === 'help')?.count ?? 0;
  const of = (rows: { name?: string; value?: string; status?: string; count: unknown }[], name: string) =>
    Number(rows.find((r) => (r.name ?? r.value ?? r.status) === name)?.count ?? 0);
  // "Comma-separated role ids" per row: a comparison counts for each of its roles.
  const roles = new Map<string, number>();
  for (const r of byRoles) {
    for (const id of r.name.split(',').filter(Boolean)) roles.set(id, (roles.get(id) ?? 0) + r.count);
  }
  return {
    ...(since ? { since: from } : {}),
    total,
    perDay,
    bySurface: top(bySurface, 10),
    answered: of(byCoverage, 'full'),
    partial: of(byCoverage, 'partial'),
    // Help is not a decline: it answers "what can you do?".
    declined: of(byCoverage, 'none') - help,
    help,
    helpful: of(feedback, 'up'),
    unhelpful: of(feedback, 'down'),
    topRoles: top(
      [...roles].map(([name, count]) => ({ name, count })),
      topN,
    ),
    topFacets: top(
      byFacet.filter((f) => f.name),
      topN,
    ),
    topTopics: top(
      byTopic.filter((t) => t.name),
      topN,
    ),
    topGaps: await queryGaps(db, { ...(since ? { since } : {}), limit: topN }),
    expertRequests: { open: of(experts, 'open'), resolved: of(experts, 'resolved') },
  };
}

const sum = (rows: Count[]) => rows.reduce((n, r) => n + r.count, 0);
const top = (rows: Count[], n: number) => [...rows].sort((a, b) => b.count - a.count).slice(0, n);
