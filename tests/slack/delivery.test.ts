import { describe, expect, it } from 'vitest';
import {
  DeliveryError,
  deliveryFetch,
  mayHaveBeenDelivered,
  Pacer,
  retryAfterMs,
} from '../../src/slack/delivery.js';
import { recordingLogger } from './fakes.js';

const API = 'https://slack.test/api/';

type Reply =
  | number
  | { status: number; retryAfter?: number }
  | 'refused'
  | 'hang'
  | 'reset'
  | 'closed before sending'
  | 'closed after sending';

/**
 * A delivery fetch over a scripted Slack: each request takes the next reply from `script` (200 once
 * it is used up). Time is virtual: sleeping advances the clock at once, so a 30 s Retry-After costs
 * nothing; only the per-attempt timeout runs on real time (kept short).
 */
function scripted(script: Reply[], gaveUp: string[] = []) {
  let clock = 0;
  const sent: Array<{ url: string; at: number }> = [];
  const logger = recordingLogger();
  const fetchStub = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    sent.push({ url: String(input), at: clock });
    const reply = script.shift() ?? 200;
    if (reply === 'refused') {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
      });
    }
    if (reply === 'closed before sending') {
      // undici's SocketError, with the socket's counts: nothing written on it.
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('other side closed'), {
          code: 'UND_ERR_SOCKET',
          socket: { bytesWritten: 0, bytesRead: 0 },
        }),
      });
    }
    if (reply === 'closed after sending') {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('other side closed'), {
          code: 'UND_ERR_SOCKET',
          socket: { bytesWritten: 412, bytesRead: 0 },
        }),
      });
    }
    if (reply === 'reset') {
      throw new TypeError('fetch failed', {
        cause: Object.assign(new Error('socket'), { code: 'ECONNRESET' }),
      });
    }
    if (reply === 'hang') {
      return new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    }
    const { status, retryAfter } =
      typeof reply === 'number' ? { status: reply, retryAfter: undefined } : reply;
    const headers = retryAfter === undefined ? undefined : { 'retry-after': String(retryAfter) };
    return new Response(JSON.stringify({ ok: status === 200 }), { status, headers });
  };
  const fetch = deliveryFetch({
    logger,
    apiUrl: API,
    fetch: fetchStub as typeof globalThis.fetch,
    attemptTimeoutMs: 50,
    now: () => clock,
    sleep: async (ms) => {
      clock += ms;
    },
    events: { gaveUp: (target, reason) => gaveUp.push(`${target} ${reason}`) },
  });
  const post = (channel = 'C1') =>
    fetch(`${API}chat.postMessage`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ channel, text: 'hi' }).toString(),
    });
  const respond = () => fetch('https://hooks.slack.test/commands/T1/1/x', { method: 'POST', body: '{}' });
  return { fetch, post, respond, sent, logger, clock: () => clock };
}

describe('delivery: rate limits', () => {
  it('waits out Retry-After and delivers once the limit lifts', async () => {
    const s = scripted([
      { status: 429, retryAfter: 30 },
      { status: 429, retryAfter: 20 },
    ]);
    expect((await s.post()).status).toBe(200);
    expect(s.sent.map((r) => r.at)).toEqual([0, 30_000, 50_000]);
    expect(s.logger.lines).toEqual([]);
  });

  it('gives up a post when the wait would pass its bound: the 429 reaches the caller, logged with a count', async () => {
    const gaveUp: string[] = [];
    const s = scripted(
      [
        { status: 429, retryAfter: 61 },
        { status: 429, retryAfter: 120 },
      ],
      gaveUp,
    );
    expect((await s.post()).status).toBe(429);
    expect((await s.post('C2')).status).toBe(429);
    expect(s.sent).toHaveLength(2);
    expect(gaveUp).toEqual(['chat.postMessage rate_limited', 'chat.postMessage rate_limited']);
    expect(s.logger.lines.map((l) => l.text)).toEqual([
      expect.stringMatching(
        /gave up delivering chat\.postMessage to C1: rate limited 1 time.*\(1 given up since start\)/,
      ),
      expect.stringMatching(/to C2: .*\(2 given up since start\)/),
    ]);
  });

  it('gives an ephemeral response_url reply a shorter bound than a thread reply', async () => {
    const s = scripted([
      { status: 429, retryAfter: 30 },
      { status: 429, retryAfter: 30 },
    ]);
    expect((await s.respond()).status).toBe(429);
    expect((await s.post()).status).toBe(200);
  });

  it('holds other posts to a rate-limited channel until Retry-After, and not other channels', async () => {
    const s = scripted([{ status: 429, retryAfter: 10 }]);
    await s.post('C1');
    await s.post('C1');
    await s.post('C2');
    expect(s.sent.map((r) => r.at)).toEqual([0, 10_000, 11_000, 11_000]);
  });

  it('reads Retry-After in seconds or as a date, 1 s when unreadable', () => {
    expect(retryAfterMs('3')).toBe(3_000);
    expect(retryAfterMs(null)).toBe(1_000);
    expect(retryAfterMs('soon')).toBe(1_000);
    expect(retryAfterMs(new Date(Date.now() + 60_000).toUTCString())).toBeGreaterThan(50_000);
  });
});

