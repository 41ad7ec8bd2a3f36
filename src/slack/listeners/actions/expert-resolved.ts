import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { mrkdwnSection } from '../../../render/blocks.js';
import { escapeMrkdwn, truncate } from '../../../render/escape.js';
import { resolvedPost } from '../../../render/expert-post.js';
import { describeError } from '../../apology.js';
import type { ListenerDeps } from '../../deps.js';
import { askerPlace } from '../../experts.js';

type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockButtonAction>;

interface Resolved {
  id: string;
  q: string;
  u: string;
  c?: string;
  t?: string;
  text: string;
}

function parseValue(value: string): Resolved | undefined {
  try {
    const parsed = JSON.parse(value);
    return typeof parsed?.id === 'string' && typeof parsed?.u === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An expert marks a question resolved: the post in the experts' channel says who did, and the asker
 * is told in their thread (or in a DM when they asked with /role, which has no thread).
 */
export const expertResolved =
  ({ loop }: ListenerDeps) =>
  async ({ ack, action, body, client, logger }: ButtonArgs) => {
    await ack();
    const r = parseValue(action.value ?? '');
    if (!r) return;
    const expert = body.user.id;
    const context = { expert, request: r.id };
    loop.store?.recordExpertRequest({ id: r.id, questionId: r.q, status: 'resolved' });
    if (body.channel?.id && body.message) {
      await client.chat
        .update({
          channel: body.channel.id,
          ts: body.message.ts,
          text: body.message.text ?? 'Question for an expert',
          blocks: resolvedPost(body.message.blocks ?? [], expert),
        })
        .catch((error: unknown) =>
          logger.warn('expert resolved: could not update the post', context, describeError(error)),
        );
    }
    const question = truncate(escapeMrkdwn(r.text ?? ''), 300);
    const text = `<@${expert.replace(/[^A-Z0-9]/gi, '')}> from the experts has looked at your question${
      question ? ` “${question}”` : ''
    } and marked it resolved.`;
    await client.chat
      .postMessage({ ...askerPlace(r.u, r.c, r.t), text, blocks: [mrkdwnSection(`✅ ${text}`)] })
      .catch((error: unknown) =>
        logger.warn('expert resolved: could not tell the asker', context, describeError(error)),
      );
  };
