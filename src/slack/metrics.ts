import type { IncomingMessage, ServerResponse } from 'node:http';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { DeliveryEvents } from './delivery.js';

/** Node's own figures (memory, CPU, event loop lag, GC), collected once per process. */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * What an operator scrapes from `GET /metrics` (Prometheus text format): questions by surface and
 * answer kind, answer and ack latency, Slack API errors by method and error, replies given up,
 * Socket Mode reconnects, plus Node's process figures. One registry per app, so several apps in
 * one process (the tests) each count their own.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly questions = new Counter({
    name: 'rolebot_questions_total',
    help: 'Questions answered, by surface (slash, mention, dm, home), answer kind and coverage',
    labelNames: ['surface', 'kind', 'coverage'] as const,
    registers: [this.registry],
  });

  readonly answerSeconds = new Histogram({
    name: 'rolebot_answer_seconds',
    help: 'From a question reaching the app to its answer sent (in the ack, or posted), by surface',
    labelNames: ['surface'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  readonly ackSeconds = new Histogram({
    name: 'rolebot_ack_seconds',
    help: 'From a request reaching the app to its ack, by request type (Slack waits 3 s)',
    labelNames: ['type'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 3],
    registers: [this.registry],
  });

  readonly requests = new Counter({
    name: 'rolebot_requests_total',
    help: 'Requests from Slack, by type and outcome (ok, or error when a listener threw)',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });

  readonly apiErrors = new Counter({
    name: 'rolebot_slack_api_errors_total',
    help: 'Failed Slack Web API calls and response_url posts, by method and error (each attempt)',
    labelNames: ['method', 'error'] as const,
    registers: [this.registry],
  });

  readonly givenUp = new Counter({
    name: 'rolebot_delivery_given_up_total',
    help: 'Replies given up (rate limited past the bound, failing, or maybe sent and not repeated)',
    labelNames: ['method', 'reason'] as const,
    registers: [this.registry],
  });

  readonly socketReconnects = new Counter({
    name: 'rolebot_socket_reconnects_total',
    help: 'Socket Mode reconnections (Slack refreshing the link, or the link dropping)',
    registers: [this.registry],
  });

  /** A request from Slack, by type and outcome. */
  countRequest(type: string, outcome: string): void {
    this.requests.inc({ type, outcome });
  }

  /** A request acked after `seconds`. */
  observeAck(type: string, seconds: number): void {
    this.ackSeconds.observe({ type }, seconds);
  }

  /** A question answered, and how long its answer took. */
  countQuestion(surface: string, kind: string, coverage: string, seconds: number): void {
    this.questions.inc({ surface, kind, coverage });
    this.answerSeconds.observe({ surface }, seconds);
  }

  /** Hooks for the delivery fetch (src/slack/delivery.ts). */
  deliveryEvents(): DeliveryEvents {
    return {
      failed: (method, error) => this.apiErrors.inc({ method, error }),
      gaveUp: (method, reason) => this.givenUp.inc({ method, reason }),
    };
  }

  /** The whole text exposition: this app's metrics and the process's. */
  async text(): Promise<{ contentType: string; body: string }> {
    const merged = Registry.merge([this.registry, processMetrics()]);
    return { contentType: merged.contentType, body: await merged.metrics() };
  }

  /** `GET /metrics`, for Bolt's custom routes and the Socket Mode health server. */
  readonly handler = (_req: IncomingMessage, res: ServerResponse): void => {
    this.text().then(
      ({ contentType, body }) => {
        res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' });
        res.end(body);
      },
      () => {
        res.writeHead(500);
        res.end();
      },
    );
  };
}