describe('delivery: failures', () => {
  it('retries a 5xx (not applied), then hands the last response over', async () => {
    const ok = scripted([500, 503]);
    expect((await ok.post()).status).toBe(200);
    expect(ok.sent).toHaveLength(3);
    const gaveUp: string[] = [];
    const failing = scripted([500, 500, 500, 500], gaveUp);
    expect((await failing.respond()).status).toBe(500);
    expect(failing.sent).toHaveLength(3);
    expect(gaveUp).toEqual(['response_url http_5xx']);
  });

  it('retries a refused connection: the request never left', async () => {
    const s = scripted(['refused']);
    expect((await s.respond()).status).toBe(200);
    expect(s.sent).toHaveLength(2);
  });

  it('retries a post whose connection closed before a byte of it was written', async () => {
    const s = scripted(['closed before sending']);
    expect((await s.post()).status).toBe(200);
    expect(s.sent).toHaveLength(2);
    const r = scripted(['closed before sending']);
    expect((await r.respond()).status).toBe(200);
    expect(r.sent).toHaveLength(2);
  });

  it('never repeats a post that timed out or lost its connection: it may have been posted', async () => {
    for (const reply of ['hang', 'reset', 'closed after sending'] as const) {
      const s = scripted([reply]);
      const error = await s.post().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DeliveryError);
      expect((error as DeliveryError).outcome).toBe('maybe_sent');
      expect(mayHaveBeenDelivered(error)).toBe(true);
      expect(s.sent).toHaveLength(1);
      const respondError = await scripted([reply])
        .respond()
        .catch((e: unknown) => e);
      expect(mayHaveBeenDelivered(respondError)).toBe(true);
    }
  });

  it('repeats a call that changes nothing (views.publish) after a timeout', async () => {
    const s = scripted(['hang']);
    expect((await s.fetch(`${API}views.publish`, { method: 'POST', body: 'user_id=U1' })).status).toBe(200);
    expect(s.sent).toHaveLength(2);
  });

  it('sees a DeliveryError through the Web API client wrapping (original) and causes', () => {
    const inner = new DeliveryError('x', 'maybe_sent');
    expect(mayHaveBeenDelivered(Object.assign(new Error('request'), { original: inner }))).toBe(true);
    expect(mayHaveBeenDelivered(new DeliveryError('x', 'not_sent'))).toBe(false);
    expect(mayHaveBeenDelivered(new Error('platform'))).toBe(false);
  });
});

describe('delivery: pacing', () => {
  it('paces posts to one channel at one a second after a short burst, each channel on its own', async () => {
    const s = scripted([]);
    for (let i = 0; i < 5; i++) await s.post('C1');
    await s.post('C2');
    expect(s.sent.map((r) => r.at)).toEqual([0, 0, 0, 1_000, 2_000, 2_000]);
  });

  it('books no slot it cannot use', () => {
    const pacer = new Pacer(1_000, 1);
    expect(pacer.reserve('C', 0)).toBe(0);
    expect(pacer.reserve('C', 0, 500)).toBeUndefined();
    expect(pacer.reserve('C', 0)).toBe(1_000);
  });
});
