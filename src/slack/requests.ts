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
          metrics.ackSeconds.observe({ type }, scope.ackMs / 1000);
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
    metrics.requests.inc({ type, outcome });
    const asked = scope.answered;
    const where = requestContext(body);
    const line: Record<string, unknown> = {
      type,
      ...(where.kind && where.kind !== type ? { what: where.kind } : {}),
      ms: round(ms),
      ...(scope.ackMs !== undefined ? { ack_ms: round(scope.ackMs) } : {}),
      outcome,
      ...(where.team ? { team: where.team } : {}),
      ...(where.channel ? { channel: where.channel } : {}),
    };
    if (asked) {
      const { answer } = asked;
      metrics.questions.inc({ surface: asked.surface, kind: answer.kind, coverage: answer.coverage });
      metrics.answerSeconds.observe({ surface: asked.surface }, ms / 1000);
      Object.assign(line, {
        surface: asked.surface,
        kind: answer.kind,
        coverage: answer.coverage,
        lang: answer.lang,
        ...(answer.subject.roles.length > 0 ? { roles: answer.subject.roles.join(',') } : {}),
        ...(answer.subject.facet ? { facet: answer.subject.facet } : {}),
        ...(answer.subject.topic ? { topic: answer.subject.topic } : {}),
        ...(asked.team ? { team: asked.team } : {}),
        ...(asked.channel ? { channel: asked.channel } : {}),
        ...(questionText ? { question: answer.question } : {}),
      });
    }
    logger.info(asked ? 'answered' : 'request', line);
  }
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** `slash_command`, `event_callback:app_mention`, `block_actions`, `view_submission`, ... */
function requestType(body: unknown): string {
  const b = (body ?? {}) as { command?: unknown; type?: unknown; event?: { type?: unknown } };
  if (typeof b.command === 'string') return 'slash_command';
  if (b.type === 'event_callback' && typeof b.event?.type === 'string') return `event:${b.event.type}`;
  return typeof b.type === 'string' ? b.type : 'unknown';
}
