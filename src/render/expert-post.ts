import type { Answer } from '../answer/types.js';
import { button, header, mrkdwnSection } from './blocks.js';
import { escapeMrkdwn, truncate } from './escape.js';

export const EXPERT_RESOLVED = 'expert_resolved';

/** A question someone sent to the experts, and where to tell them when it is dealt with. */
export interface ExpertRequest {
  id: string;
  questionId: string;
  question: string;
  /** The asker's Slack user id: they are told when an expert resolves it. */
  asker: string;
  /** Where the asker's conversation is; no thread for an ephemeral /role answer. */
  channel?: string | undefined;
  thread_ts?: string | undefined;
  /** Why it came: the bot declined, answered in part, or the asker said it did not help. */
  reason: 'declined' | 'partial' | 'unhelpful';
  comment?: string | undefined;
  permalink?: string | undefined;
}

const REASONS = {
  declined: 'the bot had no answer',
  partial: 'the bot answered only in part',
  unhelpful: 'the asker said the answer did not help',
};

/** What the "Mark resolved" button carries: enough to tell the asker, with no database needed. */
export const resolvedValue = (r: ExpertRequest) =>
  JSON.stringify({
    id: r.id,
    q: r.questionId,
    u: r.asker,
    c: r.channel,
    t: r.thread_ts,
    text: r.question.slice(0, 1000),
  });

/** The post in the experts' channel: who asked what, what the bot said, a link, and "Mark resolved". */
export function expertPost(r: ExpertRequest, answer: Answer) {
  const asker = `<@${r.asker.replace(/[^A-Z0-9]/gi, '')}>`;
  const where =
    r.channel && !r.channel.startsWith('D') ? ` in <#${r.channel.replace(/[^A-Z0-9]/gi, '')}>` : '';
  const quoted = escapeMrkdwn(truncate(r.question, 1500)).replace(/\n/g, '\n>');
  const lines = [
    `${asker} asked${where}, and ${REASONS[r.reason]}:`,
    `>${quoted}`,
    `*The bot answered:* ${escapeMrkdwn(answer.title)}`,
  ];
  if (r.comment) lines.push(`*What was missing or wrong:* ${escapeMrkdwn(truncate(r.comment, 1000))}`);
  if (r.permalink) lines.push(`<${r.permalink}|Open the conversation>`);
  return {
    text: `Question for an expert from ${asker}: ${escapeMrkdwn(truncate(r.question, 200))}`,
    blocks: [
      header('Question for an expert'),
      mrkdwnSection(lines.join('\n')),
      {
        type: 'actions',
        elements: [{ ...button('Mark resolved', EXPERT_RESOLVED, resolvedValue(r)), style: 'primary' }],
      },
    ],
  };
}

/** The experts' post once resolved: the same text, the button replaced by who resolved it. */
export function resolvedPost<B extends { type: string }>(blocks: B[], expert: string) {
  const kept = blocks.filter((b) => b.type !== 'actions');
  return [
    ...kept,
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `✅ Resolved by <@${expert.replace(/[^A-Z0-9]/gi, '')}>` }],
    },
  ];
}
