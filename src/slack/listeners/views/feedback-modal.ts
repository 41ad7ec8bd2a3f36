import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { decodeContext, FEEDBACK_FIELDS } from '../../../render/feedback-modal.js';
import { describeError } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';
import { sendToExperts } from '../../experts.js';

type ModalArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/**
 * The 👎 form sent: keep what was missing or wrong with the 👎, and pass the question to the
 * experts when asked. The form closes at once (the ack); the rest happens after.
 */
export const feedbackSubmitted =
  ({ answer, loop }: ListenerDeps) =>
  async ({ ack, view, body, client, logger }: ModalArgs) => {
    await ack();
    const context = decodeContext(view.private_metadata);
    if (!context) return;
    const values = view.state.values;
    const comment =
      values[FEEDBACK_FIELDS.comment.block]?.[FEEDBACK_FIELDS.comment.action]?.value ?? undefined;
    const wantsExpert =
      (values[FEEDBACK_FIELDS.expert.block]?.[FEEDBACK_FIELDS.expert.action]?.selected_options?.length ?? 0) >
      0;
    const user = body.user.id;
    loop.store?.recordFeedback({ questionId: context.id, team: context.team, user, value: 'down', comment });
    if (!wantsExpert) return;
    try {
      await sendToExperts(
        client,
        loop,
        {
          questionId: context.id,
          question: context.question,
          asker: user,
          channel: context.channel,
          thread_ts: context.thread_ts,
          reason: 'unhelpful',
          comment,
        },
        answer(context.question),
      );
    } catch (error) {
      logger.error('feedback form: could not post to the experts', { user }, describeError(error));
    }
  };
