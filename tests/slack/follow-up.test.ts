import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { toSlackMessage } from '../../src/render/blocks.js';
import { APOLOGY } from '../../src/slack/apology.js';
import { followUp, placeOf } from '../../src/slack/listeners/actions/follow-up.js';
import { brokenAnswerer, deps, fakeAnswer, recordingLogger } from './fakes.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

const ephemeral = { container: { type: 'message', is_ephemeral: true, channel_id: 'C1', message_ts: '1.0' } };
const inThread = {
  container: { type: 'message', is_ephemeral: false, channel_id: 'C1', message_ts: '5.0' },
  channel: { id: 'C1', name: 'general' },
  message: { type: 'message', ts: '5.0', thread_ts: '4.0' },
};
const topLevel = {
  container: { type: 'message', is_ephemeral: false, channel_id: 'D1', message_ts: '6.0' },
  channel: { id: 'D1', name: 'directmessage' },
  message: { type: 'message', ts: '6.0' },
};
const home = { container: { type: 'view', view_id: 'V1' }, view: { id: 'V1', type: 'home' } };

function build(place: Record<string, unknown>, value = 'cro vs vp sales') {
  const order: string[] = [];
  const ack = vi.fn(async () => {
    order.push('ack');
  });
  const respond = vi.fn(async (_: unknown) => new Response());
  const postMessage = vi.fn(async (_: unknown) => ({ ok: true }));
  const logger = recordingLogger();
  const action = { type: 'button', action_id: 'follow_up_0', value, block_id: 'b', action_ts: '1' };
  const body = { type: 'block_actions', user: { id: 'U1' }, actions: [action], ...place };
  const args = { ack, respond, client: { chat: { postMessage } }, logger, action, body } as unknown as Args;
  return { args, ack, respond, postMessage, logger, order };
}

describe('follow-up buttons', () => {
  const answer = vi.fn((q: string) => fakeAnswer(q));
  const listener = followUp({ answer, ...deps() });

  it('knows where a button was clicked', () => {
    const body = (p: object) => ({ user: { id: 'U1' }, ...p }) as unknown as BlockButtonAction;
    expect(placeOf(body(ephemeral))).toEqual({ kind: 'ephemeral' });
    expect(placeOf(body(inThread))).toEqual({ kind: 'thread', channel: 'C1', thread_ts: '4.0' });
    expect(placeOf(body(topLevel))).toEqual({ kind: 'thread', channel: 'D1', thread_ts: '6.0' });
    expect(placeOf(body(home))).toEqual({ kind: 'home', channel: 'U1' });
  });

  it('replaces an ephemeral /role answer in place, keeping the share button', async () => {
    const { args, respond, postMessage, order } = build(ephemeral);
    await listener(args);
    expect(order[0]).toBe('ack');
    expect(answer).toHaveBeenLastCalledWith('cro vs vp sales', undefined);
    expect(respond).toHaveBeenCalledWith({
      response_type: 'ephemeral',
      replace_original: true,
      ...toSlackMessage(fakeAnswer('cro vs vp sales'), { share: true }),
    });
    expect(postMessage).not.toHaveBeenCalled();
  });

  it('answers in the thread of a visible answer', async () => {
    const { args, respond, postMessage } = build(inThread);
    await listener(args);
    expect(postMessage).toHaveBeenCalledWith({
      channel: 'C1',
      thread_ts: '4.0',
      ...toSlackMessage(fakeAnswer('cro vs vp sales')),
    });
    expect(respond).not.toHaveBeenCalled();
  });

  it('starts a thread under a top-level answer', async () => {
    const { args, postMessage } = build(topLevel);
    await listener(args);
    expect(postMessage.mock.calls[0]?.[0]).toMatchObject({ channel: 'D1', thread_ts: '6.0' });
  });

  it("answers a Home tab click in the app's DM with the user", async () => {
    const { args, postMessage } = build(home, 'Chief Revenue Officer');
    await listener(args);
    expect(postMessage.mock.calls[0]?.[0]).toMatchObject({ channel: 'U1', thread_ts: undefined });
  });

  it('apologises where the answer would have gone', async () => {
    const eph = build(ephemeral);
    await followUp({ answer: brokenAnswerer, ...deps() })(eph.args);
    expect(eph.respond).toHaveBeenCalledWith({
      response_type: 'ephemeral',
      replace_original: false,
      text: APOLOGY,
    });

    const thread = build(inThread);
    await followUp({ answer: brokenAnswerer, ...deps() })(thread.args);
    expect(thread.postMessage).toHaveBeenCalledWith({ channel: 'C1', thread_ts: '4.0', text: APOLOGY });
    expect(thread.logger.lines[0]?.text).toContain('follow-up button failed');
  });
});
