import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SERVER_TIMEOUTS } from '../../src/slack/http-server.js';
import { useHarness } from './harness.js';

/**
 * Slow and idle clients are cut by the server (within SERVER_TIMEOUTS, 10-15 s), not held for the
 * 21-40 s Node allows by default. Each client below would otherwise stay open far longer than the test.
 */
describe('slow and idle clients', () => {
  const h = useHarness();

  /** Opens a raw connection; `closed` resolves with what the server sent once it closes the socket. */
  function open(): { socket: Socket; closed: Promise<string> } {
    const { port } = new URL(h.base);
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.on('data', (d) => {
      received += d;
    });
    socket.on('error', () => {});
    const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
    return { socket, closed };
  }

  /** Writes one piece every second until the server closes the socket (or 40 pieces, whichever first). */
  function trickle(socket: Socket, piece: string) {
    let sent = 0;
    const timer = setInterval(() => {
      if (socket.destroyed || sent++ >= 40) return clearInterval(timer);
      socket.write(piece);
    }, 1_000);
    socket.on('close', () => clearInterval(timer));
  }

  it('closes idle, slow-header, slow-body and idle keep-alive connections, and keeps serving', async () => {
    expect(SERVER_TIMEOUTS.headersTimeout).toBeLessThanOrEqual(15_000);
    expect(SERVER_TIMEOUTS.requestTimeout).toBeLessThanOrEqual(15_000);
    expect(SERVER_TIMEOUTS.keepAliveTimeout).toBeLessThanOrEqual(15_000);

    const idle = open();

    const slowHeaders = open();
    slowHeaders.socket.write('POST /slack/events HTTP/1.1\r\nHost: app\r\n');
    trickle(slowHeaders.socket, 'x-slow: 1\r\n');

    const slowBody = open();
    slowBody.socket.write(
      'POST /slack/events HTTP/1.1\r\nHost: app\r\ncontent-type: application/json\r\ncontent-length: 1000\r\n\r\n{',
    );
    trickle(slowBody.socket, ' ');

    const keptAlive = open();
    keptAlive.socket.write('GET /healthz HTTP/1.1\r\nHost: app\r\nConnection: keep-alive\r\n\r\n');

    // Node's defaults would keep some of these open 30 s or more: 20 s is past every bound above.
    const cutoff = new Promise<string>((resolve) => setTimeout(() => resolve('still open'), 20_000));
    const [idleReply, headersReply, bodyReply, keepAliveReply] = await Promise.all(
      [idle, slowHeaders, slowBody, keptAlive].map((c) => Promise.race([c.closed, cutoff])),
    );
    for (const c of [idle, slowHeaders, slowBody, keptAlive]) c.socket.destroy();
    expect(idleReply).not.toBe('still open');
    // Node answers a request cut short by its timeouts with 408.
    expect(headersReply).toMatch(/^HTTP\/1\.1 408/);
    expect(bodyReply).toMatch(/^HTTP\/1\.1 408/);
    expect(keepAliveReply).toMatch(/^HTTP\/1\.1 200/);
    expect(h.fake.calls).toEqual([]);
    expect((await fetch(`${h.base}/healthz`)).status).toBe(200);
  }, 40_000);
});
