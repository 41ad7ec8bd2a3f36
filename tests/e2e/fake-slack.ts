import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parse as parseQuery } from 'node:querystring';
import type { Wire } from '../slack/wire.js';
import { commandBody, type Sent, sendSigned } from './sign.js';
import { waitUntil } from './wait.js';

/** One Web API call the app made: the method and its arguments (JSON-encoded fields decoded). */
export interface ApiCall {
  method: string;
  args: Record<string, Wire>;
  token?: string;
  /** chat.postMessage only: the ts the fake gave the posted message (to reply in its thread). */
  ts?: string;
  /** False when the fake refused the call (a failure, a rate limit): nothing was posted. */
  applied: boolean;
}

/**
 * One reply the user saw for a command or button: posted to a response_url, or (commands) the body
 * of the app's ack, which Slack shows the same way.
 */
export interface ResponsePost {
  id: string;
  body: Record<string, Wire>;
  via: 'ack' | 'response_url';
}

export const BOT_USER_ID = 'UROLEBOT';
export const BOT_ID = 'BROLEBOT';

/**
 * A canned failure for a method (or `response_url`): Slack's `{ok: false, error}`, an HTTP status
 * (429 = rate limit, with `Retry-After` in seconds), or a hang: the call is applied (posted) and
 * then never answered, as when Slack's reply is lost.
 */
export type Failure = { error: string } | { status: number; retryAfter?: number } | { hang: true };

/** The key `fail()` and `chaos` use for posts to a response_url. */
export const RESPONSE_URL = 'response_url';

