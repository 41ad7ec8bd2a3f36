import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { toSlackMessage } from '../../../render/blocks.js';
import { APOLOGY, failWithApology } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';
import { isFromBot } from '../../mentions.js';

/**
 * @-mention in a channel: answer in the thread of the mentioning message, or in the thread it was
 * already in. Bots (this one included) and edits are ignored. DMs are left to the message.im
 * listener, so a mention inside a DM is never answered twice.
 */
export const appMention =
  ({ answer }: ListenerDeps) =>
  async ({ event, context, say, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>) => {
    if (isFromBot(event, context.botUserId) || 'edited' in event || event.channel.startsWith('D')) return;
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      // The answerer drops every <@...> mention, the bot's own included.
      const question = event.text ?? '';
      await say({ ...toSlackMessage(answer(question)), thread_ts });
    } catch (error) {
      await failWithApology(
        logger,
        'app_mention',
        { user: event.user, channel: event.channel, ts: event.ts },
        error,
        () => say({ text: APOLOGY, thread_ts }),
      );
    }
  };
