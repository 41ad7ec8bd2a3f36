import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'e2e-signing-secret-0123456789abcdef';

/** Slack's v0 signature: HMAC-SHA256 of `v0:<timestamp>:<raw body>` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Override or drop (null) the signature. */
  signature?: string | null;
  headers?: Record<string, string>;
}

export interface Sent {
  status: number;
  text: string;
  headers: Headers;
}

/** POSTs a body to the app the way Slack does: signed, with the timestamp header. */
export async function sendSigned(
  url: string,
  body: string,
  contentType: 'application/json' | 'application/x-www-form-urlencoded',
  options: SendOptions = {},
): Promise<Sent> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const signature =
    options.signature === undefined ? slackSignature(SIGNING_SECRET, timestamp, body) : options.signature;
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    ...(signature === null ? {} : { 'x-slack-signature': signature }),
    ...options.headers,
  };
  const res = await fetch(url, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

let triggers = 0;

/**
 * A slash command as Slack sends it: a form body. Each gets its own trigger_id, as in Slack, so two
 * commands sent in the same second are two requests, not a replayed copy.
 */
export function commandBody(text: string, responseUrl: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams(commandFields(text, responseUrl, extra)).toString();
}

/** A slash command's fields, as Slack sends them (a form over HTTP, a payload over Socket Mode). */
export function commandFields(
  text: string,
  responseUrl: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T0TEAM',
    team_domain: 'test',
    channel_id: 'C0GENERAL',
    channel_name: 'general',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command: '/role',
    text,
    api_app_id: 'A0ROLEBOT',
    response_url: responseUrl,
    trigger_id: `1.2.${++triggers}`,
    ...extra,
  };
}

/** An Events API delivery as a body (HTTP). */
export function eventBody(event: Record<string, unknown>, eventId: string): string {
  return JSON.stringify(eventFields(event, eventId));
}

/** An Events API delivery's fields, as Slack sends them (a JSON body over HTTP, a payload over Socket Mode). */
export function eventFields(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T0TEAM',
    api_app_id: 'A0ROLEBOT',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0TEAM', user_id: 'UROLEBOT', is_bot: true, is_enterprise_install: false }],
    event,
  };
}

/** An interactivity delivery: a form body whose `payload` is the JSON. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}
