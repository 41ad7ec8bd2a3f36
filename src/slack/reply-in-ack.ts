import type { Logger, RespondArguments } from '@slack/bolt';
import { APOLOGY, failWithApology } from './apology.js';
import { deadlines } from './deadlines.js';

/**
 * How long a command's answer may take and still go out in the ack. Slack waits 3 s for the ack,
 * network included; the engine answers in microseconds, so this is only reached by a stalled answer.
 */
export const ACK_BUDGET_MS = 1_500;

export type EphemeralMessage = RespondArguments & { response_type: 'ephemeral' };

interface ReplyInAckArgs {
  ack: (message?: EphemeralMessage) => Promise<void>;
  respond: (message: RespondArguments) => Promise<unknown>;
  logger: Logger;
  /** For the logs: `/role command`. */
  what: string;
  context: Record<string, unknown>;
  /** The reply; may throw, or take its time. */
  build: () => EphemeralMessage | Promise<EphemeralMessage>;
  budgetMs?: number;
}

/**
 * Answers a slash command in its ack (one round trip instead of ack + response_url), in both HTTP
 * and Socket Mode. A reply not ready within the budget falls back to an empty ack and a response_url
 * post once it is; a failure before the ack is apologised for in the ack itself, one after it through
 * the response_url. Never rejects.
 */
export async function replyInAck({
  ack,
  respond,
  logger,
  what,
  context,
  build,
  budgetMs = ACK_BUDGET_MS,
}: ReplyInAckArgs): Promise<void> {
  const reply = Promise.resolve().then(build);
  // Whichever comes first, the reply (or its failure) or the budget's end: one promise for the race.
  const first = await new Promise<'late' | { message: EphemeralMessage } | { error: unknown }>((resolve) => {
    const cancel = deadlines.add(budgetMs, () => resolve('late'));
    reply.then(
      (message) => {
        cancel();
        resolve({ message });
      },
      (error: unknown) => {
        cancel();
        resolve({ error });
      },
    );
  });

  if (first === 'late') {
    await ack();
    logger.warn(`${what}: the answer took over ${budgetMs} ms; it goes through response_url`, context);
    try {
      await respond(await reply);
    } catch (error) {
      await failWithApology(logger, what, context, error, () =>
        respond({ response_type: 'ephemeral', text: APOLOGY }),
      );
    }
    return;
  }
  if ('error' in first) {
    await failWithApology(logger, what, context, first.error, () =>
      ack({ response_type: 'ephemeral', text: APOLOGY }),
    );
    return;
  }
  await ack(first.message);
}
