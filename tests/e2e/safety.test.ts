import { describe, expect, it } from 'vitest';
import { toSlackMessage } from '../../src/render/blocks.js';
import { APOLOGY } from '../../src/slack/apology.js';
import { BOT_ID, BOT_USER_ID } from './fake-slack.js';
import { clickPayload, expectValidMessages, postsIn, settle } from './flows.js';
import { useHarness } from './harness.js';
import {
  commandBody,
  eventBody,
  interactionBody,
  SIGNING_SECRET,
  sendSigned,
  slackSignature,
} from './sign.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

const mention = (ts: string, text = `<@${BOT_USER_ID}> cro`, extra: Record<string, unknown> = {}) => ({
  type: 'app_mention',
  user: 'U0ASKER',
  text,
  ts,
  channel: 'C0SALES',
  event_ts: ts,
  ...extra,
});

const dm = (ts: string, extra: Record<string, unknown> = {}) => ({
  type: 'message',
  channel: 'D0ASKER',
  channel_type: 'im',
  user: 'U0ASKER',
  text: 'cro',
  ts,
  event_ts: ts,
  ...extra,
});

describe('reliability and safety', () => {
  const h = useHarness();

  /** Sends a command that does get answered and waits for it: everything sent before has had its chance. */
  async function marker(id = 'marker') {
    await h.fake.command(h.events, 'cro', id);
    await h.fake.waitFor(() => h.fake.responses.some((r) => r.id === id));
    await settle();
  }

  describe('request signatures', () => {
    const command = () => commandBody('cro', h.fake.responseUrl('forged'));
    const now = () => Math.floor(Date.now() / 1000);
    /** A follow-up click: answered through its response_url (id `smuggled`) when it is processed. */
    const click = () =>
      interactionBody(
        clickPayload(
          { action_id: 'follow_up_0', text: { type: 'plain_text', text: 'CRO' }, value: 'cro' },
          {
            responseUrl: h.fake.responseUrl('smuggled'),
            container: { type: 'message', is_ephemeral: true, channel_id: 'C0GENERAL', message_ts: '1.1' },
            channel: 'C0GENERAL',
          },
        ),
      );

    it('answers a signed click (what the ssl_check tests below smuggle)', async () => {
      expect((await sendSigned(h.events, click(), FORM)).status).toBe(200);
      await h.fake.waitFor(() => h.fake.responses.some((r) => r.id === 'smuggled'));
    });

    // Options are built inside each test: the stand-in's URL is only known once it runs.
    it.each([
      ['a forged signature', () => ({ signature: slackSignature('not-the-secret', now(), command()) })],
      ['a garbage signature', () => ({ signature: 'v0=deadbeef' })],
      ['no signature', () => ({ signature: null })],
      ['a stale timestamp (6 minutes old)', () => ({ timestamp: now() - 6 * 60 })],
    ])('rejects %s with 401 and triggers nothing', async (_, makeOptions) => {
      const options = makeOptions();
      const res = await sendSigned(h.events, command(), FORM, options);
      expect(res.status).toBe(401);
      const event = await sendSigned(h.events, eventBody(mention('1.1'), 'EvForged'), JSON_TYPE, options);
      expect(event.status).toBe(401);
      await marker();
      expect(h.fake.responses.map((r) => r.id)).toEqual(['marker']);
      expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
    });

    it.each([
      ['6 minutes ahead', 6 * 60],
      ['a year ahead', 365 * 24 * 3600],
    ])('rejects a validly signed request stamped %s, with 401', async (_, ahead) => {
      const res = await sendSigned(h.events, command(), FORM, { timestamp: now() + ahead });
      expect(res.status).toBe(401);
      await marker();
      expect(h.fake.responses.map((r) => r.id)).toEqual(['marker']);
    });

    it('answers a request once and refuses its copy, as sent or stamped a little ahead', async () => {
      for (const timestamp of [now(), now() + 4 * 60]) {
        h.fake.reset();
        const body = commandBody('cro', h.fake.responseUrl(`once-${timestamp}`));
        const signature = slackSignature(SIGNING_SECRET, timestamp, body);
        const first = await sendSigned(h.events, body, FORM, { timestamp, signature });
        expect(first.status).toBe(200);
        expect(JSON.parse(first.text).response_type).toBe('ephemeral');
        const copies = await Promise.all(
          [1, 2].map(() => sendSigned(h.events, body, FORM, { timestamp, signature })),
        );
        expect(copies.map((c) => c.status)).toEqual([401, 401]);
        await marker();
        expect(h.fake.responses.map((r) => r.id)).toEqual(['marker']);
      }
    });

    it('rejects a body altered after signing', async () => {
      const timestamp = now();
      const signed = commandBody('cro', h.fake.responseUrl('forged'));
      const signature = slackSignature(SIGNING_SECRET, timestamp, signed);
      const altered = commandBody('cso', h.fake.responseUrl('forged'));
      const res = await sendSigned(h.events, altered, FORM, { timestamp, signature });
      expect(res.status).toBe(401);
    });

    it('rejects an unsigned url_verification', async () => {
      const body = JSON.stringify({ type: 'url_verification', challenge: 'x' });
      expect((await sendSigned(h.events, body, JSON_TYPE, { signature: null })).status).toBe(401);
    });

    // Bolt's own check is off: the app's is the only one, whatever the path looks like.
    it('rejects a request with a signature but no timestamp header, and a forged one with a query string', async () => {
      const body = command();
      const signature = slackSignature(SIGNING_SECRET, now(), body);
      const noTimestamp = await fetch(h.events, {
        method: 'POST',
        headers: { 'content-type': FORM, 'x-slack-signature': signature },
        body,
      });
      expect(noTimestamp.status).toBe(401);
      const forged = { signature: slackSignature('not-the-secret', now(), body) };
      expect((await sendSigned(`${h.events}?retry=1`, body, FORM, forged)).status).toBe(401);
      await marker();
      expect(h.fake.responses.map((r) => r.id)).toEqual(['marker']);
    });

    it('answers a signed request with a query string like any other', async () => {
      const res = await sendSigned(`${h.events}?x=1`, commandBody('cro', h.fake.responseUrl('q')), FORM);
      expect(res.status).toBe(200);
      expect(JSON.parse(res.text).response_type).toBe('ephemeral');
    });

    it.each([
      ['a command', () => `ssl_check=1&${command()}`],
      ['an interaction payload', () => `ssl_check=1&${click()}`],
      ['an interaction payload first', () => `${click()}&ssl_check=1`],
    ])('answers an unsigned ssl_check carrying %s with 200 and processes nothing', async (_, body) => {
      const res = await sendSigned(h.events, body(), FORM, { signature: null });
      expect(res.status).toBe(200);
      expect(res.text).toBe('');
      await marker();
      expect(h.fake.responses.map((r) => r.id)).toEqual(['marker']);
      expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    });

    it('answers a signed ssl_check with 200 and processes nothing else in it', async () => {
      const res = await sendSigned(h.events, `ssl_check=1&${click()}`, FORM);
      expect(res.status).toBe(200);
      expect(res.text).toBe('');
      await marker();
      expect(h.fake.responses.map((r) => r.id)).toEqual(['marker']);
      expect(h.fake.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
    });

    it('refuses an unsigned request that only looks like an ssl_check', async () => {
      for (const [body, type] of [
        ['ssl_check=1', JSON_TYPE],
        ['ssl_check=0&token=x', FORM],
        [JSON.stringify({ ssl_check: '1' }), JSON_TYPE],
      ] as const) {
        expect((await sendSigned(h.events, body, type, { signature: null })).status).toBe(401);
      }
    });
  });

  describe('malformed requests', () => {
    it.each([
      ['invalid JSON', '{"type": "event_callback", ', JSON_TYPE],
      ['JSON null', 'null', JSON_TYPE],
      ['a JSON array', '[1, 2]', JSON_TYPE],
      ['a JSON string', '"hello"', JSON_TYPE],
      ['a payload that is not JSON', 'payload=%7Bnope', FORM],
      ['a payload that is JSON null', 'payload=null', FORM],
    ])('answers %s (signed) with 4xx and stays up', async (_, body, type) => {
      const res = await sendSigned(h.events, body, type as typeof JSON_TYPE);
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
      await marker();
    });

    it('refuses an oversized body with 413', async () => {
      const res = await sendSigned(h.events, `{"pad":"${'x'.repeat(2 * 1024 * 1024)}"}`, JSON_TYPE);
      expect(res.status).toBe(413);
      await marker();
    });

    it('answers unknown paths and methods with 404', async () => {
      expect((await fetch(`${h.base}/nope`)).status).toBe(404);
      expect((await fetch(h.events)).status).toBe(404);
    });

    it('answers an ssl_check without doing anything', async () => {
      const res = await sendSigned(h.events, 'ssl_check=1&token=x', FORM, { signature: null });
      expect(res.status).toBe(200);
    });
  });

  it('gives a 10,000-character question a normal reply, by command and by DM', async () => {
    const question = 'what does a chief revenue officer do and how is the role paid? '
      .repeat(200)
      .slice(0, 10_000);
    expect(question).toHaveLength(10_000);
    expect((await h.fake.command(h.events, question, 'long')).status).toBe(200);
    await sendSigned(h.events, eventBody(dm('1700000500.000001', { text: question }), 'EvLong'), JSON_TYPE);
    const reply = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'long'));
    const [post] = await h.fake.waitFor(
      () => postsIn(h.fake, 'D0ASKER').length === 1 && postsIn(h.fake, 'D0ASKER'),
    );
    const expected = toSlackMessage(h.answer(question));
    expect(reply.body.blocks).toEqual(
      toSlackMessage(h.answer(question), { share: h.answer(question).matched }).blocks,
    );
    expect(post?.args.blocks).toEqual(expected.blocks);
    expect(reply.body.text).not.toBe(APOLOGY);
    expectValidMessages(h.fake);
  });

  it('answers an event once even when Slack retries it, concurrently or later', async () => {
    const body = eventBody(mention('1700000600.000001'), 'EvRetried');
    // Slack signs each retry anew, at the time it sends it.
    const retry = (n: number) => ({
      timestamp: Math.floor(Date.now() / 1000) - 10 + n,
      headers: { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' },
    });
    const acks = await Promise.all([
      sendSigned(h.events, body, JSON_TYPE),
      sendSigned(h.events, body, JSON_TYPE, retry(1)),
    ]);
    expect(acks.map((a) => a.status)).toEqual([200, 200]);
    await h.fake.waitFor(() => postsIn(h.fake, 'C0SALES').length >= 1);
    expect((await sendSigned(h.events, body, JSON_TYPE, retry(2))).status).toBe(200);
    await marker();
    expect(postsIn(h.fake, 'C0SALES')).toHaveLength(1);
  });

  it('answers a retry whose first delivery never arrived', async () => {
    const body = eventBody(mention('1700000700.000001'), 'EvFirstLost');
    await sendSigned(h.events, body, JSON_TYPE, { headers: { 'x-slack-retry-num': '1' } });
    await h.fake.waitFor(() => postsIn(h.fake, 'C0SALES').length === 1);
  });

  it.each([
    ['a bot message', dm('1.1', { subtype: 'bot_message', bot_id: 'B0OTHER', user: undefined })],
    ['a message from another bot user', dm('1.2', { bot_id: 'B0OTHER', user: 'U0OTHERBOT' })],
    ['its own message', dm('1.3', { user: BOT_USER_ID, bot_id: BOT_ID })],
    ['an edit', dm('1.4', { subtype: 'message_changed', message: { text: 'cso', user: 'U0ASKER' } })],
    ['a deletion', dm('1.5', { subtype: 'message_deleted', previous_message: { text: 'cro' } })],
    ['a mention by a bot', mention('1.6', `<@${BOT_USER_ID}> cro`, { bot_id: 'B0OTHER' })],
    ['a message in a channel', dm('1.7', { channel: 'C0SALES', channel_type: 'channel' })],
  ])('ignores %s', async (_, event) => {
    expect((await sendSigned(h.events, eventBody(event, `EvIgnored-${event.ts}`), JSON_TYPE)).status).toBe(
      200,
    );
    await marker();
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
  });

  it('survives channel_not_found: logs it, tries to apologise, keeps serving', async () => {
    h.fake.fail('chat.postMessage', { error: 'channel_not_found' });
    await sendSigned(h.events, eventBody(mention('1700000800.000001'), 'EvNoChannel'), JSON_TYPE);
    const calls = await h.fake.waitFor(
      () => postsIn(h.fake, 'C0SALES').length === 2 && postsIn(h.fake, 'C0SALES'),
    );
    expect(calls[1]?.args).toMatchObject({ text: APOLOGY, thread_ts: '1700000800.000001' });
    await h.fake.waitFor(() => h.logs.filter((l) => l.text.includes('channel_not_found')).length === 2);
    expect(h.logs.find((l) => l.text.includes('app_mention failed'))?.text).toContain('C0SALES');
    h.fake.fail('chat.postMessage', undefined);
    await marker();
  });

  it('gives up at once on a Retry-After past its bound: logged with a count, no apology into the same limit', async () => {
    h.fake.fail('chat.postMessage', { status: 429, retryAfter: 120 });
    // A DM of its own: Slack's Retry-After holds every later post to that conversation.
    const event = dm('1700000900.000001', { channel: 'D0LIMITED' });
    await sendSigned(h.events, eventBody(event, 'EvRateLimited'), JSON_TYPE);
    await h.fake.waitFor(() => h.logs.some((l) => /no apology sent, Slack is rate limiting/.test(l.text)));
    expect(postsIn(h.fake, 'D0LIMITED')).toHaveLength(1);
    expect(
      h.logs.some((l) =>
        /gave up delivering chat\.postMessage to D0LIMITED: rate limited 1 time.*given up since start/.test(
          l.text,
        ),
      ),
    ).toBe(true);
    expect(h.logs.some((l) => l.text.includes('direct message failed'))).toBe(true);
  });

  it('retries a failing Web API call a bounded number of times', async () => {
    h.fake.fail('chat.postMessage', { status: 503 });
    await sendSigned(h.events, eventBody(dm('1700001000.000001'), 'EvServerError'), JSON_TYPE);
    // Three attempts for the answer, three for the apology, then it gives up.
    await h.fake.waitFor(() => postsIn(h.fake, 'D0ASKER').length === 6, 10_000);
    await h.fake.waitFor(() => h.logs.some((l) => l.text.includes('apology could not be sent')), 10_000);
    await settle(500);
    expect(postsIn(h.fake, 'D0ASKER')).toHaveLength(6);
  });

  it('a failing share apologises ephemerally', async () => {
    const payload = {
      type: 'block_actions',
      user: { id: 'U0CLICKER', username: 'c', team_id: 'T0TEAM' },
      team: { id: 'T0TEAM', domain: 'test' },
      api_app_id: 'A0ROLEBOT',
      token: 't',
      trigger_id: '1',
      container: { type: 'message', is_ephemeral: true, channel_id: 'C0GENERAL', message_ts: '1.1' },
      channel: { id: 'C0GENERAL', name: 'general' },
      response_url: `${h.fake.url}/nowhere`,
      actions: [{ type: 'button', action_id: 'share_answer', block_id: 'b', value: 'cro', action_ts: '1' }],
    };
    // The stand-in answers 404 to /nowhere: the response_url "expired".
    expect((await sendSigned(h.events, interactionBody(payload), FORM)).status).toBe(200);
    await h.fake.waitFor(() => h.logs.some((l) => l.text.includes('share button failed')));
    await marker();
  });
});