/**
 * A stand-in for Slack on loopback: `POST /api/<method>` plays the Web API (recording each call and
 * answering `{ok: true, ...}`), `POST /response/<id>` plays a response_url. Tests point
 * SLACK_API_URL at `${url}/api/` and put `${url}/response/<id>` in their payloads.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponsePost[] = [];
  private readonly failures = new Map<string, { failure: Failure; times: number }>();
  /** Milliseconds to wait before answering any request, to play a slow Slack. */
  delayMs = 0;
  /** Decides a failure per call (after `fail()`'s), e.g. 20 % of calls at random; none when unset. */
  chaos: ((method: string) => Failure | undefined) | undefined;
  /**
   * Slack's posting limit: chat.postMessage into a channel that had a post applied less than this
   * long ago gets 429 with `Retry-After: 1`. Off (0) by default.
   */
  channelIntervalMs = 0;
  private readonly lastPost = new Map<string, number>();
  private readonly hung = new Set<() => void>();
  private readonly waiters = new Set<() => void>();
  private server?: Server;
  private nextTs = 1;
  url = '';
  /** What apps.connections.open hands out (Socket Mode): set by FakeSocketMode. */
  socketUrl = '';

  async start(): Promise<this> {
    const server = createServer((req, res) => {
      this.handle(req).then(
        ({ status, body, headers }) => {
          res.writeHead(status, { 'content-type': 'application/json', ...headers });
          res.end(JSON.stringify(body));
          for (const wake of this.waiters) wake();
        },
        (error: unknown) => {
          if ((error as Error).message === 'hung') return void res.destroy();
          res.writeHead(500);
          res.end();
        },
      );
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const release of this.hung) release();
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  /**
   * Sends a signed `/role` command to the app the way Slack does, with `responseUrl(id)`, and records
   * an answer in the ack's body as a reply under that id, as Slack would show it.
   */
  async command(events: string, text: string, id: string, extra: Record<string, string> = {}): Promise<Sent> {
    const res = await sendSigned(
      events,
      commandBody(text, this.responseUrl(id), extra),
      'application/x-www-form-urlencoded',
    );
    if (res.status === 200 && res.text) {
      this.responses.push({ id, body: JSON.parse(res.text), via: 'ack' });
      for (const wake of this.waiters) wake();
    }
    return res;
  }

  /**
   * Makes the next `times` calls to `method` (`response_url` for response_url posts) fail this way,
   * every later call when `times` is not given, until cleared with `undefined`.
   */
  fail(method: string, failure: Failure | undefined, times = Number.POSITIVE_INFINITY): void {
    if (failure) this.failures.set(method, { failure, times });
    else this.failures.delete(method);
  }

  reset(): void {
    for (const release of this.hung) release();
    this.calls.length = 0;
    this.responses.length = 0;
    this.failures.clear();
    this.lastPost.clear();
    this.delayMs = 0;
    this.chaos = undefined;
    this.channelIntervalMs = 0;
  }

  /** Calls to `method` that were applied (posted), not refused. */
  appliedTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method && c.applied);
  }

  private failureFor(method: string): Failure | undefined {
    const canned = this.failures.get(method);
    if (canned && canned.times > 0) {
      canned.times--;
      return canned.failure;
    }
    return this.chaos?.(method);
  }

  /** Holds the reply until stop() or reset(): the caller sees a request that never ends. */
  private hang(): Promise<never> {
    for (const wake of this.waiters) wake();
    return new Promise((_, reject) => {
      const release = () => {
        this.hung.delete(release);
        reject(new Error('hung'));
      };
      this.hung.add(release);
    });
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /**
   * Resolves once `predicate` holds, or rejects after `timeoutMs`. Checked after every request and
   * every 20 ms, since some conditions (log lines) change after the app has read a response.
   */
  waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 5_000): Promise<T> {
    return waitUntil(this.waiters, predicate, timeoutMs, 'FakeSlack');
  }

  private async handle(
    req: IncomingMessage,
  ): Promise<{ status: number; body: unknown; headers?: Record<string, string> }> {
    const raw = await readAll(req);
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const path = new URL(req.url ?? '/', this.url).pathname;

    const response = path.match(/^\/response\/(.+)$/);
    if (response?.[1]) {
      const failure = this.failureFor(RESPONSE_URL);
      if (failure && !('hang' in failure)) return refusal(failure);
      this.responses.push({
        id: decodeURIComponent(response[1]),
        body: JSON.parse(raw),
        via: 'response_url',
      });
      if (failure) return this.hang();
      return { status: 200, body: { ok: true } };
    }

    const api = path.match(/^\/api\/(.+)$/);
    if (!api?.[1]) return { status: 404, body: { ok: false, error: 'unknown_path' } };
    const method = api[1];
    const args = decodeArgs(raw, req.headers['content-type']);
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    const call: ApiCall = { method, args, applied: false, ...(token ? { token } : {}) };
    this.calls.push(call);

    const failure = this.failureFor(method) ?? this.overLimit(method, args);
    if (failure && !('hang' in failure)) return refusal(failure);
    call.applied = true;
    const body = this.answer(method, args) as { ts?: string };
    if (method === 'chat.postMessage') call.ts = body.ts;
    if (failure) return this.hang();
    return { status: 200, body };
  }

  /** Slack's one-post-a-second-per-channel limit, when `channelIntervalMs` is set. */
  private overLimit(method: string, args: Record<string, Wire>): Failure | undefined {
    if (method !== 'chat.postMessage' || this.channelIntervalMs <= 0) return undefined;
    const channel = String(args.channel);
    const now = Date.now();
    const last = this.lastPost.get(channel);
    if (last !== undefined && now - last < this.channelIntervalMs) return { status: 429, retryAfter: 1 };
    this.lastPost.set(channel, now);
    return undefined;
  }

  private answer(method: string, args: Record<string, Wire>): unknown {
    switch (method) {
      case 'auth.test':
        return {
          ok: true,
          user_id: BOT_USER_ID,
          bot_id: BOT_ID,
          team_id: 'T0TEAM',
          user: 'rolebot',
          team: 'Test',
        };
      case 'chat.postMessage':
        return {
          ok: true,
          channel: args.channel,
          ts: `1700000000.${String(this.nextTs++).padStart(6, '0')}`,
        };
      case 'chat.getPermalink':
        return {
          ok: true,
          channel: args.channel,
          permalink: `https://test.slack.example/archives/${args.channel}/p${String(args.message_ts).replace('.', '')}`,
        };
      // An OAuth install's code exchange: a bot token named after the code, for this fake's one team.
      case 'oauth.v2.access':
        return {
          ok: true,
          app_id: 'A0ROLEBOT',
          authed_user: { id: 'U0INSTALLER' },
          scope: 'app_mentions:read,chat:write,commands,im:history,assistant:write',
          token_type: 'bot',
          access_token: `xoxb-installed-${args.code}`,
          bot_user_id: BOT_USER_ID,
          team: { id: 'T0TEAM', name: 'Test' },
          enterprise: null,
          is_enterprise_install: false,
        };
      case 'apps.connections.open':
        return { ok: true, url: this.socketUrl };
      case 'views.publish':
        return { ok: true, view: { id: 'V0HOME', type: 'home' } };
      default:
        return { ok: true };
    }
  }
}

function refusal(failure: Exclude<Failure, { hang: true }>): {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
} {
  if ('error' in failure) return { status: 200, body: { ok: false, error: failure.error } };
  const headers: Record<string, string> =
    failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {};
  const error = failure.status === 429 ? 'ratelimited' : 'internal_error';
  return { status: failure.status, body: { ok: false, error }, headers };
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString()));
    req.on('error', reject);
  });
}

/** The Web API client sends form bodies with nested values (blocks, view) as JSON strings. */
function decodeArgs(raw: string, contentType: string | undefined): Record<string, Wire> {
  if (contentType?.startsWith('application/json')) return JSON.parse(raw || '{}');
  const args: Record<string, Wire> = {};
  for (const [key, value] of Object.entries(parseQuery(raw))) {
    const v = Array.isArray(value) ? value[0] : value;
    args[key] = typeof v === 'string' && /^[[{]/.test(v) ? tryJson(v) : v;
  }
  return args;
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
