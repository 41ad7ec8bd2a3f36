import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';
import type { SeenOnce } from './seen-once.js';

/** Slack's window: a request stamped more than this far from now, either way, is refused. */
export const REPLAY_WINDOW_S = 5 * 60;

/**
 * Remembers the signatures of requests already accepted, until their timestamp leaves the window.
 * A signature covers the timestamp and the whole body, so a second request with the same one is a
 * copy (Slack's own retries are signed anew). A once-only check like the event ids', so several
 * instances share it through their database (SharedSeenOnce); `MemoryReplayGuard` serves one.
 */
export type ReplayGuard = SeenOnce;

export class MemoryReplayGuard implements ReplayGuard {
  private readonly seen = new Map<string, number>();
  private nextSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  async firstSight(signature: string, expiresAtMs: number): Promise<boolean> {
    const now = this.now();
    this.sweep(now);
    const known = this.seen.get(signature);
    if (known !== undefined && known > now) return false;
    this.seen.set(signature, expiresAtMs);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  /** Forgets expired signatures, at most once a second: only Slack's verified traffic gets here. */
  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + 1_000;
    for (const [signature, expiresAt] of this.seen) if (expiresAt <= now) this.seen.delete(signature);
  }
}

/** `unsigned`: the request carries no signature or no timestamp at all. */
export type Verdict = { ok: true } | { ok: false; reason: string; unsigned?: true };

/**
 * Slack's documented check, in full: a v0 signature over `v0:<timestamp>:<body>` made with the signing
 * secret, a timestamp within five minutes of now in either direction (Bolt only refuses old ones),
 * and never the same signature twice. The only check: Bolt's own is turned off, so a request without
 * the headers is refused here too (`unsigned`; the HTTP layer still answers Slack's unsigned
 * `ssl_check` itself, processing nothing).
 */
export async function checkRequest(
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: Buffer,
  signingSecret: string,
  guard: ReplayGuard,
  nowMs: number = Date.now(),
): Promise<Verdict> {
  const { timestamp, signature } = headers;
  if (timestamp === undefined || signature === undefined) {
    return { ok: false, reason: 'no x-slack-signature or x-slack-request-timestamp header', unsigned: true };
  }
  const stamped = Number(timestamp);
  if (!Number.isInteger(stamped)) return { ok: false, reason: 'the timestamp is not a number' };
  const skew = Math.round(nowMs / 1000 - stamped);
  if (Math.abs(skew) > REPLAY_WINDOW_S) {
    return {
      ok: false,
      reason: `the timestamp is ${Math.abs(skew)} s in the ${skew > 0 ? 'past' : 'future'}`,
    };
  }
  if (!signatureMatches(signature, timestamp, body, signingSecret)) {
    return { ok: false, reason: 'the signature does not match' };
  }
  // Recorded only once verified, so nobody but Slack can fill the memory.
  if (!(await guard.firstSight(signature, (stamped + REPLAY_WINDOW_S) * 1000))) {
    return { ok: false, reason: 'a copy of a request already received (same signature)' };
  }
  return { ok: true };
}

/** The signing secret as a key, made once: a string secret is imported again for every HMAC. */
let keyOf: { secret: string; key: KeyObject } | undefined;
function signingKey(secret: string): KeyObject {
  if (keyOf?.secret !== secret) keyOf = { secret, key: createSecretKey(Buffer.from(secret)) };
  return keyOf.key;
}

function signatureMatches(signature: string, timestamp: string, body: Buffer, secret: string): boolean {
  const hmac = createHmac('sha256', signingKey(secret));
  const expected = Buffer.from(`v0=${hmac.update(`v0:${timestamp}:`).update(body).digest('hex')}`);
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
