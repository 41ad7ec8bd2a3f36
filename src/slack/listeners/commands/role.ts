import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { toSlackMessage } from '../../../render/blocks.js';
import { APOLOGY, failWithApology } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';

export const ROLE_COMMAND = '/role';

/**
 * `/role <question>`: ack at once with an empty body (Slack wants it within 3 seconds), then answer
 * ephemerally through the response_url. Answers the knowledge base fully covers get a "Share in channel"
 * button; help and misses are for the asker only. `/role` alone and `/role help` show help, because
 * the answerer returns its help answer for those.
 */
export const roleCommand =
  ({ answer }: ListenerDeps) =>
  async ({ ack, command, respond, logger }: AllMiddlewareArgs & SlackCommandMiddlewareArgs) => {
    await ack();
    try {
      const reply = answer(command.text ?? '');
      await respond({
        response_type: 'ephemeral',
        ...toSlackMessage(reply, { share: reply.coverage === 'full' }),
      });
    } catch (error) {
      await failWithApology(
        logger,
        `${ROLE_COMMAND} command`,
        { user: command.user_id, channel: command.channel_id, team: command.team_id },
        error,
        () => respond({ response_type: 'ephemeral', text: APOLOGY }),
      );
    }
  };
