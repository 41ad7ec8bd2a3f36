import { nextTurn } from '../answer/follow-up.js';
import type { Answerer } from '../answer/index.js';
import type { Answer, Turn } from '../answer/types.js';
import type { ConversationContext, ConversationKey } from './context.js';

/** An answer read against its conversation, and how to remember it once it has been sent. */
export interface ConversationReply {
  answer: Answer;
  /** The turn the question was read against, if any (for a Share button that answers it again). */
  previous?: Turn;
  /** Saves the conversation's new last turn under its keys, plus `more` (the reply's own thread). */
  remember(more?: ConversationKey[]): Promise<void>;
}

export interface ConversationKeys {
  /** Where to look for the last turn, first found wins (a DM thread, then the DM itself). */
  read: ConversationKey[];
  /** Where the new last turn goes. */
  write: ConversationKey[];
}

/**
 * Answers `question` with the conversation's last turn. A store that fails only costs the context:
 * the question is still answered, as if it were the first of its thread. Remembering is a separate
 * step so that the caller sends the answer first.
 */
export async function converse(
  answer: Answerer,
  context: ConversationContext,
  question: string,
  keys: ConversationKeys,
  onError: (error: unknown) => void = () => {},
): Promise<ConversationReply> {
  let previous: Turn | undefined;
  try {
    for (const key of keys.read) {
      previous = await context.get(key);
      if (previous) break;
    }
  } catch (error) {
    onError(error);
  }
  const reply = answer(question, previous);
  const turn = nextTurn(previous, reply);
  return {
    answer: reply,
    ...(previous ? { previous } : {}),
    async remember(more = []) {
      if (!turn) return;
      try {
        const only = keys.write.length === 1 && more.length === 0 ? keys.write[0] : undefined;
        if (only) await context.set(only, turn);
        else await Promise.all([...keys.write, ...more].map((key) => context.set(key, turn)));
      } catch (error) {
        onError(error);
      }
    },
  };
}
