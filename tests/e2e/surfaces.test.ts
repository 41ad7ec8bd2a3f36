import { describe, expect, it } from 'vitest';
import { toSlackMessage } from '../../src/render/blocks.js';
import { BOT_USER_ID } from './fake-slack.js';
import { clickPayload, expectValidMessages, findButton, postsIn, settle } from './flows.js';
import { startHarness, useHarness } from './harness.js';
import { eventBody, interactionBody, sendSigned } from './sign.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/** The visitor opening one of the app's tabs. */
const homeOpened = (tab: 'home' | 'messages') => ({
  type: 'app_home_opened',
  user: 'U0VISITOR',
  channel: 'D0VISITOR',
  tab,
  event_ts: '1.0',
});

describe('the Slack app over HTTP, against a local Slack API', () => {
  const h = useHarness();

  it('verified the bot token with auth.test at start-up', async () => {
    const h2 = await startHarness();
    try {
      expect(h2.fake.callsTo('auth.test')).toEqual([
        { method: 'auth.test', args: { token: 'xoxb-e2e-token' }, token: 'xoxb-e2e-token', applied: true },
      ]);
    } finally {
      await h2.stop();
    }
  });

  it('GET /healthz answers 200 with JSON', async () => {
    const res = await fetch(`${h.base}/healthz`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ status: 'ok' });
    expect(body.rss_bytes).toBeGreaterThan(0);
  });

  it('echoes the url_verification challenge', async () => {
    const body = JSON.stringify({ token: 't', challenge: 'c-123', type: 'url_verification' });
    const res = await sendSigned(h.events, body, JSON_TYPE);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ challenge: 'c-123' });
    expect(res.headers.get('content-type')).toBe('application/json');
  });

  it('/role: answered ephemerally in the ack; Share posts it visibly via response_url and removes the copy', async () => {
    const res = await h.fake.command(h.events, 'cro vs cso', 'cmd');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');

    const [reply] = h.fake.responses;
    const expected = toSlackMessage(h.answer('cro vs cso'), { share: true });
    expect(h.fake.responses.map((r) => [r.id, r.via])).toEqual([['cmd', 'ack']]);
    expect(reply?.body).toEqual({ response_type: 'ephemeral', ...expected });

    const share = findButton(reply?.body.blocks, 'share_answer');
    const click = clickPayload(share, {
      responseUrl: h.fake.responseUrl('share'),
      container: { type: 'message', is_ephemeral: true, channel_id: 'C0GENERAL', message_ts: '1.1' },
      channel: 'C0GENERAL',
    });
    expect((await sendSigned(h.events, interactionBody(click), FORM)).status).toBe(200);

    const posts = await h.fake.waitFor(() => {
      const shared = h.fake.responses.filter((r) => r.id === 'share');
      return shared.length === 2 && shared;
    });
    expect(posts[0]?.body).toEqual({
      response_type: 'in_channel',
      replace_original: false,
      ...toSlackMessage(h.answer('cro vs cso'), { sharedBy: 'U0CLICKER', followUps: false }),
    });
    expect(posts[1]?.body).toEqual({ delete_original: true });
    expect(h.fake.callsTo('chat.postMessage')).toEqual([]);
    expectValidMessages(h.fake);
  });

  it('/role alone and /role help show help', async () => {
    await h.fake.command(h.events, '', 'empty');
    await h.fake.command(h.events, 'help', 'help');
    await h.fake.waitFor(() => h.fake.responses.length === 2);
    for (const id of ['empty', 'help']) {
      const post = h.fake.responses.find((r) => r.id === id);
      expect(post?.body).toMatchObject({ response_type: 'ephemeral' });
      expect(post?.body.blocks).toEqual(toSlackMessage(h.answer(id === 'help' ? 'help' : '')).blocks);
      expect(JSON.stringify(post?.body.blocks)).not.toContain('share_answer');
    }
    expect(h.answer('').kind).toBe('help');
  });

  it('a follow-up click on an ephemeral answer replaces it in place', async () => {
    await h.fake.command(h.events, 'cro', 'cmd2');
    const [reply] = await h.fake.waitFor(() => h.fake.responses.length === 1 && h.fake.responses);
    const button = findButton(reply?.body.blocks, /^follow_up_\d+$/);

    const click = clickPayload(button, {
      responseUrl: h.fake.responseUrl('click'),
      container: { type: 'message', is_ephemeral: true, channel_id: 'C0GENERAL', message_ts: '1.2' },
      channel: 'C0GENERAL',
    });
    expect((await sendSigned(h.events, interactionBody(click), FORM)).status).toBe(200);
    const post = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'click'));
    const next = h.answer(button.value);
    expect(post.body).toEqual({
      response_type: 'ephemeral',
      replace_original: true,
      ...toSlackMessage(next, { share: next.matched }),
    });
    expectValidMessages(h.fake);
  });

  it('@-mention: answers in a thread under the mention, and a follow-up click answers in that thread', async () => {
    const event = {
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${BOT_USER_ID}> what does a CRO do?`,
      ts: '1700000100.000100',
      channel: 'C0SALES',
      event_ts: '1700000100.000100',
    };
    expect((await sendSigned(h.events, eventBody(event, 'EvMention1'), JSON_TYPE)).status).toBe(200);
    const [post] = await h.fake.waitFor(
      () => postsIn(h.fake, 'C0SALES').length === 1 && postsIn(h.fake, 'C0SALES'),
    );
    const expected = toSlackMessage(h.answer('what does a CRO do?'));
    expect(post?.args).toMatchObject({ channel: 'C0SALES', thread_ts: event.ts, text: expected.text });
    expect(post?.args.blocks).toEqual(expected.blocks);
    expect(post?.token).toBe('xoxb-e2e-token');

    const button = findButton(post?.args.blocks, /^follow_up_\d+$/);
    const click = clickPayload(button, {
      responseUrl: h.fake.responseUrl('thread-click'),
      container: {
        type: 'message',
        is_ephemeral: false,
        channel_id: 'C0SALES',
        message_ts: '1700000200.000001',
      },
      channel: 'C0SALES',
      message: { type: 'message', ts: '1700000200.000001', thread_ts: event.ts, text: expected.text },
    });
    await sendSigned(h.events, interactionBody(click), FORM);
    const posts = await h.fake.waitFor(
      () => postsIn(h.fake, 'C0SALES').length === 2 && postsIn(h.fake, 'C0SALES'),
    );
    expect(posts[1]?.args).toMatchObject({ channel: 'C0SALES', thread_ts: event.ts });
    expect(posts[1]?.args.blocks).toEqual(toSlackMessage(h.answer(button.value)).blocks);
    expect(h.fake.responses).toEqual([]);
    expectValidMessages(h.fake);
  });

  it('@-mention inside a thread answers in that thread', async () => {
    const event = {
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${BOT_USER_ID}> and the sdr?`,
      ts: '1700000300.000200',
      thread_ts: '1700000300.000001',
      channel: 'C0SALES',
      event_ts: '1700000300.000200',
    };
    await sendSigned(h.events, eventBody(event, 'EvMention2'), JSON_TYPE);
    const [post] = await h.fake.waitFor(
      () => postsIn(h.fake, 'C0SALES').length === 1 && postsIn(h.fake, 'C0SALES'),
    );
    expect(post?.args.thread_ts).toBe('1700000300.000001');
  });

  it('DM: answers in the DM, and in the thread for a thread reply', async () => {
    const dm = (ts: string, text: string, thread_ts?: string) => ({
      type: 'message',
      channel: 'D0ASKER',
      channel_type: 'im',
      user: 'U0ASKER',
      text,
      ts,
      event_ts: ts,
      ...(thread_ts ? { thread_ts } : {}),
    });
    await sendSigned(h.events, eventBody(dm('1700000400.000001', 'sdr vs bdr'), 'EvDm1'), JSON_TYPE);
    const [top] = await h.fake.waitFor(
      () => postsIn(h.fake, 'D0ASKER').length === 1 && postsIn(h.fake, 'D0ASKER'),
    );
    expect(top?.args.thread_ts).toBeUndefined();
    expect(top?.args.blocks).toEqual(toSlackMessage(h.answer('sdr vs bdr')).blocks);

    await sendSigned(
      h.events,
      eventBody(dm('1700000400.000009', 'vp of sales salary', '1700000400.000001'), 'EvDm2'),
      JSON_TYPE,
    );
    const posts = await h.fake.waitFor(
      () => postsIn(h.fake, 'D0ASKER').length === 2 && postsIn(h.fake, 'D0ASKER'),
    );
    expect(posts[1]?.args.thread_ts).toBe('1700000400.000001');
    expect(posts[1]?.args.blocks).toEqual(toSlackMessage(h.answer('vp of sales salary')).blocks);
    expectValidMessages(h.fake);
  });

  it('app_home_opened publishes the Home tab; a role button there answers in the DM', async () => {
    const event = homeOpened('home');
    await sendSigned(h.events, eventBody(event, 'EvHome1'), JSON_TYPE);
    const [publish] = await h.fake.waitFor(
      () => h.fake.callsTo('views.publish').length === 1 && h.fake.callsTo('views.publish'),
    );
    expect(publish?.args.user_id).toBe('U0VISITOR');
    expect(publish?.args.view.type).toBe('home');
    expect(publish?.args.view.blocks.length).toBeLessThanOrEqual(100);

    const button = findButton(publish?.args.view.blocks, /^follow_up_\d+$/);
    const click = clickPayload(button, {
      responseUrl: h.fake.responseUrl('home-click'),
      container: { type: 'view', view_id: 'V0HOME' },
    });
    await sendSigned(h.events, interactionBody(click), FORM);
    const [post] = await h.fake.waitFor(
      () => postsIn(h.fake, 'U0CLICKER').length === 1 && postsIn(h.fake, 'U0CLICKER'),
    );
    const answer = h.answer(button.value);
    expect(answer.matched).toBe(true);
    expect(post?.args.blocks).toEqual(toSlackMessage(answer).blocks);
    expectValidMessages(h.fake);
  });

  it('opening the Messages tab greets once, with what the bot knows and three example questions', async () => {
    const event = homeOpened('messages');
    await sendSigned(h.events, eventBody(event, 'EvHome2'), JSON_TYPE);
    const [welcome] = await h.fake.waitFor(
      () => postsIn(h.fake, 'D0VISITOR').length === 1 && postsIn(h.fake, 'D0VISITOR'),
    );
    expect(welcome?.args.blocks[0].text.text).toBe('Welcome to Role bot');
    expect(JSON.stringify(welcome?.args.blocks)).toContain('Chief Revenue Officer (CRO)');
    const examples = welcome?.args.blocks.find((b: { type: string }) => b.type === 'actions').elements;
    expect(examples).toHaveLength(3);
    for (const e of examples) expect(h.answer(e.value).matched, e.value).toBe(true);

    // Opened again (another event): no second welcome, and the Home tab is not published either.
    await sendSigned(h.events, eventBody({ ...event, event_ts: '2.0' }, 'EvHome3'), JSON_TYPE);
    // A marker request that does answer, so "nothing" is not just "not yet".
    await h.fake.command(h.events, 'cro', 'marker');
    await h.fake.waitFor(() => h.fake.responses.length === 1);
    await settle();
    expect(postsIn(h.fake, 'D0VISITOR')).toHaveLength(1);
    expect(h.fake.callsTo('views.publish')).toEqual([]);
    expectValidMessages(h.fake);
  });
});
