import { expect } from 'vitest';
import { blockKitProblems } from '../helpers/block-kit.js';
import type { Wire } from '../slack/wire.js';
import type { ApiCall, FakeSlack } from './fake-slack.js';

/** A button found in recorded blocks, to click it like a user would. */
export function findButton(blocks: Wire[], actionId: string | RegExp): Wire {
  for (const block of blocks) {
    const elements = block.type === 'actions' ? block.elements : block.accessory ? [block.accessory] : [];
    for (const e of elements) {
      if (typeof actionId === 'string' ? e.action_id === actionId : actionId.test(e.action_id)) return e;
    }
  }
  throw new Error(`no button ${actionId} in ${JSON.stringify(blocks).slice(0, 300)}`);
}

/** A block_actions payload for a click on `button`, as Slack sends it. */
export function clickPayload(
  button: Wire,
  where: {
    responseUrl: string;
    container: Record<string, unknown>;
    channel?: string;
    message?: Record<string, unknown>;
  },
): Record<string, unknown> {
  return {
    type: 'block_actions',
    token: 'legacy-verification-token',
    api_app_id: 'A0ROLEBOT',
    team: { id: 'T0TEAM', domain: 'test' },
    user: { id: 'U0CLICKER', username: 'clicker', name: 'clicker', team_id: 'T0TEAM' },
    container: where.container,
    ...(where.channel ? { channel: { id: where.channel, name: 'general' } } : {}),
    ...(where.message ? { message: where.message } : {}),
    trigger_id: '1.2.3',
    response_url: where.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: button.action_id,
        block_id: 'b1',
        text: button.text,
        value: button.value,
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

/** Every message the app sent (Web API posts and response_url posts) is valid Block Kit. */
export function expectValidMessages(fake: FakeSlack): void {
  for (const call of fake.callsTo('chat.postMessage')) {
    expect(blockKitProblems(call.args), JSON.stringify(call.args).slice(0, 200)).toEqual([]);
  }
  for (const post of fake.responses) {
    if (post.body.delete_original) continue;
    expect(blockKitProblems(post.body), JSON.stringify(post.body).slice(0, 200)).toEqual([]);
  }
}

export const postsIn = (fake: FakeSlack, channel: string): ApiCall[] =>
  fake.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);

/** Lets in-flight work land, so "nothing happened" assertions are not just "not yet". */
export const settle = (ms = 150) => new Promise((resolve) => setTimeout(resolve, ms));
