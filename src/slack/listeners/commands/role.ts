import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { toSlackMessage } from '../../../render/blocks.js';
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
  ({ answer, loop }: ListenerDeps) =>
  async ({ ack, command, respond, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    await replyInAck({
      ack,
      respond,
      logger,
      what: `${ROLE_COMMAND} command`,
      context: { user: command.user_id, channel: command.channel_id, team: command.team_id },
      build: () => {
        const reply = answer(command.text ?? '');
        const closing = loop.asked({
          surface: 'slash',
          answer: reply,
          team: command.team_id,
          channel: command.channel_id,
          user: command.user_id,
        });
        return {
          response_type: 'ephemeral',
          ...toSlackMessage(reply, { share: reply.coverage === 'full', ...closing }),
        };
      },
    });
  };
