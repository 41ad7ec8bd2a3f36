import type { CustomRoute } from '@slack/bolt';

const startedAt = Date.now();

/**
 * `GET /healthz`: 200 with a small JSON body for load balancers and the bench (which reads the
 * resident memory from it). No Slack data, nothing secret.
 */
export const healthRoute: CustomRoute = {
  path: '/healthz',
  method: ['GET', 'HEAD'],
  handler: (_req, res) => {
    const body = JSON.stringify({
      status: 'ok',
      uptime_s: Math.round((Date.now() - startedAt) / 1000),
      rss_bytes: process.memoryUsage.rss(),
    });
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(body);
  },
};
