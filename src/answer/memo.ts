import type { Answerer } from './index.js';
import type { Answer } from './types.js';

/** Longer questions are answered afresh: a one-off paragraph is not worth keeping. */
const MAX_REMEMBERED_LENGTH = 200;

/**
 * Remembers the last `size` answers. The engine is a pure function of the knowledge base, the
 * question and the turn before it, and the same few questions ("cro", "and their salary?") come
 * back all day; answers are never changed once made, so one can be handed out again. The turn is
 * part of the key, as JSON: a turn read back from the store is a new object with the same fields.
 * Built with the answerer, so a reloaded knowledge base starts with an empty memo. `size` 0: none.
 */
export function memoizeAnswers(answer: Answerer, size: number): Answerer {
  if (size <= 0) return answer;
  // A Map keeps insertion order: a hit is moved to the end, the first key is the least recent.
  const memo = new Map<string, Answer>();
  return (question, previous) => {
    if (question.length > MAX_REMEMBERED_LENGTH) return answer(question, previous);
    // (As one JSON array: a question may hold any text, so no separator could tell the two apart.)
    const key = JSON.stringify([question, previous ?? null]);
    const known = memo.get(key);
    if (known) {
      memo.delete(key);
      memo.set(key, known);
      return known;
    }
    const fresh = answer(question, previous);
    memo.set(key, fresh);
    if (memo.size > size) memo.delete(memo.keys().next().value as string);
    return fresh;
  };
}
