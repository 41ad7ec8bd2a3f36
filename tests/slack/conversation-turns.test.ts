import type {
  AllMiddlewareArgs,
  BlockButtonAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
} from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { createAnswerer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';
import { MemoryConversationContext } from '../../src/conversation/context.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { readShareValue } from '../../src/render/blocks.js';
import { followUp } from '../../src/slack/listeners/actions/follow-up.js';
import { shareAnswer } from '../../src/slack/listeners/actions/share.js';
import { roleCommand } from '../../src/slack/listeners/commands/role.js';
import { findButton } from '../e2e/flows.js';
import { deps, recordingLogger } from './fakes.js';
import type { Wire } from './wire.js';

/**
 * Buttons and /role are turns of their conversation: what they answered is what the next question
 * there carries on from. With the real engine, so the turns are the real ones.
 */
const answer = createAnswerer(loadKnowledge());
type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;
type CommandArgs = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

function setup() {
  const conversations = new MemoryConversationContext();
  const shared = { ...deps(), conversations };
  const role = roleCommand({ answer, ...shared });
  const click = followUp({ answer, ...shared });
  /** `/role text` by U1 in C1; resolves to what the ack carried. */
  const command = async (text: string) => {
    const ack = vi.fn(async (_?: unknown) => {});
    const command = { text, user_id: 'U1', channel_id: 'C1', team_id: 'T1', command: '/role' };
    await role({ ack, respond: vi.fn(), logger: recordingLogger(), command } as unknown as CommandArgs);
    return ack.mock.calls[0]?.[0] as Record<string, Wire>;
  };
  /** A click on a button asking `value`, placed as `place` says. */
  const press = async (value: string, place: Record<string, unknown>) => {
    const respond = vi.fn(async (_: unknown) => new Response());
    const postMessage = vi.fn(async (_: unknown) => ({ ok: true, channel: 'D9', ts: '70.0' }));
    const action = { type: 'button', action_id: 'follow_up_0', value, block_id: 'b', action_ts: '1' };
    const body = {
      type: 'block_actions',
      user: { id: 'U1' },
      team: { id: 'T1' },
      actions: [action],
      ...place,
    };
    const args = {
      ack: vi.fn(),
      respond,
      client: { chat: { postMessage } },
      logger: recordingLogger(),
      action,
      body,
    };
    await click(args as unknown as ButtonArgs);
    return { respond, postMessage };
  };
  return { conversations, command, press };
}

const ephemeral = {
  container: { type: 'message', is_ephemeral: true, channel_id: 'C1', message_ts: '1.0' },
  channel: { id: 'C1', name: 'general' },
};
const inThread = {
  container: { type: 'message', is_ephemeral: false, channel_id: 'C2', message_ts: '5.0' },
  channel: { id: 'C2', name: 'general' },
  message: { type: 'message', ts: '5.0', thread_ts: '4.0' },
};
const home = { container: { type: 'view', view_id: 'V1' }, view: { id: 'V1', type: 'home' } };

describe('buttons and /role record their turn', () => {
  it("a person's /role commands in a channel are one conversation", async () => {
    const { command } = setup();
    await command('what does a cro do');
    const pay = await command('and how much do they earn?');
    expect(JSON.stringify(pay)).toContain('$180,797');
    expect(JSON.stringify(pay)).toContain('About the CRO, from earlier in this thread');
  });

  it('Share on a /role follow-up shares the same answer, standing on its own', async () => {
    const { command } = setup();
    await command('what does a cro do');
    const pay = await command('and how much do they earn?');
    const share = findButton(pay.blocks as Wire[], 'share_answer');
    expect(readShareValue(share.value)).toEqual({
      question: 'and how much do they earn?',
      previous: { kind: 'role', roles: ['cro'] },
    });
    const respond = vi.fn(async (_: unknown) => new Response());
    const action = {
      type: 'button',
      action_id: 'share_answer',
      value: share.value,
      block_id: 'b',
      action_ts: '1',
    };
    const body = { type: 'block_actions', user: { id: 'U1' }, actions: [action], ...ephemeral };
    const args = { ack: vi.fn(), respond, logger: recordingLogger(), action, body };
    await shareAnswer({ answer, ...deps() })(args as unknown as ButtonArgs);
    const shared = JSON.stringify(respond.mock.calls[0]?.[0]);
    expect(shared).toContain('$180,797');
    expect(shared).not.toContain('from earlier');
    // A question that names its role shares as plain text, as before.
    expect(readShareValue('how much does a CRO earn')).toEqual({ question: 'how much does a CRO earn' });
  });

  it('a button under a /role answer carries that conversation on', async () => {
    const { command, press, conversations } = setup();
    await command('cro');
    const { respond } = await press('How much does a CSO earn?', ephemeral);
    expect(JSON.stringify(respond.mock.calls[0]?.[0])).toContain('178,514');
    expect(await conversations.get({ team: 'T1', channel: 'C1', thread: 'slash:U1' })).toMatchObject({
      roles: ['cso'],
      facet: 'compensation',
    });
    const vp = await command('and the VP of Sales?');
    expect(JSON.stringify(vp)).toContain('About pay, from earlier in this thread');
  });

  it("a button in a thread is that thread's last turn", async () => {
    const { press, conversations } = setup();
    await press('What skills does a CRO need?', inThread);
    expect(await conversations.get({ team: 'T1', channel: 'C2', thread: '4.0' })).toMatchObject({
      roles: ['cro'],
      facet: 'skills',
    });
    // ...and reads it: "compare with the CSO" as a button value is a follow-up of that turn.
    const { postMessage } = await press('compare with the CSO', inThread);
    const posted = postMessage.mock.calls[0]?.[0] as { blocks: Answer[] };
    expect(JSON.stringify(posted.blocks)).toContain('Compared with the CRO, from earlier in this thread');
  });

  it('a button in the App Home starts the DM it answers in', async () => {
    const { press, conversations } = setup();
    await press('How much does a CRO earn?', home);
    for (const thread of ['', '70.0']) {
      expect(await conversations.get({ team: 'T1', channel: 'D9', thread })).toMatchObject({
        roles: ['cro'],
      });
    }
  });

  it('different people, channels and threads keep apart', async () => {
    const { command, conversations } = setup();
    await command('cro');
    expect(await conversations.get({ team: 'T1', channel: 'C1', thread: 'slash:U2' })).toBeUndefined();
    expect(await conversations.get({ team: 'T1', channel: 'C1', thread: '' })).toBeUndefined();
  });
});
