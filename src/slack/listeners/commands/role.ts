import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { converse } from '../../../conversation/converse.js';
import { toSlackMessage } from '../../../render/blocks.js';
import { describeError } from '../../apology.js';
import { slashConversation } from '../../conversations.js';
import type { ListenerDeps } from '../../deps.js';
import { replyInAck } from '../../reply-in-ack.js';

export const ROLE_COMMAND = '/role';

/**
 * `/role <question>`: answered in the ack itself, ephemerally (see replyInAck: a slow answer falls
 * back to ack-then-response_url). Answers the knowledge base fully covers get a "Share in channel"
 * button, which uses the response_url later; help and misses are for the asker only. `/role` alone
 * and `/role help` show help, because the answerer returns its help answer for those.
 */
export const roleCommand =
  ({ answer, conversations, loop }: ListenerDeps) =>
  async ({ ack, command, respond, context, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    // Slack sends a command without its thread: a person's /role answers in a channel are their own
    // conversation with the bot, so "/role cro" then "/role and their salary?" carries on.
    const key = slashConversation(command.team_id, command.channel_id, command.user_id);
    let remember = async () => {};
    await replyInAck({
      ack,
      respond,
      logger,
      what: `${ROLE_COMMAND} command`,
      context: { user: command.user_id, channel: command.channel_id, team: command.team_id },
      build: async () => {
        const onError = (error: unknown) =>
          logger.warn(`${ROLE_COMMAND} command: conversation context unavailable`, describeError(error));
        const turn = await converse(
          answer,
          conversations,
          command.text ?? '',
          { read: [key], write: [key] },
          onError,
        );
        remember = turn.remember;
        const reply = turn.answer;
        const closing = loop.asked(
          {
            surface: 'slash',
            answer: reply,
            team: command.team_id,
            channel: command.channel_id,
            user: command.user_id,
          },
          context,
        );
        return {
          response_type: 'ephemeral',
          ...toSlackMessage(reply, { share: reply.coverage === 'full', previous: turn.previous, ...closing }),
        };
      },
    });
    // After the answer has gone out: a slow store costs the context, never the answer.
    await remember();
  };
