import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { toSlackMessage } from '../../src/render/blocks.js';
import { APOLOGY } from '../../src/slack/apology.js';
import { appMention } from '../../src/slack/listeners/events/app-mention.js';
import { brokenAnswerer, deps, fakeAnswer, recordingLogger } from './fakes.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>;
const BOT = 'UBOT';

function build(event: Record<string, unknown>) {
  const say = vi.fn(async (_: unknown) => ({ ok: true }));
  const logger = recordingLogger();
  const args = {
    event: { type: 'app_mention', channel: 'C1', user: 'U1', ts: '10.1', text: '', ...event },
    context: { botUserId: BOT },
    say,
    logger,
  } as unknown as Args;
  return { args, say, logger };
}

describe('app_mention', () => {
  const answer = vi.fn((q: string) => fakeAnswer(q));
  const listener = appMention({ answer, ...deps() });

  it('passes the text to the answerer (which drops mentions) and answers in a new thread', async () => {
    const { args, say } = build({ text: `<@${BOT}> what does a CRO do?` });
    await listener(args);
    expect(answer).toHaveBeenLastCalledWith(`<@${BOT}> what does a CRO do?`, undefined);
    expect(say).toHaveBeenCalledWith({
      ...toSlackMessage(fakeAnswer(`<@${BOT}> what does a CRO do?`)),
      thread_ts: '10.1',
    });
  });

  it("answers inside the thread the mention was already in, with the thread's last turn", async () => {
    const { args, say } = build({ text: `hey <@${BOT}|rolebot> cro`, ts: '10.5', thread_ts: '10.1' });
    await listener(args);
    // The answer of the first test started thread 10.1.
    expect(answer).toHaveBeenLastCalledWith(`hey <@${BOT}|rolebot> cro`, { kind: 'role', roles: ['cro'] });
    expect(say.mock.calls[0]?.[0]).toMatchObject({ thread_ts: '10.1' });
  });

  it.each([
    ['another bot', { bot_id: 'B2', text: `<@${BOT}> cro` }],
    ['itself', { user: BOT, text: `<@${BOT}> cro` }],
    ['an edit', { edited: { user: 'U1', ts: '11' }, text: `<@${BOT}> cro` }],
    ['a DM (left to message.im)', { channel: 'D1', text: `<@${BOT}> cro` }],
  ])('ignores %s', async (_, event) => {
    const { args, say } = build(event);
    await listener(args);
    expect(say).not.toHaveBeenCalled();
  });

  it('apologises in the thread when answering fails', async () => {
    const { args, say, logger } = build({ text: `<@${BOT}> cro`, thread_ts: '9.0' });
    await appMention({ answer: brokenAnswerer, ...deps() })(args);
    expect(say).toHaveBeenCalledWith({ text: APOLOGY, thread_ts: '9.0' });
    expect(logger.lines[0]?.text).toContain('app_mention failed');
  });

  it('logs and resolves when Slack refuses both the answer and the apology', async () => {
    const { args, say, logger } = build({ text: `<@${BOT}> cro` });
    const apiError = Object.assign(new Error('An API error occurred: channel_not_found'), {
      code: 'slack_webapi_platform_error',
      data: { error: 'channel_not_found' },
    });
    say.mockRejectedValue(apiError);
    await expect(listener(args)).resolves.toBeUndefined();
    expect(logger.lines.map((l) => l.level)).toEqual(['error', 'error']);
    expect(logger.lines[0]?.text).toContain('channel_not_found');
  });
});
