import { describe, expect, it } from 'vitest';
import type { SlackConfig } from '../../src/config.js';
import { API_TIMEOUT_MS, webClientOptions } from '../../src/slack/app.js';
import { requestContext } from '../../src/slack/log-context.js';

const http: SlackConfig = {
  mode: 'http',
  botToken: 'xoxb-1',
  signingSecret: 's',
  port: 3000,
  logLevel: 'info',
};

describe('Web API client options', () => {
  it('points the client at SLACK_API_URL only when it is set', () => {
    expect(webClientOptions(http).slackApiUrl).toBeUndefined();
    expect(webClientOptions({ ...http, apiUrl: 'http://127.0.0.1:1/api/' }).slackApiUrl).toBe(
      'http://127.0.0.1:1/api/',
    );
  });

  it('bounds every call: a timeout, few quick retries, no waiting out rate limits', () => {
    const options = webClientOptions(http);
    expect(options.timeout).toBe(API_TIMEOUT_MS);
    expect(options.retryConfig?.retries).toBeLessThanOrEqual(3);
    expect(options.retryConfig?.maxRetryTime).toBeLessThanOrEqual(15_000);
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
