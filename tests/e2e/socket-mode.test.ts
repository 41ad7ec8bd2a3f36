import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/index.js';
import type { SlackConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { toSlackMessage } from '../../src/render/blocks.js';
import { createSlackBot, type SlackBot, StartupError } from '../../src/slack/app.js';
import { recordingLogger } from '../slack/fakes.js';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { FakeSocketMode } from './fake-socket.js';
import { clickPayload, expectValidMessages, findButton, postsIn } from './flows.js';
import { pool } from './pool.js';
import { commandFields, eventFields } from './sign.js';

const kb = loadKnowledge();
const answer = createAnswerer(kb);
const socketConfig = (apiUrl: string): SlackConfig => ({
  mode: 'socket',
  botToken: 'xoxb-e2e-token',
  appToken: 'xapp-e2e-token',
  apiUrl,
  logLevel: 'error',
});

const command = (text: string, responseUrl: string) => commandFields(text, responseUrl);

const mention = (ts: string, eventId: string, channel = 'C0SALES') =>
  eventFields(
    { type: 'app_mention', user: 'U0ASKER', text: `<@${BOT_USER_ID}> cro`, ts, channel, event_ts: ts },
    eventId,
  );

/**
 * The real app in Socket Mode (the receiver main.ts builds) against a stand-in that speaks the
 * protocol: apps.connections.open on FakeSlack, then a ws:// link with hello, envelopes and acks.
 */
describe('Socket Mode end to end', () => {
  let fake: FakeSlack;
  let socket: FakeSocketMode;
  let bot: SlackBot;
  let logs: ReturnType<typeof recordingLogger>['lines'];
  let healthPort: number | undefined;

  beforeAll(async () => {
    fake = await new FakeSlack().start();
    socket = await new FakeSocketMode(fake).start();
    const logger = recordingLogger();
    logs = logger.lines;
    bot = createSlackBot({ config: socketConfig(fake.apiUrl), answer, kb, logger, healthPort: 0 });
    ({ healthPort } = await bot.start());
  });
  afterAll(async () => {
    await bot?.stop();
    await socket?.stop();
    await fake?.stop();
  });
  beforeEach(() => fake.reset());

  async function marker(id: string) {
    const envelope = socket.send('slash_commands', command('cro', fake.responseUrl(id)));
    await socket.ackFor(envelope);
  }

  it('connects through SLACK_API_URL with the app token', async () => {
    expect(socket.connected).toBe(true);
    await marker('hello');
    expect(socket.connections).toBe(1);
  });

  it('/role: answered in the ack payload, ephemerally, with nothing sent to the response_url', async () => {
    const envelope = socket.send('slash_commands', command('cro vs cso', fake.responseUrl('cmd')));
    const ack = await socket.ackFor(envelope);
    expect(ack.payload).toEqual({
      response_type: 'ephemeral',
      ...toSlackMessage(answer('cro vs cso'), { share: true }),
    });
    expect(fake.responses).toEqual([]);
  });

  it('@-mention: acked, answered in its thread; a follow-up click on an ephemeral answer replaces it', async () => {
    const envelope = socket.send('events_api', mention('1700000100.000100', 'EvSockMention'));
    expect((await socket.ackFor(envelope)).payload ?? {}).toEqual({});
    const [post] = await fake.waitFor(
      () => postsIn(fake, 'C0SALES').length === 1 && postsIn(fake, 'C0SALES'),
    );
    expect(post?.args).toMatchObject({ channel: 'C0SALES', thread_ts: '1700000100.000100' });

    const button = findButton(post?.args.blocks, /^follow_up_\d+$/);
    const click = clickPayload(button, {
      responseUrl: fake.responseUrl('click'),
      container: { type: 'message', is_ephemeral: true, channel_id: 'C0GENERAL', message_ts: '1.2' },
      channel: 'C0GENERAL',
    });
    await socket.ackFor(socket.send('interactive', click));
    const reply = await fake.waitFor(() => fake.responses.find((r) => r.id === 'click'));
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expectValidMessages(fake);
  });

  it('answers a redelivered event once (same event_id, new envelope)', async () => {
    const body = mention('1700000200.000100', 'EvSockRetried', 'C0RETRY');
    await socket.ackFor(socket.send('events_api', body));
    await socket.ackFor(
      socket.send('events_api', body, undefined, { retry_attempt: 1, retry_reason: 'timeout' }),
    );
    await marker('after-retry');
    await fake.waitFor(() => postsIn(fake, 'C0RETRY').length >= 1);
    await marker('settled');
    expect(postsIn(fake, 'C0RETRY')).toHaveLength(1);
  });

  it('reconnects when Slack asks (disconnect: refresh_requested) and goes on answering', async () => {
    const before = socket.connections;
    socket.disconnect('refresh_requested');
    await socket.waitFor(() => socket.connections === before + 1 && socket.connected, 10_000);
    await marker('after-refresh');
    expect(fake.callsTo('apps.connections.open').length).toBeGreaterThanOrEqual(1);
  });

  it('reconnects after an abrupt drop, even when apps.connections.open fails for a while', async () => {
    const before = socket.connections;
    fake.fail('apps.connections.open', { status: 500 });
    socket.drop();
    await fake.waitFor(() => fake.callsTo('apps.connections.open').length >= 2, 15_000);
    expect(socket.connections).toBe(before);
    fake.fail('apps.connections.open', undefined);
    await socket.waitFor(() => socket.connections === before + 1 && socket.connected, 20_000);
    await marker('after-drop');
    expect(logs.filter((l) => l.level === 'error' && /unhandled/.test(l.text))).toEqual([]);
  }, 40_000);

  it('serves /healthz and /metrics on HEALTH_PORT: questions answered, reconnects counted', async () => {
    await marker('metrics');
    const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(health.status).toBe(200);
    const text = await (await fetch(`http://127.0.0.1:${healthPort}/metrics`)).text();
    expect(text).toMatch(/^rolebot_questions_total\{surface="slash",.*\} \d+$/m);
    expect(text).toMatch(/^rolebot_ack_seconds_count\{type="slash_command"\} \d+$/m);
    // The refresh and the drop above.
    const reconnects = Number(text.match(/^rolebot_socket_reconnects_total (\d+)$/m)?.[1]);
    expect(reconnects).toBeGreaterThanOrEqual(2);
    expect((await fetch(`http://127.0.0.1:${healthPort}/slack/events`, { method: 'POST' })).status).toBe(404);
  });

  it('acks and answers a burst of 200 envelopes, 20 at a time', async () => {
    const acks = await pool(200, 20, async (i) => {
      const envelope = socket.send(
        'slash_commands',
        command(i % 2 ? 'cro' : 'sdr vs bdr', fake.responseUrl(`b${i}`)),
      );
      return socket.ackFor(envelope, 15_000);
    });
    expect(acks.filter((a) => a.payload?.response_type === 'ephemeral')).toHaveLength(200);
    expect(fake.responses).toEqual([]);
  });
});

describe('Socket Mode start-up', () => {
  it('fails the start, naming the URL, when apps.connections.open keeps failing', async () => {
    const fake = await new FakeSlack().start();
    try {
      fake.fail('apps.connections.open', { status: 503 });
      const bot = createSlackBot({
        config: socketConfig(fake.apiUrl),
        answer,
        kb,
        logger: recordingLogger(),
      });
      const started = bot.start();
      await expect(started).rejects.toBeInstanceOf(StartupError);
      await expect(started).rejects.toThrow(`${fake.apiUrl}apps.connections.open`);
    } finally {
      await fake.stop();
    }
  }, 30_000);
});
