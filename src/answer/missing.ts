import { COMMON_WORDS } from './common-words.js';
import { tokenize } from './normalise.js';
import { RelatedWords } from './related.js';
import { singulars } from './speller.js';
import type { Answer, Section } from './types.js';

/**
 * The question's chunks as typed ("part-time"), the chunk each of its words came from, and each
 * chunk's words joined ("part time").
 */
export function chunksOf(question: string): { chunks: string[]; chunkOf: number[]; words: string[] } {
  // The engine may ask twice per question (for compounds, then for missing words): keep the last one.
  if (lastChunks?.question === question) return lastChunks.result;
  const chunks = question.split(/\s+/);
  const chunkOf: number[] = [];
  const words: string[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i] as string;
    // Most chunks are one plain word: nothing to trim, and that word in lower case.
    if (PLAIN.test(chunk)) {
      chunkOf.push(i);
      words.push(chunk.toLowerCase());
      continue;
    }
    const trimmed = chunk.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    chunks[i] = trimmed;
    const tokens = tokenize(trimmed);
    for (let k = 0; k < tokens.length; k++) chunkOf.push(i);
    words.push(tokens.join(' '));
  }
  const result = { chunks, chunkOf, words };
  lastChunks = { question, result };
  return result;
}

const PLAIN = /^[A-Za-z0-9]+$/;

/** Whether some chunk of the question holds more than one word ("part-time", "CRO's", "V.P."). */
export const hasCompounds = (question: string) => /[\p{L}\p{N}][^\p{L}\p{N}\s]+[\p{L}\p{N}]/u.test(question);
let lastChunks: { question: string; result: ReturnType<typeof chunksOf> } | undefined;

/** A question word as matched (typo-folded) and where it sits among the words the user typed. */
export interface Piece {
  token: string;
  /** Index into the question's words. */
  at: number;
}

/** "hiring" ~ "hire", "budgets" ~ "budget": enough to tell whether an answer speaks of a word. */
const light = (w: string) => {
  // "qualify" ~ "qualifies" ~ "qualified": a final y is the i of its other forms.
  // ("negoziare" ~ "negozia" ~ "negoziano": an Italian verb's stem, in a long word that is no
  // everyday English one: "require", "compare".)
  const cut =
    w.length >= 7 && /(?:are|ere|ire|ano|ono)$/.test(w) && !COMMON_WORDS.has(w)
      ? w.slice(0, -3)
      : w.length >= 7 && /[aeio]$/.test(w)
        ? w.slice(0, -1)
        : w.replace(/(?:ings?|ers?|ed|es|s|ly|e)$/, '').replace(/(?<=[^aeiou])y$/, 'i');
  return cut.length >= 3 ? cut : w;
};

/** Reading a knowledge text is the costly part; the same lines come back, so remember their words. */
const MAX_CACHED = 5000;

/**
 * The words of a question its answer did not use, the way search engines show "Missing: interim":
 * not matched as a role, facet or topic, not neutral, and not found anywhere in the answer's text.
 */
export class MissingWords {
  private readonly cache = new Map<string, Set<string>>();
  private readonly neutralCache = new Map<string, boolean>();
  private readonly formsCache = new Map<string, readonly string[]>();
  private readonly sectionCache = new WeakMap<readonly Section[], ReadonlySet<string>>();
  /** Neutral words in their light form, so "affecting" is as neutral as "affect". */
  private readonly neutral: ReadonlySet<string>;

  /** `related`: an answer that uses a word related to the question's ("spend" for "budget") used it. */
  constructor(
    neutral: Iterable<string>,
    private readonly related: RelatedWords = new RelatedWords([]),
  ) {
    this.neutral = new Set([...neutral].map(light));
  }

  private wordsOf(text: string): Set<string> {
    let out = this.cache.get(text);
    if (!out) {
      out = new Set(tokenize(text).flatMap((w) => [light(w), ...singulars(w).map(light)]));
      if (this.cache.size > MAX_CACHED) this.cache.clear();
      this.cache.set(text, out);
    }
    return out;
  }

  /** The forms of a question word an answer may use instead: its light forms and related words. */
  private formsOf(token: string): readonly string[] {
    let out = this.formsCache.get(token);
    if (!out) {
      const forms = [token, ...singulars(token)].map(light);
      out = [...forms, ...forms.flatMap((f) => this.related.of(f, light))];
      if (this.formsCache.size > MAX_CACHED) this.formsCache.clear();
      this.formsCache.set(token, out);
    }
    return out;
  }

  /** Whether any text the answer shows (title, intro, headings, labels, lines) uses one of `forms`. */
  private speaksOf(answer: Answer, forms: readonly string[]): boolean {
    if (this.uses(answer.title, forms) || (answer.intro && this.uses(answer.intro, forms))) return true;
    // Sections composed once for many questions (frozen): their words once, in one set.
    if (Object.isFrozen(answer.sections)) {
      const words = this.sectionWords(answer.sections);
      for (const f of forms) if (words.has(f)) return true;
      return false;
    }
    for (const s of answer.sections) {
      if (s.heading && this.uses(s.heading, forms)) return true;
      for (const l of s.lines) {
        if ((l.label && this.uses(l.label, forms)) || this.uses(l.text, forms)) return true;
      }
    }
    return false;
  }

