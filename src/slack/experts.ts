import { randomUUID } from 'node:crypto';
import type { AllMiddlewareArgs } from '@slack/bolt';
import type { Answer } from '../answer/types.js';
import { type ExpertRequest, expertPost } from '../render/expert-post.js';
import type { Loop } from './loop.js';

/**
 * Posts a question to the experts' channel with a link back to the conversation, and records the
 * request. The link is a nicety: if Slack cannot make one, the post goes out without it.
 */
export async function sendToExperts(
  client: AllMiddlewareArgs['client'],
  loop: Loop,
  request: Omit<ExpertRequest, 'id' | 'permalink'>,
  answer: Answer,
): Promise<void> {
  const channel = loop.expertsChannel;
  if (!channel) return;
  let permalink: string | undefined;
  if (request.channel && request.thread_ts) {
    permalink = await client.chat
      .getPermalink({ channel: request.channel, message_ts: request.thread_ts })
      .then((r) => r.permalink)
      .catch(() => undefined);
  }
  const full: ExpertRequest = { ...request, id: randomUUID(), ...(permalink ? { permalink } : {}) };
  await client.chat.postMessage({ channel, ...expertPost(full, answer), unfurl_links: false });
  loop.store?.recordExpertRequest({ id: full.id, questionId: full.questionId, status: 'open' });
}

/** Where the asker can be told: in their thread, or (after an ephemeral /role answer) in a DM. */
export const askerPlace = (asker: string, channel?: string, thread_ts?: string) =>
  channel && thread_ts ? { channel, thread_ts } : { channel: asker };
