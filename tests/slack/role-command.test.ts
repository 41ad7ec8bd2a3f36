import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { toSlackMessage } from '../../src/render/blocks.js';
import { APOLOGY } from '../../src/slack/apology.js';
import { roleCommand } from '../../src/slack/listeners/commands/role.js';
import { blockKitProblems } from '../helpers/block-kit.js';
import { brokenAnswerer, deps, fakeAnswer, recordingLogger } from './fakes.js';
import type { Wire } from './wire.js';

type Args = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

function build(text: string) {
  const order: string[] = [];
  const ack = vi.fn(async () => {
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

  it('acks with no body before answering, then responds ephemerally with a share button', async () => {
    const { args, ack, respond, order } = build('cro');
    await roleCommand({ answer, ...deps() })(args);

    expect(ack).toHaveBeenCalledWith();
    expect(order).toEqual(['ack', 'respond']);
    expect(answer).toHaveBeenCalledWith('cro');
    const reply = respond.mock.calls[0]?.[0] as Record<string, Wire>;
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
    const { args, respond } = build('');
    await roleCommand({ answer: help, ...deps() })(args);

    expect(help).toHaveBeenCalledWith('');
    const reply = respond.mock.calls[0]?.[0] as Record<string, Wire>;
    expect(reply.blocks[0].text.text).toBe('Role bot help');
    expect(JSON.stringify(reply.blocks)).not.toContain('share_answer');
  });

  it('offers no share button on a partial answer: only full answers go to the channel', async () => {
    const partial = vi.fn((q: string) => fakeAnswer(q, { coverage: 'partial' }));
    const { args, respond } = build('interim cro');
    await roleCommand({ answer: partial, ...deps() })(args);

    const reply = respond.mock.calls[0]?.[0] as Record<string, Wire>;
    expect(JSON.stringify(reply.blocks)).not.toContain('share_answer');
  });

  it('apologises ephemerally and logs with context when answering fails', async () => {
    const { args, ack, respond, logger } = build('cro');
    await roleCommand({ answer: brokenAnswerer, ...deps() })(args);

    expect(ack).toHaveBeenCalledOnce();
    expect(respond).toHaveBeenCalledWith({ response_type: 'ephemeral', text: APOLOGY });
    expect(logger.lines[0]?.level).toBe('error');
    expect(logger.lines[0]?.text).toContain('/role command failed');
    expect(logger.lines[0]?.text).toContain('engine exploded');
    expect(logger.lines[0]?.text).toContain('"channel":"C1"');
  });

  it('never rejects, even when the response_url is dead', async () => {
    const { args, respond, logger } = build('cro');
    respond.mockRejectedValue(new Error('404 Not Found'));
    await expect(roleCommand({ answer, ...deps() })(args)).resolves.toBeUndefined();
    expect(respond).toHaveBeenCalledTimes(2); // the answer, then the apology
    expect(logger.lines.map((l) => l.level)).toEqual(['error', 'error']);
  });
});
