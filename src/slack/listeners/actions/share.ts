import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { readShareValue, toSlackMessage } from '../../../render/blocks.js';
import { APOLOGY, describeError, failWithApology } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/**
 * "Share in channel" on an ephemeral `/role` answer: post the same answer visibly, attributed to the
 * person who shared it, then delete the ephemeral copy. Both go through the response_url, which
 * works in any conversation the command was used in, even ones the bot is not a member of (where
 * chat.postMessage would fail with `not_in_channel`).
 */
export const shareAnswer =
  ({ answer }: ListenerDeps) =>
  async ({ ack, action, body, respond, logger }: ButtonArgs) => {
    await ack();
    try {
      const { question, previous } = readShareValue(action.value ?? '');
      // Shared in the channel, the answer stands on its own: no "from earlier in this thread" line.
      const { assumed: _, ...reply } = answer(question, previous);
      const shared = toSlackMessage(reply, { sharedBy: body.user.id, followUps: false });
      await respond({ response_type: 'in_channel', replace_original: false, ...shared });
    } catch (error) {
      await failWithApology(
        logger,
        'share button',
        { user: body.user.id, channel: body.channel?.id },
        error,
        () => respond({ response_type: 'ephemeral', replace_original: false, text: APOLOGY }),
      );
      return;
    }
    // The answer is out; failing to tidy up the ephemeral copy is not worth an apology.
    await respond({ delete_original: true }).catch((error: unknown) =>
      logger.warn('share button: could not delete the ephemeral original', describeError(error)),
    );
  };
