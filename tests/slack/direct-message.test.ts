import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { toSlackMessage } from '../../src/render/blocks.js';
import { APOLOGY } from '../../src/slack/apology.js';
import { directMessage, isDirectMessage } from '../../src/slack/listeners/messages/direct-message.js';
import { brokenAnswerer, deps, fakeAnswer, recordingLogger } from './fakes.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;
const BOT = 'UBOT';

function build(message: Record<string, unknown>) {
  const say = vi.fn(async (_: unknown) => ({ ok: true }));
  const next = vi.fn(async () => {});
  const logger = recordingLogger();
  const msg = {
    type: 'message',
    channel: 'D1',
    channel_type: 'im',
    user: 'U1',
    ts: '20.1',
    text: 'cro',
    ...message,
  };
  const args = {
    message: msg,
    event: msg,
    context: { botUserId: BOT },
    say,
    next,
    logger,
  } as unknown as Args;
  return { args, say, next, logger };
}

describe('direct messages', () => {
  const answer = vi.fn((q: string) => fakeAnswer(q));
  const listener = directMessage({ answer, ...deps() });

  it('lets only IM messages through the filter', async () => {
    for (const [channel_type, passes] of [
      ['im', true],
      ['channel', false],
      ['group', false],
      ['mpim', false],
    ] as const) {
      const { args } = build({ channel_type });
      expect(isDirectMessage(args.message)).toBe(passes);
    }
  });

  it('answers a top-level DM in the DM, not in a thread', async () => {
    const { args, say } = build({ text: 'what does an SDR do?' });
    await listener(args);
    expect(say).toHaveBeenCalledWith(toSlackMessage(fakeAnswer('what does an SDR do?')));
  });

  it('answers a thread reply in that thread', async () => {
    const { args, say } = build({ text: 'and a BDR?', ts: '20.9', thread_ts: '20.1' });
    await listener(args);
    expect(say.mock.calls[0]?.[0]).toMatchObject({ thread_ts: '20.1' });
  });

  it('answers a thread reply also sent to the conversation', async () => {
    const { args, say } = build({ subtype: 'thread_broadcast', thread_ts: '20.1' });
    await listener(args);
    expect(say).toHaveBeenCalledOnce();
  });

  it.each([
    ['an edit', { subtype: 'message_changed', message: { text: 'cro' } }],
    ['a deletion', { subtype: 'message_deleted' }],
    ['a bot_message', { subtype: 'bot_message', bot_id: 'B2' }],
    ['a bot with a user id', { bot_id: 'B2' }],
    ['itself', { user: BOT }],
    ['a join', { subtype: 'channel_join' }],
  ])('ignores %s', async (_, message) => {
    const { args, say } = build(message);
    await listener(args);
    expect(say).not.toHaveBeenCalled();
  });

  it('apologises in the same place when answering fails', async () => {
    const { args, say, logger } = build({ thread_ts: '20.0' });
    await directMessage({ answer: brokenAnswerer, ...deps() })(args);
    expect(say).toHaveBeenCalledWith({ text: APOLOGY, thread_ts: '20.0' });
    expect(logger.lines[0]?.text).toContain('direct message failed');
  });
});
