import type { AddressInfo } from 'node:net';
import { AuthorizationError, type HTTPReceiver, type ReceiverEvent } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/slack/http-server.js';
import { MemoryReplayGuard } from '../../src/slack/replay-guard.js';
import { commandBody, eventBody, interactionBody, SIGNING_SECRET, sendSigned } from '../e2e/sign.js';
import { recordingLogger } from './fakes.js';

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/**
 * The HTTP layer on its own, with a stand-in for the app: what Bolt's receiver used to do with a
 * request to the events path (parse it, ack it, answer errors) is done here now.
 */
describe('createHttpServer: the events path', () => {
  const stops: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
  });

  async function serve(processEvent: (event: ReceiverEvent) => Promise<void>, unackedMs?: number) {
    const logger = recordingLogger();
    const others: string[] = [];
    const receiver = {
      requestListener: (req: { url?: string }, res: { writeHead(s: number): void; end(): void }) => {
        others.push(req.url ?? '');
        res.writeHead(204);
        res.end();
      },
    } as unknown as HTTPReceiver;
    const server = createHttpServer(receiver, logger, {
      signingSecret: SIGNING_SECRET,
      replayGuard: new MemoryReplayGuard(),
      processEvent,
      ...(unackedMs !== undefined ? { unackedMs } : {}),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    stops.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return { events: `${base}/slack/events`, base, logs: logger.lines, others };
  }

  it('hands the app each body parsed once: a command form, an interaction payload, an event', async () => {
    const seen: ReceiverEvent[] = [];
    const { events } = await serve(async (event) => {
      seen.push(event);
      await event.ack();
    });
    await sendSigned(events, commandBody('cro', 'http://x/r'), FORM);
    await sendSigned(events, interactionBody({ type: 'block_actions', actions: [] }), FORM);
    await sendSigned(events, eventBody({ type: 'app_mention', text: 'hi' }, 'Ev1'), JSON_TYPE, {
      headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_timeout' },
    });
    expect(seen.map((e) => e.body.command ?? e.body.type)).toEqual([
      '/role',
      'block_actions',
      'event_callback',
    ]);
    expect(seen[0]?.body.text).toBe('cro');
    expect(seen[0]).toMatchObject({ retryNum: undefined, retryReason: undefined, customProperties: {} });
    expect(seen[2]).toMatchObject({ retryNum: 2, retryReason: 'http_timeout' });
  });

  it('writes the ack as Bolt does: empty, text, or an object as JSON', async () => {
    const responses: unknown[] = [
      undefined,
      'plain words',
      { response_type: 'ephemeral', text: 'Già', blocks: [] },
    ];
    let next = 0;
    const { events } = await serve(async (event) => {
      await event.ack(responses[next++]);
    });
    const empty = await sendSigned(events, commandBody('a', 'http://x/r'), FORM);
    expect([empty.status, empty.text]).toEqual([200, '']);
    const text = await sendSigned(events, commandBody('b', 'http://x/r'), FORM);
    expect([text.status, text.text, text.headers.get('content-type')]).toEqual([200, 'plain words', null]);
    const json = await sendSigned(events, commandBody('c', 'http://x/r'), FORM);
    expect(json.headers.get('content-type')).toBe('application/json');
    expect(JSON.parse(json.text)).toEqual(responses[2]);
  });

  it('refuses a second ack', async () => {
    let second: unknown;
    const { events } = await serve(async (event) => {
      await event.ack();
      second = await event.ack().catch((error: unknown) => error);
    });
    expect((await sendSigned(events, commandBody('a', 'http://x/r'), FORM)).status).toBe(200);
    expect(second).toMatchObject({ code: 'slack_bolt_receiver_ack_multiple_error' });
  });

  it('answers 401 when the app cannot authorize the request, 500 when it fails before acking', async () => {
    let failure: Error = new AuthorizationError('no installation', new Error('none'));
    const { events, logs } = await serve(async () => {
      throw failure;
    });
    expect((await sendSigned(events, commandBody('a', 'http://x/r'), FORM)).status).toBe(401);
    failure = new Error('boom');
    expect((await sendSigned(events, commandBody('b', 'http://x/r'), FORM)).status).toBe(500);
    expect(logs.some((l) => l.level === 'error' && /while Bolt processed an event/.test(l.text))).toBe(true);
  });

  it('answers 404 when nothing acks in time, and logs it', async () => {
    const { events, logs } = await serve(() => new Promise(() => {}), 100);
    expect((await sendSigned(events, commandBody('a', 'http://x/r'), FORM)).status).toBe(404);
    expect(logs.some((l) => l.level === 'error' && /not acknowledged/.test(l.text))).toBe(true);
  });

  it('answers 400 to a body that does not parse or is not an object, and never calls the app', async () => {
    let calls = 0;
    const { events } = await serve(async (event) => {
      calls++;
      await event.ack();
    });
    for (const [body, type] of [
      ['{"type": ', JSON_TYPE],
      ['null', JSON_TYPE],
      ['[1]', JSON_TYPE],
      ['payload=%7Bnope', FORM],
      ['payload=%5B%5D', FORM],
    ] as const) {
      expect((await sendSigned(events, body, type)).status).toBe(400);
    }
    expect(calls).toBe(0);
  });

  it('leaves every other path and method to Bolt’s receiver', async () => {
    const { base, events, others } = await serve(async () => {});
    expect((await fetch(`${base}/healthz`)).status).toBe(204);
    expect((await fetch(events)).status).toBe(204);
    expect(others).toEqual(['/healthz', '/slack/events']);
  });
});
