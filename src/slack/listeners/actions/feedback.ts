import type { AllMiddlewareArgs, BlockFeedbackButtonsAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { feedbackModal } from '../../../render/feedback-modal.js';
import { describeError } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';

type FeedbackArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockFeedbackButtonsAction>;

/** `up:<question id>` or `down:<question id>:<question>` (the question rides along for the form). */
export function parseFeedback(
  value: string,
): { vote: 'up' | 'down'; id: string; question: string } | undefined {
  const match = value.match(/^(up|down):([0-9a-f-]{36})(?::([\s\S]*))?$/);
  if (!match?.[1] || !match[2]) return undefined;
  return { vote: match[1] as 'up' | 'down', id: match[2], question: match[3] ?? '' };
}

/**
 * A 👍 or 👎 under an answer. Slack shows the click as a toggle; we keep the last click per person
 * and answer. 👎 also opens a short form asking what was missing (opened first: its trigger expires
 * in 3 seconds, and recording never waits anyway).
 */
export const feedback =
  ({ loop }: ListenerDeps) =>
  async ({ ack, action, body, client, logger }: FeedbackArgs) => {
    await ack();
    const parsed = parseFeedback(action.value ?? '');
    if (!parsed || !loop.store) return;
    const team = body.team?.id;
    if (parsed.vote === 'down') {
      const context = {
        id: parsed.id,
        question: parsed.question,
        team,
        ...(body.container?.is_ephemeral || !body.message
          ? {}
          : { channel: body.channel?.id, thread_ts: body.message.thread_ts ?? body.message.ts }),
      };
      await client.views
        .open({ trigger_id: body.trigger_id, view: feedbackModal(context, loop.expertsChannel) })
        .catch((error: unknown) =>
          logger.warn('feedback: could not open the form', { user: body.user.id }, describeError(error)),
        );
    }
    loop.store.recordFeedback({ questionId: parsed.id, team, user: body.user.id, value: parsed.vote });
  };
