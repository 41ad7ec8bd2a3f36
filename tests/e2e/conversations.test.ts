import { describe, expect, it } from 'vitest';
import { BOT_USER_ID } from './fake-slack.js';
import { clickPayload, expectValidMessages, findButton, postsIn, settle } from './flows.js';
import { useHarness } from './harness.js';
import { eventBody, interactionBody, sendSigned } from './sign.js';

const JSON_TYPE = 'application/json';
const FORM = 'application/x-www-form-urlencoded';
/** Every text the reply shows, blocks and fallback. */
const shown = (post: { args: Record<string, unknown> } | undefined) => JSON.stringify(post?.args ?? {});
const ASSUMED_CRO = 'About the CRO, from earlier in this thread';

let eventNo = 0;
const mention = (text: string, ts: string, thread_ts?: string, channel = 'C0CONVO') => ({
  type: 'app_mention',
  user: 'U0ASKER',
  text: `<@${BOT_USER_ID}> ${text}`,
  ts,
  channel,
  event_ts: ts,
  ...(thread_ts ? { thread_ts } : {}),
});
const dm = (text: string, ts: string, thread_ts?: string) => ({
  type: 'message',
  channel: 'D0CONVO',
  channel_type: 'im',
  user: 'U0ASKER',
  text,
  ts,
  event_ts: ts,
  ...(thread_ts ? { thread_ts } : {}),
});

