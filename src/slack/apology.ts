import type { Logger } from '@slack/bolt';
import { mayHaveBeenDelivered, wasRateLimited } from './delivery.js';

/** What a user sees when answering failed: short, honest, and never silence. */
export const APOLOGY = 'Sorry, something went wrong while answering. Please try again in a moment.';

/**
 * Logs a listener failure with its context, then tries to tell the user. The apology can fail too
 * (the Web API may be what broke), so its failure is logged rather than thrown: a listener never
 * rejects and one bad request never becomes an unhandled error.
 *
 * No apology when the answer may have been posted after all (a timeout or a connection dropped
 * after sending: an apology under a visible answer is worse than a late one), nor when Slack rate
 * limited the answer past its bound (the apology would queue behind the same limit).
 */
export async function failWithApology(
  logger: Logger,
  what: string,
  context: Record<string, unknown>,
  error: unknown,
  apologise: () => Promise<unknown>,
): Promise<void> {
  logger.error(`${what} failed`, context, describeError(error));
  if (mayHaveBeenDelivered(error) || wasRateLimited(error)) {
    logger.warn(
      `${what}: no apology sent, ${mayHaveBeenDelivered(error) ? 'the answer may have been posted' : 'Slack is rate limiting this conversation'}`,
      context,
    );
    return;
  }
  try {
    await apologise();
  } catch (apologyError) {
    logger.error(`${what}: the apology could not be sent either`, context, describeError(apologyError));
  }
}

/** Web API errors carry a `code` and `data.error` (e.g. `channel_not_found`): log those, not a bare object. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const coded = error as Error & { code?: string; data?: { error?: string } };
  const detail = [coded.code, coded.data?.error].filter(Boolean).join(' ');
  return detail ? `${error.message} (${detail})` : (error.stack ?? error.message);
}
