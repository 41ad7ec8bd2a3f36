import { FILLERS } from './words.js';

export interface PhraseHit<T> {
  start: number;
  /** Exclusive. */
  end: number;
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

  add(tokens: readonly string[], value: T): void {
    const phrase = content(tokens);
    const first = phrase[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ tokens: phrase, value });
    list.sort((a, b) => b.tokens.length - a.tokens.length);
    this.byFirst.set(first, list);
  }

  /** Every token any phrase uses: the vocabulary the speller corrects towards. */
  words(): Set<string> {
    const out = new Set<string>();
    for (const list of this.byFirst.values()) for (const p of list) for (const t of p.tokens) out.add(t);
    return out;
  }

  /** `tokens` must already be content tokens (see `content`). */
  match(tokens: readonly string[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const found = this.byFirst
        .get(tokens[i] as string)
        ?.find((p) => p.tokens.every((t, k) => tokens[i + k] === t));
      if (found) {
        hits.push({ start: i, end: i + found.tokens.length, value: found.value });
        i += found.tokens.length;
      } else {
        i++;
      }
    }
    return hits;
  }
}
