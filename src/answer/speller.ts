import Fuse from 'fuse.js';
import { COMMON_WORDS } from './common-words.js';

/**
 * Maps each token onto the matcher's vocabulary: exact words first, then plurals ("aes" -> "ae",
 * "officers" -> "officer"), then typos ("revnue" -> "revenue"). Typo correction uses fuse.js to
 * find candidates and an edit-distance bound to accept them; short tokens are never corrected, so
 * three-letter titles cannot fuzz into each other (`cto` stays `cto`, never `cro`), except a
 * three-letter non-word one letter short of a title's word ("tem" -> "team").
 */
export class Speller {
  private readonly fuse: Fuse<string>;
  /** The words fuse searches, by first letter: a typo is only folded onto a word that starts alike. */
  private readonly byInitial = new Map<string, string[]>();
  private readonly cache = new Map<string, string>();
  private readonly split = new Map<string, readonly string[]>();

  /** Words of role titles, which people shorten ("acct exec", "sls mgr"). */
  private readonly titleWords: readonly string[];
  /** Four-letter words of the roles' names, which lose a letter ("sales tem lead"). */
  private readonly shortTitleWords: readonly string[];

  /**
   * `isWord`: whether a token is a word of the knowledge as it stands ("upselling"), so never split
   * into two of ours ("up selling").
   */
  constructor(
    private readonly vocabulary: ReadonlySet<string>,
    titleWords: Iterable<string> = [],
    private readonly isWord: (token: string) => boolean = () => false,
    /** Words of the roles' own names ("team", "lead"), not every alias ("capo", "reps"). */
    nameWords: Iterable<string> = [],
    /** Words of their own, never folded onto ours: "TLS" says security, not two Team Leads ("TL"). */
    private readonly kept: ReadonlySet<string> = new Set(),
  ) {
    this.titleWords = [...titleWords].filter((w) => w.length >= 5);
    this.shortTitleWords = [...new Set(nameWords)].filter((w) => w.length === 4);
    const searched = [...vocabulary].filter((w) => w.length >= 4);
    for (const w of searched) {
      const list = this.byInitial.get(w[0] as string);
      if (list) list.push(w);
      else this.byInitial.set(w[0] as string, [w]);
    }
    this.fuse = new Fuse(searched, {
      includeScore: true,
      threshold: 0.6,
      ignoreLocation: true,
      minMatchCharLength: 3,
    });
  }

  has(word: string): boolean {
    return this.vocabulary.has(word);
  }

  /** The token as vocabulary words: corrected, or split when two of ours ran together ("teamlead"). */
  words(token: string): readonly string[] {
    let out = this.split.get(token);
    if (out === undefined) {
      out = this.splitWords(token);
      if (this.split.size > 5000) this.split.clear();
      this.split.set(token, out);
    }
    return out;
  }

  private splitWords(token: string): string[] {
    const word = this.correct(token);
    if (this.vocabulary.has(word) || token.length < 6 || COMMON_WORDS.has(token) || this.isWord(token))
      return [word];
    for (let i = 2; i <= token.length - 2; i++) {
      const head = this.exact(token.slice(0, i));
      const tail = this.exact(token.slice(i));
      if (head && tail) return [head, tail];
    }
    return [word];
  }

  private shorthand(token: string): string | undefined {
    return shorthandOf(token, this.titleWords);
  }

  /** The token or its singular when either is a vocabulary word. */
  private exact(token: string): string | undefined {
    if (this.vocabulary.has(token)) return token;
    return singulars(token).find((s) => this.vocabulary.has(s));
  }

  correct(token: string): string {
    let out = this.cache.get(token);
    if (out === undefined) {
      out = this.lookup(token);
      if (this.cache.size > 5000) this.cache.clear();
      this.cache.set(token, out);
    }
    return out;
  }

  private lookup(token: string): string {
    if (this.vocabulary.has(token) || this.kept.has(token)) return token;
    for (const stem of singulars(token)) if (this.vocabulary.has(stem)) return stem;
    // Chat plurals with a z: "toolz", "skillz".
    if (token.length >= 5 && token.endsWith('z')) {
      const plural = `${token.slice(0, -1)}s`;
      const found = [plural, ...singulars(plural)].find((w) => this.vocabulary.has(w));
      if (found) return found;
    }
    // "though" is a word of its own, not a typo of "tough"; nor is a word of the knowledge's own text
    // ("handsoff", as "hands-off" is read) one of another of ours ("handoff").
    if (COMMON_WORDS.has(token) || this.isWord(token)) return token;
    const expanded = this.shorthand(token);
    if (expanded) return expanded;
    // A three-letter word that is no word at all, one letter short of exactly one four-letter word of
    // a title ("tem" of "team"); other three-letter words are left alone (`cto` stays `cto`).
    if (token.length === 3) {
      const fits = this.shortTitleWords.filter((w) => w[0] === token[0] && isSubsequence(token, w));
      return fits.length === 1 ? (fits[0] as string) : token;
    }
    // Short words, numbers, very long strings (no word of ours is longer) and verb forms
    // ("managed", "offering") are left alone: folding them makes words we never meant.
    const verbForm = /.{4}(?:ed|ing)$/.test(token);
    if (token.length < 4 || token.length > MAX_WORD || /\d/.test(token) || verbForm) return token;
    // Four- and five-letter words only fold by swapping two letters ("laed", "slaes") or by a letter
    // left out ("sals", "folow"): one changed letter turns too many ordinary words into ours
    // ("stock" -> "stack"), and the frequent words that a dropped letter would fold are kept above.
    const allowed = token.length >= 9 ? 2 : 1;
    // Most unknown words are ordinary words near none of ours: when no word of ours could be accepted,
    // fuse (whose candidates are only ever accepted by the same test) has nothing to find.
    if (!this.byInitial.get(token[0] as string)?.some((item) => acceptable(token, item, allowed) >= 0))
      return token;
    let best: { word: string; distance: number } | undefined;
    for (const { item } of this.fuse.search(token, { limit: 10 })) {
      const distance = acceptable(token, item, allowed);
      if (distance >= 0 && (!best || distance < best.distance)) best = { word: item, distance };
    }
    return best?.word ?? token;
  }
}

