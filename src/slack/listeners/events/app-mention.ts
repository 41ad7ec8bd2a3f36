import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { converse } from '../../../conversation/converse.js';
import { toSlackMessage } from '../../../render/blocks.js';
import { APOLOGY, describeError, failWithApology } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';
import { isFromBot } from '../../mentions.js';

/**
 * @-mention in a channel: answer in the thread of the mentioning message, or in the thread it was
 * already in. The thread is a conversation: a follow-up there (which must mention the bot too) is
 * read against the thread's last answer. Bots (this one included) and edits are ignored. DMs are left to the message.im
 * listener, so a mention inside a DM is never answered twice.
 */
export const appMention =
  ({ answer, conversations, loop }: ListenerDeps) =>
  async ({ event, context, say, logger }: AllMiddlewareArgs & SlackEventMiddlewareArgs<'app_mention'>) => {
    if (isFromBot(event, context.botUserId) || 'edited' in event || event.channel.startsWith('D')) return;
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      // The answerer drops every <@...> mention, the bot's own included.
      const question = event.text ?? '';
      const thread = { team: context.teamId ?? '', channel: event.channel, thread: thread_ts };
      const onError = (error: unknown) =>
        logger.warn('app_mention: conversation context unavailable', describeError(error));
      const reply = await converse(
        answer,
        conversations,
        question,
        { read: [thread], write: [thread] },
        onError,
      );
      const closing = loop.asked(
        {
          surface: 'mention',
          answer: reply.answer,
          team: context.teamId,
          channel: event.channel,
          user: event.user,
        },
        context,
      );
      await say({ ...toSlackMessage(reply.answer, closing), thread_ts });
      await reply.remember();
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
