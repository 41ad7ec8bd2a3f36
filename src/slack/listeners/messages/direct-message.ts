import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { toSlackMessage } from '../../../render/blocks.js';
import { APOLOGY, failWithApology } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';
import { isFromBot } from '../../mentions.js';

type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<'message'>;

/**
 * Subtypes that are still a person asking something. Everything else (edits `message_changed`,
 * deletions `message_deleted`, `bot_message`, joins, ...) is not a question.
 */
const QUESTION_SUBTYPES = new Set<string | undefined>([undefined, 'thread_broadcast']);

/** Lets only direct messages through: the app subscribes to `message.im` and nothing else. */
export const onlyDirectMessages = async ({ message, next }: MessageArgs) => {
  if (message.channel_type === 'im') await next();
};

/** A DM: answered in the DM, in the thread when the question is a thread reply. */
export const directMessage =
  ({ answer }: ListenerDeps) =>
  async ({ message, context, say, logger }: MessageArgs) => {
    if (!QUESTION_SUBTYPES.has(message.subtype)) return;
    // Narrowed by the subtype check above: a person's message with text and user.
    const msg = message as { text?: string; user?: string; bot_id?: string; ts: string; thread_ts?: string };
    if (isFromBot(msg, context.botUserId)) return;
    const thread = msg.thread_ts ? { thread_ts: msg.thread_ts } : {};
    try {
      // The answerer drops every <@...> mention, the bot's own included.
      const question = msg.text ?? '';
      await say({ ...toSlackMessage(answer(question)), ...thread });
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
