import { LIMITS } from './limits.js';

export const FEEDBACK_MODAL = 'feedback_modal';
export const FEEDBACK_FIELDS = {
  comment: { block: 'comment', action: 'comment' },
  expert: { block: 'expert', action: 'expert' },
} as const;

/** Where the 👎 was clicked, carried through the modal so its submission can act on it. */
export interface FeedbackContext {
  /** The recorded question's id. */
  id: string;
  question: string;
  team?: string | undefined;
  /** The conversation the answer is in, and its thread, when it is a real message (not ephemeral). */
  channel?: string | undefined;
  thread_ts?: string | undefined;
}

const MAX_METADATA = 3000;

/** private_metadata holds at most 3,000 characters: the question gives way first. */
export function encodeContext(context: FeedbackContext): string {
  const room = MAX_METADATA - JSON.stringify({ ...context, question: '' }).length - 16;
  return JSON.stringify({ ...context, question: context.question.slice(0, Math.max(0, room)) });
}

export function decodeContext(metadata: string): FeedbackContext | undefined {
  try {
    const parsed = JSON.parse(metadata);
    return typeof parsed?.id === 'string' && typeof parsed?.question === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The small form a 👎 opens: what was missing or wrong (optional), and, when an experts' channel is
 * set, whether to ask an expert. Submitting it empty is fine: the 👎 is already recorded.
 */
export function feedbackModal(context: FeedbackContext, expertsChannel?: string) {
  return {
    type: 'modal' as const,
    callback_id: FEEDBACK_MODAL,
    private_metadata: encodeContext(context),
    title: { type: 'plain_text' as const, text: 'Improve this answer' },
    submit: { type: 'plain_text' as const, text: 'Send' },
    close: { type: 'plain_text' as const, text: 'Skip' },
    blocks: [
      {
        type: 'input',
        block_id: FEEDBACK_FIELDS.comment.block,
        optional: true,
        label: { type: 'plain_text', text: 'What was missing or wrong?' },
        element: {
          type: 'plain_text_input',
          action_id: FEEDBACK_FIELDS.comment.action,
          multiline: true,
          max_length: LIMITS.sectionText,
          placeholder: { type: 'plain_text', text: 'e.g. it did not say what an SDR earns' },
        },
      },
      ...(expertsChannel
        ? [
            {
              type: 'input',
              block_id: FEEDBACK_FIELDS.expert.block,
              optional: true,
              label: { type: 'plain_text', text: 'Ask an expert' },
              element: {
                type: 'checkboxes',
                action_id: FEEDBACK_FIELDS.expert.action,
                options: [
                  {
                    text: { type: 'plain_text', text: 'Send my question to the experts' },
                    value: 'ask',
                  },
                ],
              },
            },
          ]
        : []),
    ],
  };
}
