import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/load.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { ACTIONS } from '../../src/render/blocks.js';
import { buildHomeView, HOME_BLOCK_LIMIT } from '../../src/render/home-view.js';
import { appHomeOpened } from '../../src/slack/listeners/events/app-home-opened.js';
import { blockKitProblems } from '../helpers/block-kit.js';
import { deps, fakeAnswerer, recordingLogger } from './fakes.js';

type Args = AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_home_opened'>;

function build(tab: string | undefined) {
  const publish = vi.fn(async (_: unknown) => ({ ok: true }));
  const logger = recordingLogger();
  const args = {
    event: { type: 'app_home_opened', user: 'U1', channel: 'D1', tab, event_ts: '1.0' },
    client: { views: { publish } },
    logger,
  } as unknown as Args;
  return { args, publish, logger };
}

describe('App Home', () => {
  const kb = loadKnowledge();
  const homeView = buildHomeView(kb);
  const listener = appHomeOpened({ ...deps(), answer: fakeAnswerer, homeView });

  it('publishes the Home tab for the user who opened it', async () => {
    const { args, publish } = build('home');
    await listener(args);
    expect(publish).toHaveBeenCalledWith({ user_id: 'U1', view: homeView });
  });

  it('does nothing when the Messages tab is opened', async () => {
    const { args, publish } = build('messages');
    await listener(args);
    expect(publish).not.toHaveBeenCalled();
  });

  it('logs a failed publish instead of throwing', async () => {
    const { args, publish, logger } = build('home');
    publish.mockRejectedValue(new Error('rate limited'));
    await expect(listener(args)).resolves.toBeUndefined();
    expect(logger.lines[0]?.text).toContain('views.publish failed');
  });

  it('lists every role with a button that asks about it, and valid Block Kit', () => {
    expect(blockKitProblems(homeView, { maxBlocks: HOME_BLOCK_LIMIT, needsText: false })).toEqual([]);
    const text = JSON.stringify(homeView);
    for (const role of kb.roles) {
      const block = homeView.blocks.find((b) => b.accessory?.value === role.name);
      expect(block, role.name).toBeDefined();
      expect(block.accessory.action_id).toMatch(ACTIONS.followUpPattern);
    }
    expect(text).toContain('/role');
    expect(text).toContain('Try asking');
  });

  it('stays within 100 blocks however many roles there are', () => {
    const [role] = kb.roles;
    if (!role) throw new Error('the knowledge base has no roles');
    const many: KnowledgeBase = {
      ...kb,
      roles: Array.from({ length: 250 }, (_, i) => ({ ...role, id: `r${i}`, name: `Role ${i}` })),
    };
    const view = buildHomeView(many);
    expect(view.blocks.length).toBeLessThanOrEqual(HOME_BLOCK_LIMIT);
    expect(blockKitProblems(view, { maxBlocks: HOME_BLOCK_LIMIT, needsText: false })).toEqual([]);
    expect(JSON.stringify(view)).toContain('more: ask about them by name');
  });
});