/**
 * How people shorten the words of a title: a consonant skeleton ("mgr", "acct", "sls") or the
 * start of the word cut after a consonant ("exec", "rev"). Only title words, only when exactly one
 * fits, and not what reads as a plain word: frequent words ("man", "off") never get here, a start
 * ending in a vowel is not taken (Italian "deve" is not "development"), and a skeleton has at most
 * one vowel, none second or last.
 */
function shorthandOf(token: string, words: readonly string[]): string | undefined {
  if (token.length < 3 || token.length > 5 || !/^[a-z]+$/.test(token)) return undefined;
  const skeleton =
    (token.slice(1).match(/[aeiou]/g)?.length ?? 0) <= 1 &&
    !/[aeiou]/.test(token.slice(1, 2) + token.slice(-1));
  const fits = words.filter(
    (w) =>
      w[0] === token[0] &&
      w.length >= token.length + 2 &&
      (/[^aeiou]$/.test(token) && w.startsWith(token) ? true : skeleton && isSubsequence(token, w)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}

/**
 * The edit distance from `token` to `item` when the typo may be folded onto it, else -1: within
 * `allowed` edits, the same first letter, not just another ending ("offices" is not "officer"), and,
 * for four- and five-letter words, two letters swapped or one left out.
 */
function acceptable(token: string, item: string, allowed: number): number {
  if (item[0] !== token[0] || Math.abs(item.length - token.length) > allowed) return -1;
  const distance = damerau(token, item);
  if (distance > allowed) return -1;
  const dropped = item.length === token.length + 1 && isSubsequence(token, item);
  const swapOnly = token.length > 5 || sameLetters(token, item) || dropped;
  return swapOnly && !differsOnlyAtEnd(token, item) ? distance : -1;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/** No word of ours is longer; a longer token is noise or a paste, never a typo of ours. */
const MAX_WORD = 20;

/**
 * "offices" -> "officer": a different last letter is usually another word (or another form of it),
 * not a typo of ours; a missing last letter ("revenu") is a typo.
 */
const differsOnlyAtEnd = (a: string, b: string) => a.length === b.length && a.slice(0, -1) === b.slice(0, -1);

const sameLetters = (a: string, b: string) => [...a].sort().join('') === [...b].sort().join('');

/** English and Italian plural endings, most specific first. */
export function singulars(token: string): string[] {
  if (token.length < 3) return [];
  const out: string[] = [];
  if (token.endsWith('ies')) out.push(`${token.slice(0, -3)}y`);
  if (token.endsWith('es')) out.push(token.slice(0, -2));
  if (token.endsWith('s') && !token.endsWith('ss')) out.push(token.slice(0, -1));
  return out;
}

/**
 * The first of `singulars(token)` that `known` has, without making the list: for checks run on every
 * word of every question.
 */
export function singularIn(token: string, known: { has(word: string): boolean }): string | undefined {
  if (token.length < 3 || !token.endsWith('s')) return undefined;
  if (token.endsWith('ies')) {
    const y = `${token.slice(0, -3)}y`;
    if (known.has(y)) return y;
  }
  if (token.endsWith('es')) {
    const es = token.slice(0, -2);
    if (known.has(es)) return es;
  }
  if (!token.endsWith('ss')) {
    const s = token.slice(0, -1);
    if (known.has(s)) return s;
  }
  return undefined;
}

/** Rows of the distance table, kept between calls: the speller measures thousands of pairs. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent swaps. */
export function damerau(a: string, b: string): number {
  const cols = b.length + 1;
  if (rows[0].length < cols) rows = [new Int32Array(cols), new Int32Array(cols), new Int32Array(cols)];
  // Three rows of the table: two back (for swaps), the one before, the one being filled.
  let [older, prev, row] = rows;
  for (let j = 0; j < cols; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (older[j - 2] as number) + 1);
      row[j] = v;
    }
    [older, prev, row] = [prev, row, older];
  }
  return prev[cols - 1] as number;
}
