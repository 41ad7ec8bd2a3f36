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
 * The HTTP server in front of Bolt's receiver, and the only place requests to the events path are
 * checked: Bolt's own signature check is turned off (see app.ts), so every POST to it passes
 * `checkRequest` here (signature, timestamp both ways, copies) before Bolt sees it. This layer reads
 * the body first (bounded), answers Slack's unsigned `ssl_check` itself (Bolt's check let those
 * through, stripped of anything else), and turns away bodies Bolt would choke on: JSON that parses
 * to something other than an object (`null`, `[]`, `"x"`) makes Bolt throw outside its own error
 * handling, which leaves the request hanging and raises an unhandled rejection. Bolt parses the body
 * (once) and dispatches.
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
    // Exactly Bolt's test for its events endpoint (any case of POST), so nothing reaches it unchecked.
    if (req.method?.toUpperCase() === 'POST' && pathOf(req) === EVENTS_PATH) {
      const body = await readBody(req, BODY_LIMIT);
      if (body === 'too_large') return reply(res, 413);
      if (body === 'aborted') return;
      const contentType = req.headers['content-type'];
      const verdict = await checkRequest(
        { timestamp: header(req, 'x-slack-request-timestamp'), signature: header(req, 'x-slack-signature') },
        body,
        signingSecret,
        replayGuard,
      );
      if (!verdict.ok) {
        // Slack checks the certificate with an unsigned `ssl_check=1`: a 200, and nothing else is read.
        if (verdict.unsigned && isSslCheck(body, contentType)) return reply(res, 200);
        logger.warn(`refused a request to ${EVENTS_PATH}: ${verdict.reason}`);
        return reply(res, 401);
      }
      if (parsesToNonObject(body, contentType)) {
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

const FORM = 'application/x-www-form-urlencoded';

/** Bolt's test for Slack's SSL check: a form body (that exact content type) with `ssl_check=1`. */
function isSslCheck(raw: Buffer, contentType: string | undefined): boolean {
  return contentType === FORM && parseQuery(raw.toString()).ssl_check === '1';
}

/**
 * Mirrors Bolt's parsing (form body, optionally with a JSON `payload`, else JSON), without parsing
 * what cannot be anything but an object or an error: Bolt parses it anyway. JSON whose first
 * character (after JSON's whitespace) opens an object parses to one, or fails (Bolt answers 400); a
 * form without a `payload` field parses to an object (a key can only read `payload` if it is written
 * so, or percent-encoded). Unparseable bodies pass: Bolt answers those itself with 400.
 */
export function parsesToNonObject(raw: Buffer, contentType: string | undefined): boolean {
  let parsed: unknown;
  try {
    if (contentType === FORM) {
      const text = raw.toString();
      if (!text.includes('payload') && !ENCODED_KEY.test(text)) return false;
      const { payload } = parseQuery(text);
      if (typeof payload !== 'string') return false;
      parsed = JSON.parse(payload);
    } else {
      if (opensObject(raw)) return false;
      parsed = JSON.parse(raw.toString());
    }
  } catch {
    return false;
  }
  return typeof parsed !== 'object' || parsed === null || Array.isArray(parsed);
}

/** A form field whose name has a percent sign: it may decode to anything, `payload` included. */
const ENCODED_KEY = /(?:^|&)[^=&]*%/;

/** JSON's whitespace: space, tab, line feed, carriage return. */
const JSON_SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);
const OPEN_BRACE = 0x7b;

function opensObject(raw: Buffer): boolean {
  for (const byte of raw) {
    if (!JSON_SPACE.has(byte)) return byte === OPEN_BRACE;
  }
  return false;
}
