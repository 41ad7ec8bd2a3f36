import { describe, expect, it } from 'vitest';
import { APOLOGY } from '../../src/slack/apology.js';
import { BOT_USER_ID, type Failure, RESPONSE_URL } from './fake-slack.js';
import { clickPayload, findButton, postsIn, settle } from './flows.js';
import { useHarness } from './harness.js';
import { pool } from './pool.js';
import { eventBody, interactionBody, sendSigned } from './sign.js';

const JSON_TYPE = 'application/json';
const FORM = 'application/x-www-form-urlencoded';

let nextTs = 1;
const mention = (channel: string) => {
  const ts = `1700005000.${String(nextTs++).padStart(6, '0')}`;
  const event = {
    type: 'app_mention',
    user: 'U0ASKER',
    text: `<@${BOT_USER_ID}> cro`,
    ts,
    channel,
    event_ts: ts,
  };
  return eventBody(event, `EvDelivery${ts}`);
};

/**
 * Slack's bad moments, played by the stand-in: rate limits with Retry-After, 5xx, calls that are
 * applied and then never answered. Each user must get exactly one answer, or (when it may have gone
 * out) no apology after it.
 */
describe('delivery when Slack misbehaves', () => {
  const h = useHarness();

  const applied = (channel: string) => postsIn(h.fake, channel).filter((c) => c.applied);
  const apologies = () => h.fake.appliedTo('chat.postMessage').filter((c) => c.args.text === APOLOGY);

  /** A follow-up click on an ephemeral /role answer: answered through its response_url. */
  async function clickFollowUp(id: string) {
    await h.fake.command(h.events, 'cro', `${id}-ack`);
    const ack = h.fake.responses.find((r) => r.id === `${id}-ack`);
    const button = findButton(ack?.body.blocks, /^follow_up_\d+$/);
    const click = clickPayload(button, {
      responseUrl: h.fake.responseUrl(id),
      container: { type: 'message', is_ephemeral: true, channel_id: 'C0GENERAL', message_ts: '1.2' },
      channel: 'C0GENERAL',
    });
    expect((await sendSigned(h.events, interactionBody(click), FORM)).status).toBe(200);
  }

  it('waits out a 429 with Retry-After and answers a mention once', async () => {
    h.fake.fail('chat.postMessage', { status: 429, retryAfter: 1 }, 1);
    await sendSigned(h.events, mention('C0LIMITED'), JSON_TYPE);
    await h.fake.waitFor(() => applied('C0LIMITED').length === 1, 10_000);
    await settle(300);
    expect(postsIn(h.fake, 'C0LIMITED')).toHaveLength(2);
    expect(applied('C0LIMITED')).toHaveLength(1);
    expect(apologies()).toEqual([]);
  });

  it('paces a burst in one busy channel so that every mention gets one answer', async () => {
    h.fake.channelIntervalMs = 1_000;
    await pool(5, 5, () => sendSigned(h.events, mention('C0BUSY'), JSON_TYPE));
    await h.fake.waitFor(() => applied('C0BUSY').length === 5, 20_000);
    await settle(300);
    expect(applied('C0BUSY')).toHaveLength(5);
    expect(new Set(applied('C0BUSY').map((c) => c.args.thread_ts)).size).toBe(5);
    expect(apologies()).toEqual([]);
  }, 30_000);

  it.each<[string, Failure]>([
    ['500', { status: 500 }],
    ['503', { status: 503 }],
  ])('retries a chat.postMessage that got %s (not applied): one answer', async (_, failure) => {
    const channel = `C0ERR${failure && 'status' in failure ? failure.status : ''}`;
    h.fake.fail('chat.postMessage', failure, 2);
    await sendSigned(h.events, mention(channel), JSON_TYPE);
    await h.fake.waitFor(() => applied(channel).length === 1, 10_000);
    await settle(300);
    expect(postsIn(h.fake, channel)).toHaveLength(3);
    expect(apologies()).toEqual([]);
  });

  it('never repeats nor apologises for a post that hung (it was applied): exactly one answer', async () => {
    h.fake.fail('chat.postMessage', { hang: true }, 1);
    await sendSigned(h.events, mention('C0HUNG'), JSON_TYPE);
    await h.fake.waitFor(
      () => h.logs.some((l) => /no apology sent, the answer may have been posted/.test(l.text)),
      15_000,
    );
    await settle(300);
    expect(postsIn(h.fake, 'C0HUNG')).toHaveLength(1);
    expect(applied('C0HUNG')).toHaveLength(1);
    expect(apologies()).toEqual([]);
  }, 20_000);

  it('retries a response_url post that got a 500: the click is answered once', async () => {
    h.fake.fail(RESPONSE_URL, { status: 500 }, 1);
    await clickFollowUp('click-500');
    await h.fake.waitFor(() => h.fake.responses.some((r) => r.id === 'click-500'), 10_000);
    await settle(300);
    expect(h.fake.responses.filter((r) => r.id === 'click-500')).toHaveLength(1);
    expect(h.fake.responses.find((r) => r.id === 'click-500')?.body.text).not.toBe(APOLOGY);
  });

  it('does not repeat a response_url post that hung, nor apologise after it', async () => {
    h.fake.fail(RESPONSE_URL, { hang: true }, 1);
    await clickFollowUp('click-hang');
    await h.fake.waitFor(
      () => h.logs.some((l) => /follow-up button: no apology sent, the answer may/.test(l.text)),
      15_000,
    );
    await settle(300);
    expect(h.fake.responses.filter((r) => r.id === 'click-hang')).toHaveLength(1);
  }, 20_000);

  it('still apologises when Slack surely refused the answer (channel_not_found)', async () => {
    h.fake.fail('chat.postMessage', { error: 'not_in_channel' }, 1);
    await sendSigned(h.events, mention('C0NOTIN'), JSON_TYPE);
    await h.fake.waitFor(() => apologies().length === 1);
  });
});
