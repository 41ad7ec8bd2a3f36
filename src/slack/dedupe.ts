import type { AllMiddlewareArgs, AnyMiddlewareArgs } from '@slack/bolt';
import type { SeenOnce } from './seen-once.js';

/** How long an event id is remembered: Slack's retries come within about five minutes. */
export const EVENT_ID_TTL_MS = 60 * 60_000;

/**
 * A bounded set of recently seen ids: once full, the oldest is forgotten. Slack retries a delivery
 * three times within about five minutes, so a few thousand ids cover far more than that window
 * without the memory growing with uptime.
 */
export class RecentIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 5000) {}

  /** Records `id`; true if it was already there. */
  seen(id: string): boolean {
    if (this.ids.has(id)) return true;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
    return false;
  }

  get size(): number {
    return this.ids.size;
  }
}

/** This process's memory of event ids, bounded (for one instance, and in front of a shared store). */
export class MemoryEventIds implements SeenOnce {
  constructor(private readonly recent = new RecentIds()) {}

  async firstSight(id: string): Promise<boolean> {
    return !this.recent.seen(id);
  }
}

/**
 * True for an Events API delivery whose `event_id` was already taken (it is then logged and not
 * passed on to the listeners); commands and actions, which Slack does not retry, are never one.
 *
 * Slack re-sends an event (same `event_id`, header `X-Slack-Retry-Num`) when it did not see our ack
 * in time, which can happen even though the first copy is being answered, possibly by another
 * instance (hence `seen` may be shared through the database). We remember the id on first sight
 * rather than ignoring every retry outright: a retry is sometimes the only copy that reached us (the
 * first was lost in transit), and then it must be answered. Bolt has already acked the event before
 * this runs, so Slack stops retrying either way.
 */
export async function isRedelivery(
  seen: SeenOnce,
  { body, context, logger }: Pick<AllMiddlewareArgs & AnyMiddlewareArgs, 'body' | 'context' | 'logger'>,
): Promise<boolean> {
  const eventId = (body as { event_id?: unknown }).event_id;
  if (typeof eventId !== 'string' || (await seen.firstSight(eventId, Date.now() + EVENT_ID_TTL_MS))) {
    return false;
  }
  logger.info(`skipping duplicate delivery of event ${eventId} (retry ${context.retryNum ?? '?'})`);
  return true;
}
