import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import type { Wire } from '../slack/wire.js';
import type { FakeSlack } from './fake-slack.js';
import { waitUntil } from './wait.js';

export interface Ack {
  envelope_id: string;
  payload?: Record<string, Wire>;
}

/**
 * Slack's side of Socket Mode on loopback: FakeSlack's apps.connections.open hands out this server's
 * ws:// URL; each connection gets `hello`, then the envelopes a test sends (`slash_commands`,
 * `events_api`, `interactive`), and the app's acks are collected. `disconnect` and `drop` play Slack
 * asking for a reconnect and a connection lost without a word.
 */
export class FakeSocketMode {
  readonly acks: Ack[] = [];
  /** Connections opened so far (each one got a hello). */
  connections = 0;
  private server?: WebSocketServer;
  private socket?: WebSocket;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly slack: FakeSlack) {}

  async start(): Promise<this> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.server = server;
    await new Promise<void>((resolve) => server.once('listening', resolve));
    this.slack.socketUrl = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;
    server.on('connection', (socket) => {
      this.socket = socket;
      this.connections++;
      socket.on('message', (data) => {
        const ack = JSON.parse(String(data)) as Ack;
        if (ack.envelope_id) this.acks.push(ack);
        this.wake();
      });
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'fake', approximate_connection_time: 18060 },
          connection_info: { app_id: 'A0ROLEBOT' },
        }),
      );
      this.wake();
    });
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    for (const client of server.clients) client.terminate();
    await new Promise((resolve) => server.close(resolve));
  }

  /** True while the app holds an open connection. */
  get connected(): boolean {
    return this.socket?.readyState === 1;
  }

  /** Sends an envelope on the current connection; resolves with its envelope_id. */
  send(
    type: 'slash_commands' | 'events_api' | 'interactive',
    payload: Record<string, unknown>,
    envelopeId: string = randomUUID(),
    extra: Record<string, unknown> = {},
  ): string {
    if (!this.socket || !this.connected) throw new Error('no open Socket Mode connection');
    this.socket.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== 'events_api',
        ...(type === 'events_api' ? { retry_attempt: 0, retry_reason: '' } : {}),
        ...extra,
      }),
    );
    return envelopeId;
  }

  /** The ack for an envelope, once the app has sent it. */
  ackFor(envelopeId: string, timeoutMs = 5_000): Promise<Ack> {
    return this.waitFor(() => this.acks.find((a) => a.envelope_id === envelopeId), timeoutMs);
  }

  /** Slack asking the app to reconnect (e.g. `refresh_requested`); the socket stays open. */
  disconnect(reason = 'refresh_requested'): void {
    this.socket?.send(JSON.stringify({ type: 'disconnect', reason, debug_info: { host: 'fake' } }));
  }

  /** The connection lost without a word. */
  drop(): void {
    this.socket?.terminate();
  }

  waitFor<T>(predicate: () => T | undefined | false, timeoutMs = 5_000): Promise<T> {
    return waitUntil(this.waiters, predicate, timeoutMs, 'FakeSocketMode');
  }

  private wake(): void {
    for (const wake of this.waiters) wake();
  }
}
