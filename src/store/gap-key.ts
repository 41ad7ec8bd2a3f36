import { tokenize } from '../answer/normalise.js';
import type { Answer } from '../answer/types.js';
import { STOPWORDS } from '../answer/words.js';

/** What a decline is grouped by when the question's words may not be kept. */
export const UNKEPT_DECLINE = 'declined (question text not kept)';

/**
 * What a question counts towards in the gap queue. An answer we gave maps onto the knowledge base
 * exactly (role, facet, topic), so "CRO · compensation" collects every thumbs-down and partial about
 * it, however it was asked. A decline has no such place: its meaningful words, in order, group the
 * ways people ask the same thing ("cro tips landing page").
 */
export function gapKey(answer: Answer, keepText: boolean): string {
  const { roles, facet, topic } = answer.subject;
  if (topic) return `topic ${topic}`;
  if (roles.length > 0) {
    // Sorted, so "cso vs cro" and "cro vs cso" are one gap; an answer across every role is one place.
    const who = roles.length > 3 ? 'sales roles' : [...roles].sort().join(' vs ');
    return `${who}${facet ? ` · ${facet}` : ''}`;
  }
  if (answer.kind === 'help') return 'help';
  if (!keepText) return UNKEPT_DECLINE;
  const words = tokenize(answer.question).filter((w) => !STOPWORDS.has(w));
  return `"${words.join(' ').slice(0, 200)}"`;
}
