import { describe, expect, it } from 'vitest';
import { checkRequest, MemoryReplayGuard, REPLAY_WINDOW_S } from '../../src/slack/replay-guard.js';
import { slackSignature } from '../e2e/sign.js';

const SECRET = 'unit-secret';
const body = Buffer.from('token=x&command=%2Frole&text=cro');
const NOW_S = 1_800_000_000;

function signed(timestamp: number, text = body) {
  return { timestamp: String(timestamp), signature: slackSignature(SECRET, timestamp, text.toString()) };
}

describe('checkRequest', () => {
  it('accepts a fresh, validly signed request once and refuses its copy', async () => {
    const guard = new MemoryReplayGuard(() => NOW_S * 1000);
    const headers = signed(NOW_S);
    expect(await checkRequest(headers, body, SECRET, guard, NOW_S * 1000)).toEqual({ ok: true });
    expect(await checkRequest(headers, body, SECRET, guard, NOW_S * 1000 + 60_000)).toEqual({
      ok: false,
      reason: 'a copy of a request already received (same signature)',
    });
  });

  it.each([
    ['past', -(REPLAY_WINDOW_S + 1)],
    ['future', REPLAY_WINDOW_S + 1],
    ['future', 365 * 24 * 3600],
  ])('refuses a timestamp outside the window in the %s', async (direction, offset) => {
    const verdict = await checkRequest(
      signed(NOW_S + offset),
      body,
      SECRET,
      new MemoryReplayGuard(),
      NOW_S * 1000,
    );
    expect(verdict).toEqual({ ok: false, reason: expect.stringContaining(direction) });
  });

  it('accepts the edges of the window both ways', async () => {
    for (const offset of [-REPLAY_WINDOW_S, REPLAY_WINDOW_S]) {
      const verdict = await checkRequest(
        signed(NOW_S + offset),
        body,
        SECRET,
        new MemoryReplayGuard(),
        NOW_S * 1000,
      );
      expect(verdict).toEqual({ ok: true });
    }
  });

  it('does not remember a request whose signature does not match', async () => {
    const guard = new MemoryReplayGuard(() => NOW_S * 1000);
    const forged = { timestamp: String(NOW_S), signature: slackSignature('other', NOW_S, body.toString()) };
    expect(await checkRequest(forged, body, SECRET, guard, NOW_S * 1000)).toEqual({
      ok: false,
      reason: 'the signature does not match',
    });
    expect(guard.size).toBe(0);
  });

  it('refuses a request without either header as unsigned, and a timestamp that is not a number', async () => {
    const guard = new MemoryReplayGuard();
    for (const headers of [
      { timestamp: undefined, signature: 'v0=1' },
      { timestamp: String(NOW_S), signature: undefined },
      { timestamp: undefined, signature: undefined },
    ]) {
      expect(await checkRequest(headers, body, SECRET, guard)).toEqual({
        ok: false,
        reason: 'no x-slack-signature or x-slack-request-timestamp header',
        unsigned: true,
      });
    }
    expect(await checkRequest({ timestamp: 'soon', signature: 'v0=1' }, body, SECRET, guard)).toEqual({
      ok: false,
      reason: 'the timestamp is not a number',
    });
  });
});

describe('MemoryReplayGuard', () => {
  it('forgets a signature once its timestamp has left the window', async () => {
    let now = 0;
    const guard = new MemoryReplayGuard(() => now);
    expect(await guard.firstSight('v0=a', 10_000)).toBe(true);
    expect(await guard.firstSight('v0=b', 20_000)).toBe(true);
    now = 15_000;
    expect(await guard.firstSight('v0=c', 30_000)).toBe(true);
    expect(guard.size).toBe(2);
    expect(await guard.firstSight('v0=b', 20_000)).toBe(false);
  });
});
