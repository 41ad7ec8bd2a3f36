import type { CustomRoute } from '@slack/bolt';
import { withTimeout } from '../time-limit.js';

const startedAt = Date.now();

/** Each dependency's state: 'ok', or what is wrong with it. */
export type Checks = Record<string, string>;

/** What readiness depends on: the knowledge base being served, and the database when there is one. */
export interface ReadinessSources {
  /** The knowledge base being served: a short description of it, or throws when there is none. */
  knowledge: () => string;
  database?: { ping(): Promise<boolean> } | undefined;
}

/** A database that does not answer within this is reported as unreachable. */
export const HEALTH_DB_TIMEOUT_MS = 1_000;

/** Runs every check; ready only when all say 'ok'. */
export async function checkReadiness({ knowledge, database }: ReadinessSources): Promise<{
  ready: boolean;
  checks: Checks;
}> {
  const checks: Checks = {};
  try {
    knowledge();
    checks.knowledge = 'ok';
  } catch (error) {
    checks.knowledge = `not loaded: ${(error as Error).message}`;
  }
  if (database) {
    const up = await withTimeout(database.ping(), HEALTH_DB_TIMEOUT_MS, 'timeout').catch(() => false);
    checks.database = up ? 'ok' : `unreachable (no answer to a query within ${HEALTH_DB_TIMEOUT_MS} ms)`;
  }
  return { ready: Object.values(checks).every((c) => c === 'ok'), checks };
}

/**
 * `GET /healthz`, readiness for load balancers: 200 when the knowledge base is loaded and the database
 * (if any) answers, 503 otherwise, so a balancer stops sending work to an instance that cannot record
 * or share it. `GET /livez`, liveness: 200 while the process serves HTTP at all, so a supervisor does
 * not restart an instance for an outage of the database. Both carry uptime and resident memory (the
 * bench reads it); nothing from Slack, nothing secret.
 */
export function healthRoutes(sources: ReadinessSources): CustomRoute[] {
  const vitals = () => ({
    uptime_s: Math.round((Date.now() - startedAt) / 1000),
    rss_bytes: process.memoryUsage.rss(),
  });
  const send = (res: Parameters<CustomRoute['handler']>[1], status: number, body: object) => {
    res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(body));
  };
  return [
    {
      path: '/healthz',
      method: ['GET', 'HEAD'],
      handler: (_req, res) => {
        checkReadiness(sources).then(
          ({ ready, checks }) =>
            send(res, ready ? 200 : 503, { status: ready ? 'ok' : 'unavailable', checks, ...vitals() }),
          () => send(res, 503, { status: 'unavailable', ...vitals() }),
        );
      },
    },
    {
      path: '/livez',
      method: ['GET', 'HEAD'],
      handler: (_req, res) => send(res, 200, { status: 'ok', ...vitals() }),
    },
  ];
}