describe('conversations: follow-up questions over HTTP, against a local Slack API', () => {
  const h = useHarness();
  /** Sends an event and waits for the app's next post in `channel`. */
  const ask = async (event: Record<string, unknown>, channel: string) => {
    const before = postsIn(h.fake, channel).length;
    await sendSigned(h.events, eventBody(event, `EvConvo${++eventNo}`), JSON_TYPE);
    const posts = await h.fake.waitFor(
      () => postsIn(h.fake, channel).length > before && postsIn(h.fake, channel),
    );
    return posts[before];
  };

  it("a mention thread: 'and their salary?' answers with the CRO's salary, in the thread, saying so", async () => {
    const first = await ask(mention('what does a CRO do', '1700001000.000100'), 'C0CONVO');
    expect(first?.args.thread_ts).toBe('1700001000.000100');
    const second = await ask(
      mention('and their salary?', '1700001000.000200', '1700001000.000100'),
      'C0CONVO',
    );
    expect(second?.args.thread_ts).toBe('1700001000.000100');
    expect(shown(second)).toContain('$180,797');
    expect(second?.args.blocks[1]?.elements[0]?.text).toBe(`_${ASSUMED_CRO}_`);
    expectValidMessages(h.fake);
  });

  it('a reply in the thread that does not mention the bot is not answered', async () => {
    await ask(mention('what does a CRO do', '1700001100.000100'), 'C0CONVO');
    const plain = { ...dm('and their salary?', '1700001100.000200', '1700001100.000100') };
    await sendSigned(
      h.events,
      eventBody({ ...plain, channel: 'C0CONVO', channel_type: 'channel' }, `EvConvo${++eventNo}`),
      JSON_TYPE,
    );
    await settle();
    expect(postsIn(h.fake, 'C0CONVO')).toHaveLength(1);
  });

  it("a DM: 'cso' then 'who do they report to?' gives the CSO's reporting line", async () => {
    await ask(dm('cso', '1700002000.000100'), 'D0CONVO');
    const second = await ask(dm('who do they report to?', '1700002000.000200'), 'D0CONVO');
    expect(second?.args.thread_ts).toBeUndefined();
    expect(second?.args.blocks[0]?.text.text).toBe('CSO: Reporting line');
    expect(shown(second)).toContain('About the CSO, from earlier in this thread');
  });

  it('a DM thread carries on from the answer it was started under', async () => {
    const top = await ask(dm('what does a cro do', '1700002100.000100'), 'D0CONVO');
    await ask(dm('what does an sdr do', '1700002100.000200'), 'D0CONVO');
    // A thread under the older CRO answer: that answer is its context, not the DM's latest (SDR).
    const reply = await ask(dm('how much do they earn?', '1700002100.000300', top?.ts), 'D0CONVO');
    expect(reply?.args.thread_ts).toBe(top?.ts);
    expect(shown(reply)).toContain('$180,797');
    // And a thread under the question itself works the same way.
    const underQuestion = await ask(
      dm('who do they report to?', '1700002100.000400', '1700002100.000200'),
      'D0CONVO',
    );
    expect(underQuestion?.args.blocks[0]?.text.text).toBe('SDR: Reporting line');
  });

  it('two interleaved threads keep separate contexts', async () => {
    await ask(mention('what does a CRO do', '1700003000.000100'), 'C0CONVO');
    await ask(mention('tell me about the SDR role', '1700003000.000200'), 'C0CONVO');
    const inCro = await ask(
      mention('how are they measured?', '1700003000.000300', '1700003000.000100'),
      'C0CONVO',
    );
    const inSdr = await ask(
      mention('who do they report to?', '1700003000.000400', '1700003000.000200'),
      'C0CONVO',
    );
    expect(inCro?.args.thread_ts).toBe('1700003000.000100');
    expect(inCro?.args.blocks[0]?.text.text).toBe('CRO: How performance is measured');
    expect(inSdr?.args.thread_ts).toBe('1700003000.000200');
    expect(inSdr?.args.blocks[0]?.text.text).toBe('SDR: Reporting line');
    expect(shown(inSdr)).toContain('About the SDR, from earlier in this thread');
  });

  it('a question naming its own role ignores the context', async () => {
    await ask(mention('how much does a CRO earn?', '1700004000.000100'), 'C0CONVO');
    const own = await ask(
      mention('what does a BDR do?', '1700004000.000200', '1700004000.000100'),
      'C0CONVO',
    );
    expect(own?.args.blocks[0]?.text.text).toBe('Business Development Representative (BDR)');
    expect(shown(own)).not.toContain('from earlier in this thread');
  });

  it("a person's /role commands in a channel carry on from each other", async () => {
    await h.fake.command(h.events, 'what does a CRO do', 'slash1');
    await h.fake.command(h.events, 'and how much do they earn?', 'slash2');
    const second = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'slash2'));
    expect(JSON.stringify(second.body)).toContain('$180,797');
    expect(JSON.stringify(second.body)).toContain(ASSUMED_CRO);
    expectValidMessages(h.fake);
  });

  it('a follow-up button clicked in a thread is the turn the next mention there carries on from', async () => {
    const first = await ask(mention('what does a CRO do', '1700005000.000100'), 'C0CONVO');
    const salary = findButton(first?.args.blocks, /^follow_up_\d+$/);
    expect(salary.value).toBe('How much does a CRO earn?');
    const before = postsIn(h.fake, 'C0CONVO').length;
    const click = clickPayload(salary, {
      responseUrl: h.fake.responseUrl('thread-click'),
      container: {
        type: 'message',
        is_ephemeral: false,
        channel_id: 'C0CONVO',
        message_ts: '1700005000.000150',
      },
      channel: 'C0CONVO',
      message: { type: 'message', ts: '1700005000.000150', thread_ts: '1700005000.000100' },
    });
    expect((await sendSigned(h.events, interactionBody(click), FORM)).status).toBe(200);
    await h.fake.waitFor(() => postsIn(h.fake, 'C0CONVO').length > before);
    const cso = await ask(mention('and the CSO?', '1700005000.000300', '1700005000.000100'), 'C0CONVO');
    expect(cso?.args.thread_ts).toBe('1700005000.000100');
    expect(shown(cso)).toContain('178,514');
    expect(shown(cso)).toContain('About pay, from earlier in this thread');
  });
});
