import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { BOT_USER_ID } from './fake-slack.js';
import { clickPayload, findButton } from './flows.js';
import { useHarness } from './harness.js';
import { eventBody, interactionBody, sendSigned } from './sign.js';

const waitFor = async <T>(probe: () => Promise<T | undefined>, timeoutMs = 5_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** GET /metrics in Prometheus text format, after real requests through the HTTP app. */
describe('GET /metrics', () => {
  const h = useHarness();
  const scrape = async () => {
    const res = await fetch(`${h.base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text();
  };
  const value = (text: string, series: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it('counts questions by surface and answer kind, and times acks and answers', async () => {
    const slashKind = h.answer('cro vs cso');
    await h.fake.command(h.events, 'cro vs cso', 'metrics-1');
    const ts = '1700007000.000001';
    const event = {
      type: 'app_mention',
      user: 'U0A',
      text: `<@${BOT_USER_ID}> cro`,
      ts,
      channel: 'C0METRICS',
      event_ts: ts,
    };
    await sendSigned(h.events, eventBody(event, 'EvMetrics1'), 'application/json');
    const mentionKind = h.answer('cro');

    const text = await waitFor(async () => {
      const t = await scrape();
      return value(t, `rolebot_answer_seconds_count{surface="mention"}`) === 1 ? t : undefined;
    });
    expect(
      value(
        text,
        `rolebot_questions_total{surface="slash",kind="${slashKind.kind}",coverage="${slashKind.coverage}"}`,
      ),
    ).toBe(1);
    expect(
      value(
        text,
        `rolebot_questions_total{surface="mention",kind="${mentionKind.kind}",coverage="${mentionKind.coverage}"}`,
      ),
    ).toBe(1);
    expect(value(text, `rolebot_ack_seconds_count{type="slash_command"}`)).toBe(1);
    expect(value(text, `rolebot_ack_seconds_count{type="event:app_mention"}`)).toBe(1);
    expect(value(text, `rolebot_answer_seconds_count{surface="slash"}`)).toBe(1);
    expect(text).toContain('# TYPE rolebot_answer_seconds histogram');
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it('counts Slack API errors by method and error', async () => {
    h.fake.fail('chat.postMessage', { error: 'not_in_channel' }, 1);
    const ts = '1700007000.000002';
    const event = {
      type: 'app_mention',
      user: 'U0A',
      text: `<@${BOT_USER_ID}> cro`,
      ts,
      channel: 'C0NOTIN',
      event_ts: ts,
    };
    await sendSigned(h.events, eventBody(event, 'EvMetrics2'), 'application/json');
    const text = await waitFor(async () => {
      const t = await scrape();
      return value(t, `rolebot_slack_api_errors_total{method="chat.postMessage",error="not_in_channel"}`) ===
        1
        ? t
        : undefined;
    });
    expect(text).toContain('rolebot_socket_reconnects_total 0');
  });

  it('logs one line per answered request: surface, kind, coverage, ids, latencies; no question text', async () => {
    await h.fake.command(h.events, 'what does a cro earn', 'metrics-log', { channel_id: 'C0LOGGED' });
    const line = await waitFor(async () =>
      h.logs.find((l) => l.text.startsWith('answered') && l.text.includes('C0LOGGED')),
    );
    const fields = JSON.parse(line.text.slice('answered '.length));
    expect(fields).toMatchObject({
      type: 'slash_command',
      surface: 'slash',
      kind: expect.any(String),
      coverage: expect.any(String),
      roles: 'cro',
      channel: 'C0LOGGED',
      team: expect.any(String),
      outcome: 'ok',
    });
    expect(fields.ms).toBeTypeOf('number');
    expect(fields.ack_ms).toBeTypeOf('number');
    expect(line.text).not.toContain('earn');
  });

  it('counts a request but writes no line for it when info is not logged (LOG_LEVEL=warn)', async () => {
    const { logger } = h.bot;
    const level = logger.getLevel;
    logger.getLevel = () => LogLevel.WARN;
    try {
      const series = 'rolebot_answer_seconds_count{surface="slash"}';
      const before = value(await scrape(), series) ?? 0;
      await h.fake.command(h.events, 'cro', 'metrics-quiet', { channel_id: 'C0QUIET' });
      await waitFor(async () => (value(await scrape(), series) === before + 1 ? true : undefined));
      expect(h.logs.filter((l) => l.text.includes('C0QUIET'))).toEqual([]);
    } finally {
      logger.getLevel = level;
    }
  });

  it('notes the answer of a DM and of a follow-up click on their own request lines', async () => {
    const ts = '1700007000.000003';
    const dm = { type: 'message', channel: 'D0LOGGED', channel_type: 'im', user: 'U0A', text: 'cro', ts };
    await sendSigned(h.events, eventBody({ ...dm, event_ts: ts }, 'EvMetrics3'), 'application/json');
    await h.fake.command(h.events, 'cro', 'metrics-click', { channel_id: 'C0CLICKED' });
    const reply = await h.fake.waitFor(() => h.fake.responses.find((r) => r.id === 'metrics-click'));
    const button = findButton(reply.body.blocks, /^follow_up_\d+$/);
    const click = clickPayload(button, {
      responseUrl: h.fake.responseUrl('metrics-clicked'),
      container: { type: 'message', is_ephemeral: true, channel_id: 'C0CLICKED', message_ts: '1.2' },
      channel: 'C0CLICKED',
    });
    await sendSigned(h.events, interactionBody(click), 'application/x-www-form-urlencoded');
    const fieldsOf = async (type: string, channel: string) => {
      const line = await waitFor(async () =>
        h.logs.find(
          (l) =>
            l.text.startsWith('answered') && l.text.includes(`"type":"${type}"`) && l.text.includes(channel),
        ),
      );
      return JSON.parse(line.text.slice('answered '.length));
    };
    expect(await fieldsOf('event:message', 'D0LOGGED')).toMatchObject({ surface: 'dm', roles: 'cro' });
    expect(await fieldsOf('block_actions', 'C0CLICKED')).toMatchObject({ surface: 'slash', outcome: 'ok' });
  });
});
