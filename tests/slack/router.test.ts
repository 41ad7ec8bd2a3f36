import { MultipleListenerError } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { Router } from '../../src/slack/router.js';
import type { Wire } from './wire.js';

/** The arguments Bolt hands its global middleware for one request (only what the router reads). */
const commandArgs = (name: string): Wire => ({ body: { command: name }, command: { command: name } });
const eventArgs = (event: Record<string, unknown>): Wire => ({
  body: { type: 'event_callback', event },
  event,
  ...(event.type === 'message' ? { message: event } : {}),
});
const actionArgs = (action: Record<string, unknown>): Wire => ({
  body: { type: 'block_actions', actions: [action] },
  action,
});
const viewArgs = (type: string, callback_id: string): Wire => ({
  body: { type, view: { callback_id } },
  view: { callback_id },
});

function routed() {
  const router = new Router();
  const calls: string[] = [];
  const listener = (name: string) =>
    vi.fn(async () => {
      calls.push(name);
    });
  router.command('/role', listener('role'));
  router.command('/other', listener('other'));
  router.event('app_mention', listener('mention'));
  router.event('app_home_opened', listener('home'));
  router.event('app_home_opened', listener('messages tab'));
  router.message((m) => m.channel_type === 'im', listener('dm'));
  router.action(/^follow_up_\d+$/, listener('follow-up'));
  router.action('share_answer', listener('share'));
  router.view('feedback_modal', listener('feedback form'));
  const dispatch = async (args: Wire) => {
    calls.length = 0;
    await router.dispatch({ ...args, next: vi.fn() });
    return [...calls];
  };
  return { router, dispatch };
}

describe('the router in front of the listeners', () => {
  it('runs the command listener registered under the command name, and no other', async () => {
    const { dispatch } = routed();
    expect(await dispatch(commandArgs('/role'))).toEqual(['role']);
    expect(await dispatch(commandArgs('/other'))).toEqual(['other']);
    expect(await dispatch(commandArgs('/unknown'))).toEqual([]);
  });

  it('runs every listener of an event type, like Bolt', async () => {
    const { dispatch } = routed();
    expect(await dispatch(eventArgs({ type: 'app_mention' }))).toEqual(['mention']);
    expect((await dispatch(eventArgs({ type: 'app_home_opened' }))).sort()).toEqual(['home', 'messages tab']);
    expect(await dispatch(eventArgs({ type: 'reaction_added' }))).toEqual([]);
  });

  it('passes message events through their filter', async () => {
    const { dispatch } = routed();
    expect(await dispatch(eventArgs({ type: 'message', channel_type: 'im' }))).toEqual(['dm']);
    expect(await dispatch(eventArgs({ type: 'message', channel_type: 'channel' }))).toEqual([]);
  });

  it('matches actions by exact id or by pattern', async () => {
    const { dispatch } = routed();
    expect(await dispatch(actionArgs({ action_id: 'follow_up_2', block_id: 'b' }))).toEqual(['follow-up']);
    expect(await dispatch(actionArgs({ action_id: 'share_answer', block_id: 'b' }))).toEqual(['share']);
    expect(await dispatch(actionArgs({ action_id: 'follow_up_x', block_id: 'b' }))).toEqual([]);
    expect(await dispatch(actionArgs({ action_id: 'share_answer_too', block_id: 'b' }))).toEqual([]);
    // Legacy attachment buttons have a name, no action_id.
    expect(await dispatch(actionArgs({ name: 'share_answer' }))).toEqual([]);
  });

  it('runs a view listener on the submission of its callback id only', async () => {
    const { dispatch } = routed();
    expect(await dispatch(viewArgs('view_submission', 'feedback_modal'))).toEqual(['feedback form']);
    expect(await dispatch(viewArgs('view_closed', 'feedback_modal'))).toEqual([]);
    expect(await dispatch(viewArgs('view_submission', 'another'))).toEqual([]);
  });

  it('hands each listener the request arguments as Bolt gave them', async () => {
    const router = new Router();
    const listener = vi.fn(async () => {});
    router.command('/role', listener);
    const args = { ...commandArgs('/role'), ack: vi.fn(), context: { teamId: 'T1' }, next: vi.fn() };
    await router.dispatch(args);
    expect(listener).toHaveBeenCalledWith(args);
  });

  it("rethrows a listener's failure, and several as one MultipleListenerError, once all have run", async () => {
    const router = new Router();
    const boom = new Error('boom');
    const finished = vi.fn();
    router.command('/one', async () => {
      throw boom;
    });
    router.event('app_home_opened', async () => {
      throw new Error('first');
    });
    router.event('app_home_opened', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      finished();
      throw new Error('second');
    });
    await expect(router.dispatch({ ...commandArgs('/one'), next: vi.fn() } as Wire)).rejects.toBe(boom);
    const both = router.dispatch({ ...eventArgs({ type: 'app_home_opened' }), next: vi.fn() } as Wire);
    await expect(both).rejects.toBeInstanceOf(MultipleListenerError);
    expect(finished).toHaveBeenCalled();
  });
});
