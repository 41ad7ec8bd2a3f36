import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { type HTTPReceiver, HTTPReceiverDeferredRequestError, type Logger } from '@slack/bolt';
import { checkRequest, type ReplayGuard } from './replay-guard.js';

/**
 * Slack's payloads are a few kilobytes (a 10,000-character question is ~30 KB encoded); Bolt's own
 * default is 4 MB. The body is read before the signature is checked, so keep the bound small.
 */
export const BODY_LIMIT = 256 * 1024;
export const EVENTS_PATH = '/slack/events';

/**
 * Slow and idle clients are cut within these. Node checks the first two only every
 * `connectionsCheckingInterval` (30 s by default, which let sockets live 21-40 s): check every second.
 */
export const SERVER_TIMEOUTS = {
  /** From connection (or the end of the previous request) to the last header line. */
  headersTimeout: 10_000,
  /** From connection to the whole request received. */
  requestTimeout: 15_000,
  /** An idle keep-alive connection after a response. */
  keepAliveTimeout: 10_000,
  connectionsCheckingInterval: 1_000,
} as const;

export interface HttpServerOptions {
  signingSecret: string;
  replayGuard: ReplayGuard;
}

/**
 * The HTTP server in front of Bolt's receiver. Bolt verifies signatures, parses and dispatches; this
 * layer reads the body first (bounded), refuses what Bolt's check lets through (timestamps from the
 * future, copies of a request already received: see replay-guard.ts), and turns away bodies Bolt
 * would choke on: JSON that parses to something other than an object (`null`, `[]`, `"x"`) makes
 * Bolt throw outside its own error handling, which leaves the request hanging and raises an
 * unhandled rejection.
 */
export function createHttpServer(
  receiver: HTTPReceiver,
  logger: Logger,
  { signingSecret, replayGuard }: HttpServerOptions,
): Server {
  return createServer(SERVER_TIMEOUTS, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error(`HTTP ${req.method} ${req.url} failed`, error);
      reply(res, 500);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method === 'POST' && pathOf(req) === EVENTS_PATH) {
      const body = await readBody(req, BODY_LIMIT);
      if (body === 'too_large') return reply(res, 413);
      if (body === 'aborted') return;
      const verdict = await checkRequest(
        { timestamp: header(req, 'x-slack-request-timestamp'), signature: header(req, 'x-slack-signature') },
        body,
        signingSecret,
        replayGuard,
      );
      if (verdict && !verdict.ok) {
        logger.warn(`refused a request to ${EVENTS_PATH}: ${verdict.reason}`);
        return reply(res, 401);
      }
      if (parsesToNonObject(body, req.headers['content-type'])) {
        logger.warn('rejected a request whose body is not a JSON object');
        return reply(res, 400);
      }
      // Bolt reuses a body already read into `rawBody` instead of reading the stream again.
      Object.assign(req, { rawBody: body });
    }
    try {
      receiver.requestListener(req, res);
    } catch (error) {
      if (error instanceof HTTPReceiverDeferredRequestError) return reply(res, 404);
      throw error;
    }
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function pathOf(req: IncomingMessage): string {
  // Slack's requests: exactly the events path, which the URL parser would give back as it is.
  if (req.url === EVENTS_PATH) return EVENTS_PATH;
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

function reply(res: ServerResponse, status: number) {
  if (res.headersSent) return;
  res.writeHead(status);
  res.end();
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too_large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve('too_large');
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve('aborted'));
    req.on('aborted', () => resolve('aborted'));
  });
}

/**
 * Mirrors Bolt's parsing (form body, optionally with a JSON `payload`, else JSON). Unparseable bodies
 * pass: Bolt answers those itself, 401 when unsigned and 400 when signed.
 */
function parsesToNonObject(raw: Buffer, contentType: string | undefined): boolean {
  let parsed: unknown;
  try {
    if (contentType === 'application/x-www-form-urlencoded') {
      const { payload } = parseQuery(raw.toString());
      if (typeof payload !== 'string') return false;
      parsed = JSON.parse(payload);
    } else {
      parsed = JSON.parse(raw.toString());
    }
  } catch {
    return false;
  }
  return typeof parsed !== 'object' || parsed === null || Array.isArray(parsed);
}
