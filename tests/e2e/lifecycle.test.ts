import { afterEach, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/index.js';
import type { SlackConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { createSlackBot, StartupError } from '../../src/slack/app.js';
import { recordingLogger } from '../slack/fakes.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { eventBody, SIGNING_SECRET, sendSigned } from './sign.js';

const kb = loadKnowledge();
const answer = createAnswerer(kb);
const httpConfig = (apiUrl: string): SlackConfig => ({
  mode: 'http',
  botToken: 'xoxb-e2e-token',
  signingSecret: SIGNING_SECRET,
  port: 0,
  host: '127.0.0.1',
  apiUrl,
  logLevel: 'error',
});

describe('start-up and shutdown', () => {
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function fakeSlack() {
    const fake = await new FakeSlack().start();
    cleanup.push(() => fake.stop());
    return fake;
  }

  it('refuses to start when Slack rejects the token, saying why', async () => {
    const fake = await fakeSlack();
    fake.fail('auth.test', { error: 'invalid_auth' });
    const bot = createSlackBot({ config: httpConfig(fake.apiUrl), answer, kb, logger: recordingLogger() });
    const started = bot.start();
    await expect(started).rejects.toBeInstanceOf(StartupError);
    await expect(started).rejects.toThrow(/SLACK_BOT_TOKEN.*invalid_auth/);
  });

  it('gives up quickly when the Web API cannot be reached', async () => {
    const fake = await fakeSlack();
    const unreachable = fake.apiUrl;
    await fake.stop(); // nothing listens there any more
    const bot = createSlackBot({ config: httpConfig(unreachable), answer, kb, logger: recordingLogger() });
    const t0 = Date.now();
    await expect(bot.start()).rejects.toBeInstanceOf(StartupError);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('stop() lets an answer in flight reach Slack before closing', async () => {
    const fake = await fakeSlack();
    const bot = createSlackBot({ config: httpConfig(fake.apiUrl), answer, kb, logger: recordingLogger() });
    const { port } = await bot.start();
    fake.delayMs = 300; // a slow Web API: the answer is still on its way when stop() begins
    const res = await sendSigned(
      `http://127.0.0.1:${port}/slack/events`,
      eventBody(
        { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> cro`, ts: '1.1', channel: 'C0LATE' },
        'EvLate',
      ),
      'application/json',
    );
    expect(res.status).toBe(200);
    await bot.stop();
    expect(fake.callsTo('chat.postMessage').map((c) => c.args.channel)).toEqual(['C0LATE']);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });

  it('builds a Socket Mode app without opening any port', () => {
    const bot = createSlackBot({
      config: { mode: 'socket', botToken: 'xoxb-x', appToken: 'xapp-x', logLevel: 'error' },
      answer,
      kb,
      logger: recordingLogger(),
    });
    expect(bot.app).toBeDefined();
  });
});
