import { createServer, type Server } from 'node:http';
import type { CustomRoute } from '@slack/bolt';
import { SERVER_TIMEOUTS } from './http-server.js';

/**
 * Socket Mode has no HTTP server of its own: with HEALTH_PORT set, this one serves the operators'
 * routes (/healthz, /livez, /metrics) and nothing else, cut off like the main one when slow or idle.
 */
export function createOpsServer(routes: CustomRoute[]): Server {
  return createServer(SERVER_TIMEOUTS, (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.path === path);
    const methods = [route?.method ?? []].flat();
    if (!route || !methods.includes(req.method ?? '')) {
      res.writeHead(route ? 405 : 404);
      res.end();
      return;
    }
    Promise.resolve(route.handler(req, res)).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
}
