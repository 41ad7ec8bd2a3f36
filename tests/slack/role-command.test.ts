import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { toSlackMessage } from '../../src/render/blocks.js';
import { APOLOGY } from '../../src/slack/apology.js';
import { roleCommand } from '../../src/slack/listeners/commands/role.js';
import { replyInAck } from '../../src/slack/reply-in-ack.js';
import { blockKitProblems } from '../helpers/block-kit.js';
import { brokenAnswerer, deps, fakeAnswer, recordingLogger } from './fakes.js';
import type { Wire } from './wire.js';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

function build(text: string) {
  const order: string[] = [];
  const ack = vi.fn(async (_?: unknown) => {
    order.push('ack');
  });
  const respond = vi.fn(async (_: unknown) => {
    order.push('respond');
    return new Response();
  });
  const logger = recordingLogger();
  const command = { text, user_id: 'U1', channel_id: 'C1', team_id: 'T1', command: '/role' };
  const args = { ack, respond, logger, command } as unknown as Args;
  return { args, ack, respond, logger, order };
}

describe('/role command', () => {
  const answer = vi.fn((q: string) => fakeAnswer(q));
  beforeEach(() => answer.mockClear());

  it('answers in the ack, ephemerally, with a share button: no second round trip', async () => {
    const { args, ack, respond, order } = build('cro');
    await roleCommand({ answer, ...deps() })(args);

    expect(order).toEqual(['ack']);
    expect(respond).not.toHaveBeenCalled();
    expect(answer).toHaveBeenCalledWith('cro', undefined);
    const reply = ack.mock.calls[0]?.[0] as Record<string, Wire>;
    expect(reply).toEqual({
      response_type: 'ephemeral',
      ...toSlackMessage(fakeAnswer('cro'), { share: true }),
    });
    expect(JSON.stringify(reply.blocks)).toContain('share_answer');
    expect(blockKitProblems(reply)).toEqual([]);
  });

  it('shows help for an empty command, without a share button', async () => {
    const help = vi.fn((q: string) =>
      fakeAnswer(q, { kind: 'help', matched: false, coverage: 'none', title: 'Role bot help' }),
    );
    const { args, ack } = build('');
    await roleCommand({ answer: help, ...deps() })(args);

    expect(help).toHaveBeenCalledWith('', undefined);
    const reply = ack.mock.calls[0]?.[0] as Record<string, Wire>;
    expect(reply.blocks[0].text.text).toBe('Role bot help');
    expect(JSON.stringify(reply.blocks)).not.toContain('share_answer');
  });

  it('offers no share button on a partial answer: only full answers go to the channel', async () => {
    const partial = vi.fn((q: string) => fakeAnswer(q, { coverage: 'partial' }));
    const { args, ack } = build('interim cro');
    await roleCommand({ answer: partial, ...deps() })(args);

    const reply = ack.mock.calls[0]?.[0] as Record<string, Wire>;
    expect(JSON.stringify(reply.blocks)).not.toContain('share_answer');
  });

  it('apologises in the ack and logs with context when answering fails', async () => {
    const { args, ack, respond, logger } = build('cro');
    await roleCommand({ answer: brokenAnswerer, ...deps() })(args);

    expect(ack).toHaveBeenCalledOnce();
    expect(ack).toHaveBeenCalledWith({ response_type: 'ephemeral', text: APOLOGY });
    expect(respond).not.toHaveBeenCalled();
    expect(logger.lines[0]?.level).toBe('error');
    expect(logger.lines[0]?.text).toContain('/role command failed');
    expect(logger.lines[0]?.text).toContain('engine exploded');
    expect(logger.lines[0]?.text).toContain('"channel":"C1"');
  });
});

describe('replyInAck', () => {
  const message = { response_type: 'ephemeral' as const, text: 'the answer' };
  const context = { user: 'U1' };

  it('past the budget, acks empty and sends the answer through response_url when it is ready', async () => {
    const { ack, respond, logger, order } = build('cro');
    let finish: (m: typeof message) => void = () => {};
    const slow = new Promise<typeof message>((resolve) => {
      finish = resolve;
    });
    const done = replyInAck({
      ack,
      respond,
      logger,
      what: '/role command',
      context,
      build: () => slow,
      budgetMs: 5,
    });
    await vi.waitFor(() => expect(ack).toHaveBeenCalledWith());
    expect(respond).not.toHaveBeenCalled();
    finish(message);
    await done;
    expect(order).toEqual(['ack', 'respond']);
    expect(respond).toHaveBeenCalledWith(message);
    expect(logger.lines[0]?.text).toContain('goes through response_url');
  });

  it('past the budget, a failure is apologised for through response_url; a dead one is only logged', async () => {
    const { ack, respond, logger } = build('cro');
    respond.mockRejectedValue(new Error('404 Not Found'));
    const failing = () =>
      new Promise<typeof message>((_, reject) => setTimeout(() => reject(new Error('engine exploded')), 20));
    await expect(
      replyInAck({ ack, respond, logger, what: '/role command', context, build: failing, budgetMs: 5 }),
    ).resolves.toBeUndefined();
    expect(ack).toHaveBeenCalledWith();
    expect(respond).toHaveBeenCalledWith({ response_type: 'ephemeral', text: APOLOGY });
    expect(logger.lines.map((l) => l.level)).toEqual(['warn', 'error', 'error']);
  });
});
