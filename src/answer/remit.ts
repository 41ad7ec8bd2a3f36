import { PEOPLE_WORDS, SALES_PEOPLE, STOPWORDS } from './words.js';

/**
 * "customer service, is that under them?", "is marketing under the CRO?", "does sales ops sit under
 * the CSO?": a department or piece of work set under the role asks whether it is part of the role's
 * remit (what the role does), not the role's reporting line. People set under it ("who is under
 * them?", "are the reps under them?", "is the VP of Sales under the CRO?") are its reporting line.
 */

/**
 * Words that place something under a role, the only facet words such a question has. (Not "report
 * to": "does customer service report to them?" is left to the reporting line.)
 */
const PLACING = /^(?:under|underneath|beneath|below|sit|sits|sitting|into|to|sotto)$/;

/** Asking who: people, whatever they are placed under. */
const WHO = /^(?:who|whom|whose|chi)$/;

/** "reporting to the new person": which of the people, not a thing placed under the role. */
const WHICH_ONE = /^(?:new|current|next|incoming|future|existing|nuovo|nuova|attuale)$/;

/** A department is the work of people ("the customer service team"); other people words are people. */
const DEPARTMENT_PEOPLE = /^(?:team|teams|squadra|staff)$/;

/**
 * `words`: the question's words; `facetWords`: the words the reporting facet was read from; `rest`:
 * the question's tokens outside the roles it names; `titles`: it names a title we don't cover ("is
 * the CRO under the CEO?"), which is someone's place, not a duty; `known`: words of ours or of the
 * knowledge.
 */
export function asksRemit(
  words: readonly string[],
  facetWords: readonly string[],
  rest: readonly string[],
  titles: boolean,
  known: (token: string) => boolean,
): boolean {
  if (titles || facetWords.length === 0 || !facetWords.every((w) => PLACING.test(w))) return false;
  if (words.some((w) => WHO.test(w))) return false;
  let things = 0;
  for (const t of rest) {
    if (STOPWORDS.has(t) || facetWords.includes(t)) continue;
    if (DEPARTMENT_PEOPLE.test(t) || WHICH_ONE.test(t)) continue;
    if (PEOPLE_WORDS.has(t) || SALES_PEOPLE.has(t)) return false;
    // A word we don't know ("hwo" in "hwo do they report to") names nothing placed under the role.
    if (known(t)) things++;
  }
  return things > 0;
}
