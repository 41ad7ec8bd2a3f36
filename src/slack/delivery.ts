import type { Logger } from '@slack/bolt';

/**
 * Every request the app makes to Slack after an ack (Web API calls and response_url posts) goes
 * through the `fetch` built here: Bolt hands `clientOptions.fetch` to each Web API client it makes
 * and uses it for `respond()`. It decides what Slack's bad moments do to an answer:
 *
 * - Rate limits (429) are waited out for as long as `Retry-After` says, up to a bound that fits what
 *   is being sent: a thread reply can arrive a minute late, an ephemeral reply or a modal cannot.
 *   Past the bound the post is given up and logged, with a count.
 * - Posts to a channel are paced at about one a second (with a short burst), Slack's rate for
 *   chat.postMessage, so a busy channel waits its turn instead of earning a 429.
 * - A failure that shows the request was not applied (HTTP 5xx; connection refused, unknown host)
 *   is retried, briefly. A timeout or a connection dropped after sending is not: the post may
 *   already be in the channel, and posting is not idempotent. Such errors are marked `maybe_sent`,
 *   and no apology follows them (see mayHaveBeenDelivered).
 */

/** Each attempt gives up on a silent server after this long. */
export const ATTEMPT_TIMEOUT_MS = 5_000;
/** Slack's rate for posting into one channel: one a second, after a short burst. */
export const PACE = { intervalMs: 1_000, burst: 3 } as const;
/** Retries of a failure that surely was not applied (5xx, refused), with these pauses. */
export const NOT_APPLIED_BACKOFF_MS = [250, 1_000] as const;

/**
 * The longest a request may take, rate-limit waits and pacing included, by what it carries.
 * Thread and DM answers can wait (the user sees them arrive); a response_url reply is ephemeral and
 * expected at once; views.open holds a trigger_id that expires after 3 s.
 */
export const DELIVERY_BOUNDS_MS = {
  post: 60_000,
  response_url: 15_000,
  'views.open': 2_500,
  other: 10_000,
} as const;

/** Methods that post into a channel: paced per channel, bounded as `post`. */
const POSTS = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update', 'chat.delete']);
/** Methods that change nothing, or set the same state again: safe to repeat after a timeout. */
const REPEATABLE = new Set([
  'auth.test',
  'views.publish',
  'chat.getPermalink',
  'chat.update',
  'conversations.info',
  'users.info',
]);
/** Network errors raised before any byte of the request left: the request surely was not applied. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

export type DeliveryOutcome =
  /** The request never reached Slack: nothing was posted. */
  | 'not_sent'
  /** Timed out or dropped after sending: it may have been posted. */
  | 'maybe_sent';

