import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/index.js';
import type { SlackConfig } from '../../src/config.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildHomeView } from '../../src/render/home-view.js';
import { createSlackBot, webClientOptions } from '../../src/slack/app.js';
import { requestContext } from '../../src/slack/log-context.js';
import { createLogger } from '../../src/slack/logger.js';
import { recordingLogger } from './fakes.js';

const logger = recordingLogger();

const http: SlackConfig = {
  mode: 'http',
  botToken: 'xoxb-1',
  signingSecret: 's',
  port: 3000,
  logLevel: 'info',
};

describe('Web API client options', () => {
  it('points the client at SLACK_API_URL only when it is set', () => {
    expect(webClientOptions(http, logger).slackApiUrl).toBeUndefined();
    expect(webClientOptions({ ...http, apiUrl: 'http://127.0.0.1:1/api/' }, logger).slackApiUrl).toBe(
      'http://127.0.0.1:1/api/',
    );
  });

  it('leaves timeouts, retries and rate limits to the delivery fetch (the client would repeat a post)', () => {
    const options = webClientOptions(http, logger);
    expect(options.retryConfig?.retries).toBe(0);
    expect(options.rejectRateLimitedCalls).toBe(true);
    expect(options.fetch).toBeTypeOf('function');
  });
});

describe('requestContext', () => {
  it('names the request in logs, whatever its kind', () => {
    expect(
      requestContext({ command: '/role', user_id: 'U1', channel_id: 'C1', team_id: 'T1', text: 'x' }),
    ).toEqual({ kind: '/role', user: 'U1', channel: 'C1', team: 'T1' });
    expect(
      requestContext({
        type: 'event_callback',
        event_id: 'Ev1',
        team_id: 'T1',
        event: { type: 'app_mention', user: 'U1', channel: 'C1' },
      }),
    ).toEqual({ kind: 'app_mention', event_id: 'Ev1', team: 'T1', user: 'U1', channel: 'C1' });
    expect(
      requestContext({
        type: 'block_actions',
        user: { id: 'U1' },
        team: { id: 'T1' },
        actions: [{ action_id: 'share_answer' }],
      }),
    ).toEqual({ kind: 'share_answer', user: 'U1', team: 'T1' });
    expect(requestContext(null)).toEqual({});
  });
});

describe('LOG_LEVEL', () => {
  it('stays the level the app logs at once Bolt is set up (Bolt would reset it to info)', () => {
    const kb = loadKnowledge();
    for (const level of ['debug', 'info', 'warn', 'error'] as const) {
      const lines: string[] = [];
      const sink = { write: (line: string) => lines.push(line) };
      const logger = createLogger(level, 'role-bot', { format: 'json', out: sink, err: sink });
      createSlackBot({
        config: { ...http, logLevel: level },
        answer: createAnswerer(kb),
        kb,
        homeView: () => buildHomeView(kb),
        logger,
      });
      expect(logger.getLevel()).toBe(level);
      logger.info('a request line');
      expect(lines.filter((l) => l.includes('a request line'))).toHaveLength(
        level === 'debug' || level === 'info' ? 1 : 0,
      );
    }
  });
});
