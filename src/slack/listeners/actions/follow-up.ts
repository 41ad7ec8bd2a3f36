import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ConversationKey } from '../../../conversation/context.js';
import { converse } from '../../../conversation/converse.js';
import { toSlackMessage } from '../../../render/blocks.js';
import type { Surface } from '../../../store/store.js';
import { APOLOGY, describeError, failWithApology } from '../../apology.js';
import { slashConversation } from '../../conversations.js';
import type { ListenerDeps } from '../../deps.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

/**
 * A click on a follow-up button (`follow_up_N`, whose value is the question). The answer goes where
 * the button was:
 * - an ephemeral `/role` reply is replaced in place, so the asker's view does not fill up;
 * - a message in a channel or DM gets the answer in its thread;
 * - the App Home tab has no thread, so the answer goes to the app's DM with the user.
 */
export const followUp =
  ({ answer, conversations, loop }: ListenerDeps) =>
  async ({ ack, action, body, respond, client, context, logger }: ButtonArgs) => {
    await ack();
    const where = placeOf(body);
    const logContext = { user: body.user.id, action: action.action_id, where: where.kind };
    try {
      // A click is a turn of the conversation it was made in, like a typed question: the next
      // question there ("and the CSO?") carries on from it.
      const team = body.team?.id ?? body.user.team_id ?? '';
      const channel = body.channel?.id ?? (body.container?.channel_id as string | undefined);
      const here = conversationOf(where, team, channel, body.user.id);
      const onError = (error: unknown) =>
        logger.warn('follow-up button: conversation context unavailable', describeError(error));
      const keys = here ? { read: here, write: here } : { read: [], write: [] };
      const {
        answer: reply,
        remember,
        previous,
      } = await converse(answer, conversations, action.value ?? '', keys, onError);
      const closing = loop.asked(
        {
          surface: surfaceOf(where),
          answer: reply,
          team: body.team?.id,
          channel: where.kind === 'ephemeral' ? body.channel?.id : where.channel,
          user: body.user.id,
        },
        context,
      );
      if (where.kind === 'ephemeral') {
        await respond({
          response_type: 'ephemeral',
          replace_original: true,
          ...toSlackMessage(reply, { share: reply.coverage === 'full', previous, ...closing }),
        });
        await remember();
      } else {
        const posted = await client.chat.postMessage({
          channel: where.channel,
          thread_ts: where.thread_ts,
          ...toSlackMessage(reply, closing),
        });
        // From Home the answer opens the DM: its top level and the answer's own thread carry on.
        const dm =
          where.kind === 'home' && posted.channel ? { team, channel: posted.channel, thread: '' } : undefined;
        await remember(dm ? [dm, ...(posted.ts ? [{ ...dm, thread: posted.ts }] : [])] : []);
      }
    } catch (error) {
      await failWithApology(logger, 'follow-up button', logContext, error, () =>
        where.kind === 'ephemeral'
          ? respond({ response_type: 'ephemeral', replace_original: false, text: APOLOGY })
          : client.chat.postMessage({ channel: where.channel, thread_ts: where.thread_ts, text: APOLOGY }),
      );
    }
  };

type Place =
  | { kind: 'ephemeral' }
  | { kind: 'thread'; channel: string; thread_ts: string }
  | { kind: 'home'; channel: string; thread_ts?: undefined };

/**
 * The conversation a click belongs to: the thread its answer goes to; under an ephemeral /role reply,
 * that person's /role conversation in the channel (see slashConversation); from Home, none yet (the
 * DM it opens is known once the answer is posted).
 */
function conversationOf(
  where: Place,
  team: string,
  channel: string | undefined,
  user: string,
): ConversationKey[] | undefined {
  if (where.kind === 'thread') return [{ team, channel: where.channel, thread: where.thread_ts }];
  if (where.kind === 'ephemeral' && channel) return [slashConversation(team, channel, user)];
  return undefined;
}

/** A click asks its question where the button was: under a /role reply, in a thread, or from Home. */
const surfaceOf = (where: Place): Surface =>
  where.kind === 'ephemeral'
    ? 'slash'
    : where.kind === 'home'
      ? 'home'
      : where.channel.startsWith('D')
        ? 'dm'
        : 'mention';

/** Where a clicked button lives, from the block_actions payload. */
export function placeOf(body: BlockButtonAction): Place {
  const container = body.container ?? {};
  if (container.type === 'view') return { kind: 'home', channel: body.user.id };
  // Ephemeral messages come without `message` and cannot be threaded: answer through response_url.
  if (container.is_ephemeral || !body.message) return { kind: 'ephemeral' };
  const channel = body.channel?.id ?? String(container.channel_id);
  return { kind: 'thread', channel, thread_ts: body.message.thread_ts ?? body.message.ts };
}
