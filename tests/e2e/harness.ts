import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createAnswerer } from '../../src/answer/index.js';
import type { SlackConfig } from '../../src/config.js';
import type { ConversationContext } from '../../src/conversation/context.js';
import type { Greeted } from '../../src/conversation/greeted.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createSlackBot, type SlackBot, type SlackBotOptions } from '../../src/slack/app.js';
import type { Loop } from '../../src/slack/loop.js';
import { recordingLogger } from '../slack/fakes.js';
import { FakeSlack } from './fake-slack.js';
import { SIGNING_SECRET } from './sign.js';

export interface Harness {
  fake: FakeSlack;
  bot: SlackBot;
  /** The app's events endpoint, e.g. http://127.0.0.1:PORT/slack/events */
  events: string;
  base: string;
  answer: ReturnType<typeof createAnswerer>;
  logs: ReturnType<typeof recordingLogger>['lines'];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** Records, feedback, experts and owners (a real store); none by default. */
  loop?: Loop;
  /** Follow-up context and welcomes; in memory by default. */
  conversations?: ConversationContext;
  greeted?: Greeted;
  /** Once-only checks (event ids, request signatures) and what /healthz checks; per process by default. */
  eventIds?: SlackBotOptions['eventIds'];
  replayGuard?: SlackBotOptions['replayGuard'];
  readiness?: SlackBotOptions['readiness'];
}

/**
 * The real app (real knowledge base, real answerer, real Bolt receiver) in HTTP mode on a free
 * loopback port, with its Web API client pointed at a FakeSlack: the same createSlackBot main.ts uses.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await new FakeSlack().start();
  const kb = loadKnowledge();
  const answer = createAnswerer(kb);
  const logger = recordingLogger();
  const config: SlackConfig = {
    mode: 'http',
    botToken: 'xoxb-e2e-token',
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: fake.apiUrl,
    logLevel: 'error',
  };
  const bot = createSlackBot({ config, answer, kb, logger, ...options });
  const { port } = await bot.start();
  const base = `http://127.0.0.1:${port}`;
  return {
    fake,
    bot,
    base,
    events: `${base}/slack/events`,
    answer,
    logs: logger.lines,
    async stop() {
      await bot.stop();
      await fake.stop();
    },
  };
}

/**
 * One harness for a whole test file: started before its tests, Slack's recordings cleared before each
 * test, stopped after. Returns the harness object, filled in once it has started.
 */
export function useHarness(options: () => Promise<HarnessOptions> | HarnessOptions = () => ({})): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    Object.assign(h, await startHarness(await options()));
  });
  afterAll(async () => {
    await h.stop?.();
  });
  beforeEach(() => h.fake.reset());
  return h;
}
