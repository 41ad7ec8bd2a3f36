import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import {
  AuthorizationError,
  type HTTPReceiver,
  HTTPReceiverDeferredRequestError,
  type Logger,
  type ReceiverEvent,
  ReceiverMultipleAckError,
} from '@slack/bolt';
import { messageJson } from '../render/json.js';
import { deadlines } from './deadlines.js';
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
  /** Runs a checked, parsed request through the app's listeners (Bolt's `app.processEvent`). */
  processEvent: (event: ReceiverEvent) => Promise<void>;
  /** How long a request may go unacknowledged (tests shorten it). */
  unackedMs?: number;
}

/** How long a request may go unacknowledged before it is answered 404 (Bolt's receiver: the same). */
export const UNACKED_MS = 3_001;
/** `function_executed` events (workflow steps) get longer, as in Bolt. */
const UNACKED_FUNCTION_MS = 5_001;

const JSON_HEADERS = { 'content-type': 'application/json' } as const;

/**
 * The HTTP server: Slack's requests to the events path are taken in full here, everything else
 * (health, metrics, OAuth install pages) goes to Bolt's receiver.
 *
 * A POST to the events path is read (bounded), checked (`checkRequest`: signature, timestamp both
 * ways, copies; the only check, Bolt's own is turned off), parsed once, and handed to the app the
 * way Bolt's receiver would: Slack's `ssl_check` and `url_verification` answered here, an ack that
 * writes the HTTP response (the reply's JSON with the blocks replies share serialized once, see
 * render/json.ts), a 404 when nothing acks within 3 s, 401 for an authorization failure and 500 for
 * any other. Bodies are refused as Bolt's receiver refuses them (400 when unparseable), and so is
 * JSON that parses to something other than an object (`null`, `[]`, `"x"`), on which Bolt's
 * dispatch throws.
 */
export function createHttpServer(
  receiver: HTTPReceiver,
  logger: Logger,
  { signingSecret, replayGuard, processEvent, unackedMs = UNACKED_MS }: HttpServerOptions,
): Server {
  return createServer(SERVER_TIMEOUTS, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error(`HTTP ${req.method} ${req.url} failed`, error);
      reply(res, 500);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    // Exactly Bolt's test for its events endpoint (any case of POST): none of these reach Bolt's receiver.
    if (req.method?.toUpperCase() === 'POST' && pathOf(req) === EVENTS_PATH) {
      await handleEvent(req, res);
      return;
    }
    try {
      receiver.requestListener(req, res);
    } catch (error) {
      if (error instanceof HTTPReceiverDeferredRequestError) return reply(res, 404);
      throw error;
    }
  }

  async function handleEvent(req: IncomingMessage, res: ServerResponse) {
    const raw = await readBody(req, BODY_LIMIT);
    if (raw === 'too_large') return reply(res, 413);
    if (raw === 'aborted') return;
    const contentType = req.headers['content-type'];
    const verdict = await checkRequest(
      { timestamp: header(req, 'x-slack-request-timestamp'), signature: header(req, 'x-slack-signature') },
      raw,
      signingSecret,
      replayGuard,
    );
    if (!verdict.ok) {
      // Slack checks the certificate with an unsigned `ssl_check=1`: a 200, and nothing else is read.
      if (verdict.unsigned && isSslCheck(raw, contentType)) return reply(res, 200);
      logger.warn(`refused a request to ${EVENTS_PATH}: ${verdict.reason}`);
      return reply(res, 401);
    }
    let body: unknown;
    try {
      body = parseBody(raw, contentType);
    } catch (error) {
      logger.warn(`Malformed request body: ${(error as Error).message}`);
      return reply(res, 400);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      logger.warn('rejected a request whose body is not a JSON object');
      return reply(res, 400);
    }
    const fields = body as Record<string, unknown>;
    if (fields.ssl_check === '1') return reply(res, 200);
    if (fields.type === 'url_verification') {
      res.writeHead(200, JSON_HEADERS);
      res.end(JSON.stringify({ challenge: fields.challenge }));
      return;
    }

    let acked = false;
    const cancel = deadlines.add(
      (fields.event as { type?: unknown } | undefined)?.type === 'function_executed'
        ? UNACKED_FUNCTION_MS
        : unackedMs,
      () => {
        if (acked) return;
        logger.error(
          'An incoming event was not acknowledged within 3 seconds. Ensure that the ack() argument is called in a listener.',
        );
        reply(res, 404);
      },
    );
    const settle = () => {
      acked = true;
      cancel();
    };
    const event: ReceiverEvent = {
      body: fields,
      ack: async (response?: unknown) => {
        if (acked) throw new ReceiverMultipleAckError();
        settle();
        writeAck(res, response);
      },
      retryNum: retryNum(req),
      retryReason: header(req, 'x-slack-retry-reason'),
      customProperties: {},
    };
    try {
      await processEvent(event);
    } catch (error) {
      if (res.headersSent) {
        logger.error('An unhandled error occurred after ack() called in a listener');
        logger.debug(`Error details: ${error}`);
        return;
      }
      settle();
      if (error instanceof AuthorizationError) return reply(res, 401);
      logger.error('An unhandled error occurred while Bolt processed an event');
      logger.debug(`Error details: ${error}`);
      reply(res, 500);
    }
  }
}

/** An ack's HTTP response, as Bolt's receiver writes it; an object as JSON (render/json.ts). */
function writeAck(res: ServerResponse, response: unknown): void {
  if (!response) {
    res.writeHead(200);
    res.end();
  } else if (typeof response === 'string') {
    res.writeHead(200);
    res.end(response);
  } else {
    res.writeHead(200, JSON_HEADERS);
    res.end(messageJson(response as object));
  }
}

/**
 * Bolt's parsing: a form (its JSON `payload` when it has one), else JSON. Throws when unparseable. A
 * form with `ssl_check=1` stays the form, payload or not: Bolt's receiver answered those as an SSL
 * check, whatever else they carried.
 */
function parseBody(raw: Buffer, contentType: string | undefined): unknown {
  const text = raw.toString();
  if (contentType === FORM) {
    const form = parseQuery(text);
    return typeof form.payload === 'string' && form.ssl_check !== '1' ? JSON.parse(form.payload) : form;
  }
  return JSON.parse(text);
}

function retryNum(req: IncomingMessage): number | undefined {
  const value = header(req, 'x-slack-retry-num');
  return value === undefined ? undefined : Number.parseInt(value, 10);
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
    // Slack's bodies nearly always arrive in one chunk: that one is the body, not copied.
    req.on('end', () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    req.on('error', () => resolve('aborted'));
    req.on('aborted', () => resolve('aborted'));
  });
}

const FORM = 'application/x-www-form-urlencoded';

/** Bolt's test for Slack's SSL check: a form body (that exact content type) with `ssl_check=1`. */
function isSslCheck(raw: Buffer, contentType: string | undefined): boolean {
  return contentType === FORM && parseQuery(raw.toString()).ssl_check === '1';
}
