import { describe, expect, it } from 'vitest';
import { checkReadiness, healthRoutes } from '../../src/slack/health.js';

/** Calls a route's handler with a response that records what was sent. */
function call(path: string, sources: Parameters<typeof healthRoutes>[0]) {
  const route = healthRoutes(sources).find((r) => r.path === path);
  if (!route) throw new Error(`no route ${path}`);
  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve) => {
    let status = 0;
    const res = {
      writeHead: (s: number) => {
        status = s;
      },
      end: (text: string) => resolve({ status, body: JSON.parse(text) }),
    };
    route.handler({} as never, res as never);
  });
}

const knowledge = () => '8 roles';
const up = { ping: async () => true };
const down = { ping: async () => false };

describe('health checks', () => {
  it('is ready with the knowledge base loaded and the database answering', async () => {
    expect(await checkReadiness({ knowledge, database: up })).toEqual({
      ready: true,
      checks: { knowledge: 'ok', database: 'ok' },
    });
    expect(await checkReadiness({ knowledge })).toMatchObject({ ready: true, checks: { knowledge: 'ok' } });
  });

  it('GET /healthz is 503 and says why when the database is away; GET /livez stays 200', async () => {
    const ready = await call('/healthz', { knowledge, database: down });
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({
      status: 'unavailable',
      checks: { database: expect.stringContaining('unreachable') },
    });
    expect((await call('/livez', { knowledge, database: down })).status).toBe(200);
    const ok = await call('/healthz', { knowledge, database: up });
    expect(ok).toMatchObject({ status: 200, body: { status: 'ok', rss_bytes: expect.any(Number) } });
  });

  it('is not ready without a knowledge base', async () => {
    const none = () => {
      throw new Error('no valid knowledge base');
    };
    expect(await checkReadiness({ knowledge: none })).toEqual({
      ready: false,
      checks: { knowledge: 'not loaded: no valid knowledge base' },
    });
  });
});
