import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { mrkdwnSection } from '../../../render/blocks.js';
import { describeError } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';
import { sendToExperts } from '../../experts.js';
import { placeOf } from './follow-up.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/** The button's value: `{id, q}`, the recorded question's id and the question itself. */
function parseValue(value: string): { id: string; q: string } | undefined {
  try {
    const parsed = JSON.parse(value);
    return typeof parsed?.q === 'string' ? { id: String(parsed.id ?? ''), q: parsed.q } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * "Ask an expert" under a decline or a partial answer: post the question, the bot's answer and a
 * link into the experts' channel, and tell the asker (only them) that it went.
 */
export const askExpert =
  ({ answer, loop }: ListenerDeps) =>
  async ({ ack, action, body, client, respond, logger }: ButtonArgs) => {
    await ack();
    const parsed = parseValue(action.value ?? '');
    if (!parsed || !loop.expertsChannel) return;
    const where = placeOf(body);
    const reply = answer(parsed.q);
    const tell = (text: string) =>
      respond({
        response_type: 'ephemeral',
        replace_original: false,
        text,
        blocks: [mrkdwnSection(text)],
      }).catch((error: unknown) =>
        logger.warn('ask an expert: could not tell the asker', describeError(error)),
      );
    try {
      await sendToExperts(
        client,
        loop,
        {
          questionId: parsed.id,
          question: parsed.q,
          asker: body.user.id,
          ...(where.kind === 'thread' ? { channel: where.channel, thread_ts: where.thread_ts } : {}),
          reason: reply.matched ? 'partial' : 'declined',
        },
        reply,
      );
    } catch (error) {
      logger.error(
        'ask an expert: could not post to the experts',
        { user: body.user.id },
        describeError(error),
      );
      await tell("Sorry, I couldn't reach the experts just now. Please try again in a minute.");
      return;
    }
    await tell(
      `Sent to the experts in <#${loop.expertsChannel}>. You'll hear back here when they've looked at it.`,
    );
  };
