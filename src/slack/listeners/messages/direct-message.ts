import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { converse } from '../../../conversation/converse.js';
import { toSlackMessage } from '../../../render/blocks.js';
import { APOLOGY, describeError, failWithApology } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';
import { isFromBot } from '../../mentions.js';

type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

/**
 * Subtypes that are still a person asking something. Everything else (edits `message_changed`,
 * deletions `message_deleted`, `bot_message`, joins, ...) is not a question.
 */
const QUESTION_SUBTYPES = new Set<string | undefined>([undefined, 'thread_broadcast']);

/** Only direct messages are for us: the app subscribes to `message.im` and nothing else. */
export const isDirectMessage = (message: MessageArgs['message']): boolean => message.channel_type === 'im';

/**
 * A DM: answered in the DM, in the thread when the question is a thread reply. The DM is a
 * conversation, and so is each thread in it; a thread started under a question or its answer
 * carries on from that answer.
 */
export const directMessage =
  ({ answer, conversations, loop }: ListenerDeps) =>
  async ({ message, context, say, logger }: MessageArgs) => {
    if (!QUESTION_SUBTYPES.has(message.subtype)) return;
    // Narrowed by the subtype check above: a person's message with text and user.
    const msg = message as { text?: string; user?: string; bot_id?: string; ts: string; thread_ts?: string };
    if (isFromBot(msg, context.botUserId)) return;
    const thread = msg.thread_ts ? { thread_ts: msg.thread_ts } : {};
    try {
      // The answerer drops every <@...> mention, the bot's own included.
      const question = msg.text ?? '';
      const dm = { team: context.teamId ?? '', channel: message.channel, thread: '' };
      const here = msg.thread_ts ? { ...dm, thread: msg.thread_ts } : dm;
      // At the top level, a thread may later start under the question or under the answer.
      const keys = msg.thread_ts
        ? { read: [here, dm], write: [here] }
        : { read: [dm], write: [dm, { ...dm, thread: msg.ts }] };
      const onError = (error: unknown) =>
        logger.warn('direct message: conversation context unavailable', describeError(error));
      const reply = await converse(answer, conversations, question, keys, onError);
      const closing = loop.asked(
        {
          surface: 'dm',
          answer: reply.answer,
          team: context.teamId,
          channel: message.channel,
          user: msg.user,
        },
        context,
      );
      const posted = await say({ ...toSlackMessage(reply.answer, closing), ...thread });
      await reply.remember(!msg.thread_ts && posted.ts ? [{ ...dm, thread: posted.ts }] : []);
    } catch (error) {
      await failWithApology(
        logger,
        'direct message',
        { user: msg.user, channel: message.channel, ts: msg.ts },
        error,
        () => say({ text: APOLOGY, ...thread }),
      );
    }
  };
