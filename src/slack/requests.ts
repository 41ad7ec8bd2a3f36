import { performance } from 'node:perf_hooks';
import type { App, Context, Logger, ReceiverEvent } from '@slack/bolt';
import type { Asked } from '../store/store.js';
import { requestContext } from './log-context.js';
import type { Metrics } from './metrics.js';

/** One request from Slack while it is handled: when it arrived, when it was acked, what it answered. */
interface RequestScope {
  start: number;
  ackMs?: number;
  answered?: Asked;
}

/** Where a request's scope rides in Bolt's context: `context[REQUEST_SCOPE]`, from the receiver's event. */
const REQUEST_SCOPE = 'requestScope';

/**
 * Notes the answer given for the request whose Bolt `context` this is (called from `loop.asked()`,
 * which every answer passes through), for its log line and the question counts. Without a request
 * scope (local mode, listener tests) it does nothing.
 */
export function noteAnswer(context: Context | undefined, asked: Asked): void {
  const scope = context?.[REQUEST_SCOPE] as RequestScope | undefined;
  if (scope) scope.answered = asked;
}

export interface RequestLogOptions {
  logger: Logger;
  metrics: Metrics;
  /** LOG_QUESTION_TEXT: put what the user typed in the request line (off by default). */
  questionText?: boolean;
}

/**
 * Times and counts every request, in either mode: wraps `app.processEvent`, which both receivers call
 * with each request and its ack. Ack latency is measured when the ack has been handed to Slack (the
 * HTTP response or the socket message), answer latency when the listeners are done (the answer is
 * then in the ack, posted, or given up). Each request ends with one log line: its type, surface,
 * latencies, answer kind, subject and coverage, team and channel ids; never tokens, and the
 * question's text only when allowed.
 */
export function observeRequests(
  app: App,
  { logger, metrics, questionText = false }: RequestLogOptions,
): void {
  const dispatch = app.processEvent.bind(app);
  app.processEvent = async (event: ReceiverEvent) => {
    const scope: RequestScope = { start: performance.now() };
    const ack = event.ack;
    const type = requestType(event.body);
    event.ack = async (response) => {
      try {
        return await ack(response);
      } finally {
        if (scope.ackMs === undefined) {
          scope.ackMs = performance.now() - scope.start;
          metrics.observeAck(type, scope.ackMs / 1000);
        }
      }
    };
    // Bolt puts the receiver's custom properties in each request's context, which every listener
    // gets: the scope goes along explicitly, with no async context tracking on every promise.
    event.customProperties = { ...event.customProperties, [REQUEST_SCOPE]: scope };
    let outcome = 'ok';
    try {
      await dispatch(event);
    } catch (error) {
      outcome = 'error';
      throw error;
    } finally {
      finish(scope, type, outcome, event.body);
    }
  };

  function finish(scope: RequestScope, type: string, outcome: string, body: unknown) {
    const ms = performance.now() - scope.start;
    metrics.countRequest(type, outcome);
    const asked = scope.answered;
    if (asked) metrics.countQuestion(asked.surface, asked.answer.kind, asked.answer.coverage, ms / 1000);
    // The line only when it is written (LOG_LEVEL info or debug): the figures above count regardless.
    if (!logsInfo(logger)) return;
    const where = requestContext(body);
    // Fields set one by one (no spread objects): this runs for every request.
    const line: Record<string, unknown> = { type };
    if (where.kind && where.kind !== type) line.what = where.kind;
    line.ms = round(ms);
    if (scope.ackMs !== undefined) line.ack_ms = round(scope.ackMs);
    line.outcome = outcome;
    if (where.team) line.team = where.team;
    if (where.channel) line.channel = where.channel;
    if (asked) {
      const { answer } = asked;
      line.surface = asked.surface;
      line.kind = answer.kind;
      line.coverage = answer.coverage;
      line.lang = answer.lang;
      if (answer.subject.roles.length > 0) line.roles = answer.subject.roles.join(',');
      if (answer.subject.facet) line.facet = answer.subject.facet;
      if (answer.subject.topic) line.topic = answer.subject.topic;
      if (asked.team) line.team = asked.team;
      if (asked.channel) line.channel = asked.channel;
      if (questionText) line.question = answer.question;
    }
    logger.info(asked ? 'answered' : 'request', line);
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Whether `logger.info` writes anything (read per request: the level can be changed while running). */
function logsInfo(logger: Logger): boolean {
  // (Compared as text: Bolt's LogLevel is read through two re-exporting getters on every request.)
  const level: string = logger.getLevel();
  return level === 'info' || level === 'debug';
}

/** `slash_command`, `event_callback:app_mention`, `block_actions`, `view_submission`, ... */
function requestType(body: unknown): string {
  const b = (body ?? {}) as { command?: unknown; type?: unknown; event?: { type?: unknown } };
  if (typeof b.command === 'string') return 'slash_command';
  if (b.type === 'event_callback' && typeof b.event?.type === 'string') return `event:${b.event.type}`;
  return typeof b.type === 'string' ? b.type : 'unknown';
}
