import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { toSlackMessage } from '../../src/render/blocks.js';
import { APOLOGY } from '../../src/slack/apology.js';
import { shareAnswer } from '../../src/slack/listeners/actions/share.js';
import { blockKitProblems } from '../helpers/block-kit.js';
import { brokenAnswerer, deps, fakeAnswer, recordingLogger } from './fakes.js';
import type { Wire } from './wire.js';

type Args = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

function build() {
  const respond = vi.fn(async (_: unknown) => new Response());
  const ack = vi.fn(async () => {});
  const logger = recordingLogger();
  const action = { type: 'button', action_id: 'share_answer', value: 'cro', block_id: 'b', action_ts: '1' };
  const body = {
    type: 'block_actions',
    user: { id: 'USHARER' },
    channel: { id: 'C1', name: 'general' },
    container: { type: 'message', is_ephemeral: true },
    actions: [action],
  };
  const args = { ack, respond, logger, action, body } as unknown as Args;
  return { args, ack, respond, logger };
}

describe('share button', () => {
  const answer = vi.fn((q: string) => fakeAnswer(q));
  const listener = shareAnswer({ answer, ...deps() });

  it('posts the answer visibly, attributed and without buttons, then deletes the ephemeral copy', async () => {
    const { args, ack, respond } = build();
    await listener(args);
    expect(ack).toHaveBeenCalledOnce();
    const expected = toSlackMessage(fakeAnswer('cro'), { sharedBy: 'USHARER', followUps: false });
    expect(respond.mock.calls).toEqual([
      [{ response_type: 'in_channel', replace_original: false, ...expected }],
      [{ delete_original: true }],
    ]);
    const shared = respond.mock.calls[0]?.[0] as Record<string, Wire>;
    expect(JSON.stringify(shared.blocks)).toContain('Shared by <@USHARER>');
    expect(shared.blocks.some((b: { type: string }) => b.type === 'actions')).toBe(false);
    expect(blockKitProblems(shared)).toEqual([]);
  });

  it('apologises ephemerally and keeps the original when sharing fails', async () => {
    const { args, respond, logger } = build();
    await shareAnswer({ answer: brokenAnswerer, ...deps() })(args);
    expect(respond.mock.calls).toEqual([
      [{ response_type: 'ephemeral', replace_original: false, text: APOLOGY }],
    ]);
    expect(logger.lines[0]?.text).toContain('share button failed');
  });

  it('only warns when the shared answer is out but the ephemeral copy cannot be deleted', async () => {
    const { args, respond, logger } = build();
    respond.mockResolvedValueOnce(new Response()).mockRejectedValueOnce(new Error('expired_url'));
    await listener(args);
    expect(respond).toHaveBeenCalledTimes(2);
    expect(logger.lines).toEqual([expect.objectContaining({ level: 'warn' })]);
  });
});