  private sectionWords(sections: readonly Section[]): ReadonlySet<string> {
    let words = this.sectionCache.get(sections);
    if (!words) {
      const all = new Set<string>();
      const add = (text: string | undefined) => {
        if (text) for (const w of this.wordsOf(text)) all.add(w);
      };
      for (const s of sections) {
        add(s.heading);
        for (const l of s.lines) {
          add(l.label);
          add(l.text);
        }
      }
      words = all;
      this.sectionCache.set(sections, words);
    }
    return words;
  }

  private uses(text: string, forms: readonly string[]): boolean {
    const words = this.wordsOf(text);
    for (const f of forms) if (words.has(f)) return true;
    return false;
  }

  isNeutral(token: string): boolean {
    let out = this.neutralCache.get(token);
    if (out === undefined) {
      out = this.neutral.has(light(token)) || singulars(token).some((s) => this.neutral.has(light(s)));
      if (this.neutralCache.size > MAX_CACHED) this.neutralCache.clear();
      this.neutralCache.set(token, out);
    }
    return out;
  }

  /**
   * The missing words as the user typed them ("part-time"), adjacent ones joined into a phrase,
   * "how" kept with the word it asks about ("how many"). `used` tells the words matching consumed.
   */
  find(
    pieces: readonly Piece[],
    question: string,
    used: (token: string) => boolean,
    answer: Answer,
  ): string[] {
    let missing: Set<number> | undefined;
    for (const p of pieces) {
      // Numbers are counts the answer states its own way, but a year is a date no source may give
      // ("will CROs be replaced by AI by 2030").
      if (used(p.token) || this.isNeutral(p.token) || (/^\d+$/.test(p.token) && !isYear(p.token, question)))
        continue;
      if (this.speaksOf(answer, this.formsOf(p.token))) continue;
      missing ??= new Set();
      missing.add(p.at);
    }
    // "how often should they run reviews": a frequency, which an answer that gives none has not told.
    const often = HOW_OFTEN.exec(question)?.[0];
    const unsaid = often && !saysHowOften(answer) ? [often] : [];
    if (!missing) return unsaid;
    const { chunks, chunkOf, words } = chunksOf(question);
    const marked = [...new Set([...missing].map((at) => chunkOf[at] ?? -1))]
      .filter((i) => i >= 0)
      .sort((a, b) => a - b);
    const phrases: string[] = [];
    let current: number[] = [];
    const flush = () => {
      const first = current[0];
      if (first === undefined) return;
      const lead = words[first - 1] === 'how' ? [chunks[first - 1]] : [];
      phrases.push([...lead, ...current.map((i) => chunks[i])].join(' '));
      current = [];
    };
    for (const i of marked) {
      if (current.length > 0 && i !== (current.at(-1) as number) + 1) flush();
      current.push(i);
    }
    flush();
    return [...new Set([...unsaid, ...phrases])];
  }
}

/** "how often", "ogni quanto", "quanto spesso": a frequency asked. */
const HOW_OFTEN = /\bhow often\b|\bogni quanto\b|\bquanto spesso\b|\bcon che frequenza\b/i;
/** A frequency said: "weekly", "every quarter", "twice a month", "ogni settimana". */
const FREQUENCY =
  /\b(?:daily|weekly|monthly|quarterly|annually|yearly|biweekly|every (?:day|week|month|quarter|year|\d+)|(?:once|twice|\d+ times) (?:a|per) \w+|per (?:day|week|month|quarter|year)|a (?:day|week|month|quarter|year)\b|ogni (?:giorno|settimana|mese|trimestre|anno)|settimanal|mensil|trimestral|annual)/i;

/** Whether any text of `answer` gives a frequency. */
function saysHowOften(answer: Answer): boolean {
  const texts = [answer.intro ?? '', ...answer.sections.flatMap((s) => s.lines.map((l) => l.text))];
  return texts.some((t) => FREQUENCY.test(t));
}

/** A year of the last century or this one. */
const YEAR = /^(?:19|20)\d\d$/;
/** Words that put a date before a number: "by 2030", "in 2019", "entro il 2030". */
const BEFORE_A_YEAR =
  /\b(?:by|in|since|until|till|before|after|from|entro(?: il)?|nel|dal|dopo il|prima del)\s+$/;

/** `token` is a year of `question`: a year's digits after a word that dates ("200 to 2000 reps" is a count). */
function isYear(token: string, question: string): boolean {
  if (!YEAR.test(token)) return false;
  const at = question.toLowerCase().indexOf(token);
  return at >= 0 && BEFORE_A_YEAR.test(question.toLowerCase().slice(Math.max(0, at - 16), at));
}
