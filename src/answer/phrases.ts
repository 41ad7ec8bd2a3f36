import { COMPARE_CUES, FILLERS, STOPWORDS } from './words.js';

export interface PhraseHit<T> {
  start: number;
  /** Exclusive. */
  end: number;
  /** Words of the phrase matched (the span may also hold skipped stopwords). */
  size: number;
  value: T;
}

/** Drops articles and linking words so phrases match however they are joined ("vp of sales"). */
export const content = (tokens: readonly string[]) => tokens.filter((t) => !FILLERS.has(t));

/**
 * Finds known multi-word phrases in a token list, longest first and without overlaps, so
 * "sales team lead" wins over "team lead" and "sales manager" never half-matches.
 */
export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Array<{ tokens: string[]; value: T }>>();
  private readonly gapWords: ReadonlySet<string>;

  /** `skippable`: more words that may sit inside a phrase ("build an effective sales team"). */
  constructor(skippable: Iterable<string> = []) {
    this.gapWords = new Set([...GAP_WORDS, ...skippable]);
  }

  add(tokens: readonly string[], value: T): void {
    const phrase = content(tokens);
    const first = phrase[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first);
    if (!list) {
      this.byFirst.set(first, [{ tokens: phrase, value }]);
      return;
    }
    // Longest first; a phrase goes after those as long as it, as a stable sort would put it.
    let at = list.length;
    while (at > 0 && (list[at - 1] as { tokens: string[] }).tokens.length < phrase.length) at--;
    list.splice(at, 0, { tokens: phrase, value });
  }

  /** Every token any phrase uses: the vocabulary the speller corrects towards. */
  words(): Set<string> {
    const out = new Set<string>();
    for (const list of this.byFirst.values()) for (const p of list) for (const t of p.tokens) out.add(t);
    return out;
  }

  /** Words that are whole phrases on their own ("crm", but not "home" of "bring home"). */
  singles(): Set<string> {
    const out = new Set<string>();
    for (const [first, list] of this.byFirst) if (list.some((p) => p.tokens.length === 1)) out.add(first);
    return out;
  }

  /** `tokens` must already be content tokens (see `content`). */
  match(tokens: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      let hit: PhraseHit<T> | undefined;
      for (const p of this.byFirst.get(tokens[i] as string) ?? NO_PHRASES) {
        const end = matchAt(tokens, i, p.tokens, this.gapWords);
        if (end !== undefined) {
          hit = { start: i, end, size: p.tokens.length, value: p.value };
          break;
        }
      }
      if (hit) hits.push(hit);
      i = hit ? hit.end : i + 1;
    }
    return hits;
  }
}

const NO_PHRASES: ReadonlyArray<never> = [];

/**
 * How many stopwords may sit inside a phrase: "generare più lead" still says "generare lead", and
 * "build a high performing sales team" still says "high performing team".
 */
const MAX_GAP = 2;
/**
 * Words that may sit inside a phrase: glue, and "sales". Never what sets two things apart: "director
 * of sales vs VP of sales" does not say "sales VP".
 */
// (Never a conjunction: "i vp e i sales manager" is two roles, not "vp sales" and a manager.)
const CONJUNCTIONS = new Set(['and', 'or', 'e', 'ed', 'o', 'od', 'oppure']);
const GAP_WORDS = new Set(
  [...STOPWORDS, 'sales', 'vendite'].filter((w) => !COMPARE_CUES.has(w) && !CONJUNCTIONS.has(w)),
);

/** Numbers in words, which may sit inside a phrase like digits ("in ten years"). */
// biome-ignore format: a word list reads best packed
const NUMBER_WORDS = new Set([
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'few', 'couple', 'several',
  'due', 'tre', 'quattro', 'cinque', 'sei', 'dieci', 'venti', 'qualche', 'pochi',
]);

/** Small words and numbers: "in 5 years" and "in ten years" still say "in years". */
const skippable = (token: string, gapWords: ReadonlySet<string>) =>
  gapWords.has(token) || NUMBER_WORDS.has(token) || /^\d+$/.test(token);

/** Where `phrase` ends if it starts at `start`, letting a few stopwords sit between its words. */
function matchAt(
  tokens: readonly string[],
  start: number,
  phrase: readonly string[],
  gapWords: ReadonlySet<string>,
): number | undefined {
  let j = start;
  for (let k = 0; k < phrase.length; k++) {
    const word = phrase[k];
    let gap = 0;
    // (Never past the last token: reading one there gave the optimized code an undefined, not a
    // string, and sent it back to the interpreter.)
    while (
      k > 0 &&
      j < tokens.length &&
      tokens[j] !== word &&
      skippable(tokens[j] as string, gapWords) &&
      gap < MAX_GAP
    ) {
      j++;
      gap++;
    }
    if (tokens[j] !== word) return undefined;
    j++;
  }
  return j;
}