/** A request to Slack that failed without a response; `outcome` says whether it may have been applied. */
export class DeliveryError extends Error {
  override name = 'DeliveryError';
  constructor(
    message: string,
    readonly outcome: DeliveryOutcome,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What the delivery layer reports, for metrics. */
export interface DeliveryEvents {
  /** A request given up: `reason` is `rate_limited`, `paced`, `http_5xx`, `not_sent` or `maybe_sent`. */
  gaveUp?(target: string, reason: string): void;
  /**
   * A failed attempt: `ratelimited`, `http_<status>`, `timeout`, a network code (`ECONNREFUSED`),
   * or the Web API's own error (`channel_not_found`).
   */
  failed?(target: string, error: string): void;
}

export interface DeliveryOptions {
  logger: Logger;
  /** The Web API base URL (SLACK_API_URL or Slack's), to tell method calls from response_url posts. */
  apiUrl: string;
  events?: DeliveryEvents;
  fetch?: typeof fetch;
  bounds?: Partial<Record<keyof typeof DELIVERY_BOUNDS_MS, number>>;
  pace?: { intervalMs: number; burst: number };
  attemptTimeoutMs?: number;
  backoffMs?: readonly number[];
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface Target {
  /** The method name, or `response_url`. */
  label: string;
  /** The channel a post goes to: the key it is paced by. */
  channel?: string;
  boundMs: number;
  repeatable: boolean;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Builds the fetch the Web API clients and respond() use (see the top of this file). */
export function deliveryFetch(options: DeliveryOptions): typeof fetch {
  const {
    logger,
    apiUrl,
    events = {},
    fetch: fetchFn = globalThis.fetch,
    pace = PACE,
    attemptTimeoutMs = ATTEMPT_TIMEOUT_MS,
    backoffMs = NOT_APPLIED_BACKOFF_MS,
    now = Date.now,
    sleep = defaultSleep,
  } = options;
  const bounds = { ...DELIVERY_BOUNDS_MS, ...options.bounds };
  const pacer = new Pacer(pace.intervalMs, pace.burst);
  let givenUp = 0;

  const giveUp = (target: Target, reason: string, detail: string) => {
    givenUp++;
    events.gaveUp?.(target.label, reason);
    logger.warn(
      `gave up delivering ${target.label}${target.channel ? ` to ${target.channel}` : ''}: ${detail} ` +
        `(${givenUp} given up since start)`,
    );
  };

  return async (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    const target = classify(url, init?.body, apiUrl, bounds);
    const started = now();
    const deadline = started + target.boundMs;
    let attempts = 0;
    let limited = 0;
    let retries = 0;
    for (;;) {
      if (target.channel) {
        const slot = pacer.reserve(target.channel, now(), deadline);
        if (slot === undefined) {
          giveUp(
            target,
            'paced',
            `its turn in the channel would come after the ${secs(target.boundMs)} limit`,
          );
          throw new DeliveryError(`${target.label}: not sent, the channel is busy`, 'not_sent');
        }
        if (slot > now()) await sleep(slot - now());
      }
      attempts++;
      const timeout = AbortSignal.timeout(attemptTimeoutMs);
      let response: Response;
      try {
        response = await fetchFn(input, {
          ...init,
          signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout,
        });
      } catch (error) {
        events.failed?.(target.label, timeout.aborted ? 'timeout' : (networkCode(error) ?? 'network'));
        const outcome: DeliveryOutcome = wasNotSent(error) ? 'not_sent' : 'maybe_sent';
        const pause = backoffMs[retries];
        if (
          (outcome === 'not_sent' || target.repeatable) &&
          pause !== undefined &&
          now() + pause < deadline
        ) {
          retries++;
          await sleep(pause);
          continue;
        }
        const what = timeout.aborted ? `no response within ${secs(attemptTimeoutMs)}` : describeCause(error);
        giveUp(target, outcome, `${what} after ${attempts} attempt${attempts === 1 ? '' : 's'}`);
        throw new DeliveryError(`${target.label}: ${what}`, outcome, { cause: error });
      }
      if (events.failed) reportFailure(target.label, response, events.failed);

      if (response.status === 429) {
        limited++;
        const resumeAt = now() + retryAfterMs(response.headers.get('retry-after'));
        if (target.channel) pacer.block(target.channel, resumeAt);
        if (resumeAt > deadline) {
          giveUp(
            target,
            'rate_limited',
            `rate limited ${limited} time${limited === 1 ? '' : 's'}; waiting until Retry-After would pass the ${secs(target.boundMs)} limit`,
          );
          return response;
        }
        await response.body?.cancel();
        if (!target.channel) await sleep(Math.max(0, resumeAt - now()));
        continue;
      }
      if (response.status >= 500) {
        const pause = backoffMs[retries];
        if (pause !== undefined && now() + pause < deadline) {
          retries++;
          await response.body?.cancel();
          await sleep(pause);
          continue;
        }
        giveUp(target, 'http_5xx', `HTTP ${response.status} after ${attempts} attempts`);
      }
      return response;
    }
  };
}

/**
 * True when a failed post may nevertheless have been applied (timed out, or the connection dropped
 * after sending): apologising for it could follow a visible answer. Looks through the Web API
 * client's wrapping (`original`) and `cause`.
 */
export function mayHaveBeenDelivered(error: unknown): boolean {
  return findDeliveryError(error)?.outcome === 'maybe_sent';
}

/** True when Slack refused the post with a rate limit that outlasted its bound. */
export function wasRateLimited(error: unknown): boolean {
  const e = error as { code?: string; statusCode?: number } | undefined;
  return e?.code === 'slack_webapi_rate_limited_error' || e?.statusCode === 429;
}

function findDeliveryError(error: unknown): DeliveryError | undefined {
  let at: unknown = error;
  for (let depth = 0; depth < 5 && at; depth++) {
    if (at instanceof DeliveryError) return at;
    const e = at as { original?: unknown; cause?: unknown };
    at = e.original ?? e.cause;
  }
  return undefined;
}

/**
 * Reports an unsuccessful response: its HTTP status, or for a Web API 200 the `error` of an
 * `{ok: false}` body (read from a copy, without holding the caller up).
 */
function reportFailure(label: string, response: Response, failed: (target: string, error: string) => void) {
  if (response.status === 429) return failed(label, 'ratelimited');
  if (response.status !== 200) {
    if (response.status >= 400) failed(label, `http_${response.status}`);
    return;
  }
  if (label === 'response_url') return;
  response
    .clone()
    .json()
    .then(
      (body: { ok?: unknown; error?: unknown }) => {
        if (body?.ok === false) failed(label, String(body.error ?? 'unknown'));
      },
      () => {},
    );
}

function networkCode(error: unknown): string | undefined {
  let at: unknown = error;
  for (let depth = 0; depth < 5 && at; depth++) {
    const code = (at as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    at = (at as { cause?: unknown }).cause;
  }
  return undefined;
}

function wasNotSent(error: unknown): boolean {
  let at: unknown = error;
  for (let depth = 0; depth < 5 && at; depth++) {
    const { code, socket } = at as { code?: unknown; socket?: { bytesWritten?: unknown } };
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return true;
    // A connection reset or closed before this client wrote a byte on it (undici reports the socket's
    // counts): the request never left. (Over TLS the handshake counts too, so a reset after it stays
    // "maybe sent": a missed retry costs less than a double post.)
    if (code === 'UND_ERR_SOCKET' && socket?.bytesWritten === 0) return true;
    at = (at as { cause?: unknown }).cause;
  }
  return false;
}

function describeCause(error: unknown): string {
  const parts: string[] = [];
  let at: unknown = error;
  for (let depth = 0; depth < 5 && at; depth++) {
    const e = at as { message?: unknown; code?: unknown };
    if (typeof e.code === 'string') parts.push(e.code);
    else if (typeof e.message === 'string' && parts.length === 0) parts.push(e.message);
    at = (at as { cause?: unknown }).cause;
  }
  return parts.join(': ') || String(error);
}

const secs = (ms: number) => `${Math.round(ms / 100) / 10} s`;

/** `Retry-After` in seconds (Slack's form) or as an HTTP date; 1 s when absent or unreadable. */
export function retryAfterMs(header: string | null): number {
  if (header === null) return 1_000;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1_000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? 1_000 : Math.max(0, at - Date.now());
}

function classify(
  url: string,
  body: unknown,
  apiUrl: string,
  bounds: Record<keyof typeof DELIVERY_BOUNDS_MS, number>,
): Target {
  if (!url.startsWith(apiUrl)) {
    return { label: 'response_url', boundMs: bounds.response_url, repeatable: false };
  }
  const label = url.slice(apiUrl.length).split(/[?#]/)[0] ?? url;
  const repeatable = REPEATABLE.has(label);
  if (POSTS.has(label)) {
    const channel = channelOf(body);
    return { label, boundMs: bounds.post, repeatable, ...(channel ? { channel } : {}) };
  }
  const boundMs = label === 'views.open' ? bounds['views.open'] : bounds.other;
  return { label, boundMs, repeatable };
}

/** The `channel` argument of a Web API call body (form-encoded, as the client sends it, or JSON). */
function channelOf(body: unknown): string | undefined {
  if (typeof body !== 'string' && !(body instanceof URLSearchParams)) return undefined;
  try {
    if (typeof body === 'string' && body.trimStart().startsWith('{')) {
      const channel = (JSON.parse(body) as { channel?: unknown }).channel;
      return typeof channel === 'string' ? channel : undefined;
    }
    return new URLSearchParams(body).get('channel') ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Paces requests per key (a channel): a generic cell rate algorithm, one every `intervalMs` after a
 * burst of `burst`. `block` holds the key until a time Slack named (Retry-After).
 */
export class Pacer {
  /** Per key, the theoretical time the next request is due; past ones are pruned. */
  private readonly due = new Map<string, number>();
  private readonly tolerance: number;

  constructor(
    private readonly intervalMs: number,
    burst: number,
  ) {
    this.tolerance = Math.max(0, burst - 1) * intervalMs;
  }

  /**
   * Books the next slot for `key`: the time (>= now) at which the request may go, or undefined
   * (nothing booked) when that would be after `latest`.
   */
  reserve(key: string, now: number, latest = Number.POSITIVE_INFINITY): number | undefined {
    if (this.intervalMs <= 0) return now;
    if (this.due.size > 10_000) this.prune(now);
    const due = this.due.get(key) ?? now;
    const slot = Math.max(now, due - this.tolerance);
    if (slot > latest) return undefined;
    this.due.set(key, Math.max(due, slot) + this.intervalMs);
    return slot;
  }

  /** Nothing more goes to `key` before `until`. */
  block(key: string, until: number): void {
    const due = this.due.get(key) ?? 0;
    this.due.set(key, Math.max(due, until + this.tolerance));
  }

  private prune(now: number): void {
    for (const [key, due] of this.due) if (due <= now) this.due.delete(key);
  }
}
