import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { Loop } from '../../src/slack/loop.js';
import type { Gap } from '../../src/store/queries/gaps.js';
import { Store } from '../../src/store/store.js';
import type { Wire } from '../slack/wire.js';
import { BACKENDS } from '../store/backends.js';
import { BOT_USER_ID } from './fake-slack.js';
import { clickPayload, expectValidMessages, findButton, postsIn } from './flows.js';
import { useHarness } from './harness.js';
import { commandBody, eventBody, interactionBody, sendSigned } from './sign.js';

const run = promisify(execFile);
const JSON_TYPE = 'application/json';
const FORM = 'application/x-www-form-urlencoded';
const EXPERTS = 'C0EXPERTS';
const OWNER = 'U0OWNER';

const mention = (text: string, ts: string) => ({
  type: 'app_mention',
  user: 'U0ASKER',
  text: `<@${BOT_USER_ID}> ${text}`,
  ts,
  channel: 'C0SALES',
  event_ts: ts,
});

/** The feedback buttons element of a posted answer. */
const feedbackOf = (blocks: Wire[]) =>
  blocks.find((b) => b.type === 'context_actions')?.elements.find((e: Wire) => e.type === 'feedback_buttons');

describe.each(BACKENDS)('closing the loop, end to end, on $name', (backend) => {
  let store: Store;
  let drop: () => Promise<void>;
  /** The environment that points `npm run gaps` at this test's database. */
  let env: Record<string, string>;
  const h = useHarness(async () => {
    const db = await backend.fresh();
    drop = db.drop;
    env =
      db.location.kind === 'sqlite' ? { DATABASE_PATH: db.location.path } : { DATABASE_URL: db.location.url };
    store = await Store.open({ location: db.location, buffer: { delayMs: 5 } });
    return { loop: new Loop({ store, expertsChannel: EXPERTS, owners: [OWNER] }) };
  });
  afterAll(async () => {
    await store.close();
    await drop();
  });

  const gapsCli = async (): Promise<Gap[]> => {
    const { stdout } = await run('node', ['dist/ops/gaps.js', '--json'], {
      env: { ...process.env, ...env, DATABASE_URL: env.DATABASE_URL ?? '' },
    });
    return JSON.parse(stdout);
  };

  async function askInChannel(text: string, ts: string) {
    await sendSigned(h.events, eventBody(mention(text, ts), `Ev${ts.replace('.', '')}`), JSON_TYPE);
    const post = await h.fake.waitFor(() => postsIn(h.fake, 'C0SALES').find((c) => c.args.thread_ts === ts));
    return post.args;
  }

  const click = (payload: Record<string, unknown>) => sendSigned(h.events, interactionBody(payload), FORM);

  it('records an off-topic /role question, which `npm run gaps -- --json` then lists', async () => {
    const ack = await sendSigned(
      h.events,
      commandBody('who should run our phase II clinical trial?', h.fake.responseUrl('gap-1')),
      FORM,
    );
    expect(ack.status).toBe(200);
    await h.fake.waitFor(() => h.fake.responses.length > 0 || ack.text !== '');
    await store.drained();
    const gaps = await gapsCli();
    const gap = gaps.find((g) => g.examples.includes('who should run our phase II clinical trial?'));
    expect(gap).toMatchObject({ count: 1, declined: 1 });
  });

  it('puts 👍/👎 under every answer; a 👎 with a note is stored and shows in the gaps', async () => {
    const answer = await askInChannel('what does a cro do', '1700000100.000001');
    const buttons = feedbackOf(answer.blocks);
    expect(buttons.positive_button.value).toMatch(/^up:/);

    const where = {
      responseUrl: h.fake.responseUrl('fb-1'),
      container: {
        type: 'message',
        is_ephemeral: false,
        channel_id: 'C0SALES',
        message_ts: '1700000100.000002',
      },
      channel: 'C0SALES',
      message: { type: 'message', ts: '1700000100.000002', thread_ts: '1700000100.000001' },
    };
    const down = clickPayload({ action_id: 'answer_feedback', value: buttons.negative_button.value }, where);
    (down.actions as Wire[])[0].type = 'feedback_buttons';
    expect((await click(down)).status).toBe(200);
    const opened = await h.fake.waitFor(() => h.fake.callsTo('views.open')[0]);
    const view = opened.args.view;
    expect(view.callback_id).toBe('feedback_modal');

    const submission = {
      type: 'view_submission',
      team: { id: 'T0TEAM', domain: 'test' },
      user: { id: 'U0CLICKER', name: 'clicker', team_id: 'T0TEAM' },
      api_app_id: 'A0ROLEBOT',
      token: 'legacy-verification-token',
      trigger_id: '1.2.3',
      view: {
        ...view,
        id: 'V0MODAL',
        state: {
          values: {
            comment: { comment: { type: 'plain_text_input', value: 'nothing on how they are hired' } },
          },
        },
      },
    };
    const submitted = await click(submission);
    expect(submitted.status).toBe(200);
    await store.drained();

    const gaps = await gapsCli();
    expect(gaps.find((g) => g.key === 'cro')).toMatchObject({
      count: 1,
      thumbsDown: 1,
      comments: ['nothing on how they are hired'],
    });
    // A later 👍 from the same person replaces the 👎: the answer leaves the gaps.
    const up = clickPayload({ action_id: 'answer_feedback', value: buttons.positive_button.value }, where);
    (up.actions as Wire[])[0].type = 'feedback_buttons';
    await click(up);
    await h.fake.waitFor(() => store.stats().pending === 0 && store.stats().written >= 4);
    await store.drained();
    expect((await gapsCli()).find((g) => g.key === 'cro')).toBeUndefined();
  });

  it('sends a declined question to the experts, and tells the asker in their thread when resolved', async () => {
    const answer = await askInChannel('what does a chief risk officer do', '1700000200.000001');
    const ask = findButton(answer.blocks, 'ask_expert');
    const where = {
      responseUrl: h.fake.responseUrl('expert-1'),
      container: {
        type: 'message',
        is_ephemeral: false,
        channel_id: 'C0SALES',
        message_ts: '1700000200.000002',
      },
      channel: 'C0SALES',
      message: { type: 'message', ts: '1700000200.000002', thread_ts: '1700000200.000001' },
    };
    await click(clickPayload(ask, where));
    const posted = await h.fake.waitFor(() => postsIn(h.fake, EXPERTS)[0]);
    const text = JSON.stringify(posted.args.blocks);
    expect(text).toContain('what does a chief risk officer do');
    expect(text).toContain('<@U0CLICKER>');
    expect(text).toContain('https://test.slack.example/archives/C0SALES/p1700000200000001');
    const told = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'expert-1'));
    expect(String(told.body.text)).toContain(`<#${EXPERTS}>`);

    const resolve = findButton(posted.args.blocks, 'expert_resolved');
    const expertWhere = {
      responseUrl: h.fake.responseUrl('expert-2'),
      container: {
        type: 'message',
        is_ephemeral: false,
        channel_id: EXPERTS,
        message_ts: '1700000300.000001',
      },
      channel: EXPERTS,
      message: {
        type: 'message',
        ts: '1700000300.000001',
        text: posted.args.text,
        blocks: posted.args.blocks,
      },
    };
    const expertClick = clickPayload(resolve, expertWhere);
    (expertClick.user as Wire).id = 'U0EXPERT';
    await click(expertClick);
    const update = await h.fake.waitFor(() => h.fake.callsTo('chat.update')[0]);
    expect(JSON.stringify(update.args.blocks)).toContain('Resolved by <@U0EXPERT>');
    expect(JSON.stringify(update.args.blocks)).not.toContain('expert_resolved');
    const note = await h.fake.waitFor(() =>
      postsIn(h.fake, 'C0SALES').find(
        (c) => c.args.thread_ts === '1700000200.000001' && String(c.args.text).includes('marked it resolved'),
      ),
    );
    expect(String(note.args.text)).toContain('<@U0EXPERT>');
    await store.drained();
    expect((await store.report()).expertRequests).toEqual({ open: 0, resolved: 1 });
    expectValidMessages(h.fake);
  });

  it("shows the week's figures and top gaps in an owner's Home tab, and not in anyone else's", async () => {
    const open = (user: string, id: string) =>
      sendSigned(
        h.events,
        eventBody({ type: 'app_home_opened', user, channel: 'D0HOME', tab: 'home' }, id),
        JSON_TYPE,
      );
    await open(OWNER, 'EvHomeOwner');
    await open('U0SOMEONE', 'EvHomeOther');
    await h.fake.waitFor(() => h.fake.callsTo('views.publish').length >= 2);
    const viewFor = (user: string) =>
      h.fake.callsTo('views.publish').find((c) => c.args.user_id === user)?.args.view;
    const owner = JSON.stringify(viewFor(OWNER));
    expect(owner).toContain('For knowledge owners');
    expect(owner).toContain('resolve_gap');
    expect(JSON.stringify(viewFor('U0SOMEONE'))).not.toContain('For knowledge owners');

    // "Mark resolved" on the top gap takes it off the queue and redraws the owner's tab.
    const blocks = viewFor(OWNER).blocks as Wire[];
    const resolve = findButton(blocks, 'resolve_gap');
    const before = (await store.gaps()).length;
    const press = clickPayload(resolve, {
      responseUrl: h.fake.responseUrl('home-1'),
      container: { type: 'view', view_id: 'V0HOME' },
    });
    (press.user as Wire).id = OWNER;
    await click(press);
    await h.fake.waitFor(() => h.fake.callsTo('views.publish').length >= 3);
    expect((await store.gaps()).length).toBe(before - 1);
  });
});
