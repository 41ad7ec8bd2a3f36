import type { FacetKey } from '../knowledge/schema.js';
import type { FacetDetector } from './facets.js';
import { tokenize } from './normalise.js';

/** Words that join two questions in one: "CSO skills and salary?", "cosa fa e quanto guadagna". */
const JOINS = new Set(['and', 'e', 'ed', 'plus', 'also', 'anche', 'inoltre']);
/** "what does a CRO do", "what would they own", "cosa fa": a clause asking what the role does. */
// biome-ignore format: a word list reads best packed
export const DOING: ReadonlySet<string> = new Set(['do', 'does', 'own', 'owns', 'handle', 'handles', 'fa', 'fanno', 'occupa', 'occupano']);
const WHAT = new Set(['what', 'whats', 'cosa', 'cos', 'che']);
/** Punctuation that ends a clause, followed by more of the question. */
const CLAUSE_END = /[,;?!:]\s*[\p{L}\p{N}]/u;

/** What a question asks of one role when it asks two things: the facets in its order, and the words that said so. */
export interface Parts {
  facets: [FacetKey, FacetKey];
  used: string[];
}

/**
 * The two facets a question asks of one role ("what would a CRO own, and how should we measure
 * them?", "what does an SDR do and what do they earn", "CSO skills and salary?"), each from its own
 * clause: clauses are split at a joining word or at punctuation, and a clause that asks what the
 * role does ("what does an SDR do") asks its responsibilities. Undefined unless two clauses ask two
 * different facets. `tokens`: the question's tokens, `pieces` where each token's word is, `names`
 * the spans of role names and other titles (never facet words), `words` the question's words, `scene`
 * words that set the asker's scene (never facet words either).
 */
export function askedParts(
  detector: FacetDetector,
  question: string,
  words: readonly string[],
  tokens: readonly string[],
  pieces: ReadonlyArray<{ at: number }>,
  names: ReadonlyArray<ReadonlyArray<{ start: number; end: number }>>,
  scene: readonly string[] = [],
): Parts | undefined {
  const ends = CLAUSE_END.test(question) ? clauseStarts(question, words.length) : undefined;
  if (!ends && !hasJoin(tokens)) return undefined;
  const inName = (i: number) => names.some((spans) => spans.some((s) => i >= s.start && i < s.end));
  const found: FacetKey[] = [];
  const used: string[] = [];
  let clause: string[] = [];
  const close = () => {
    if (clause.length === 0) return;
    const read = detector.find(clause);
    const facet =
      read.facet ??
      (clause.some((t) => WHAT.has(t)) && clause.some((t) => DOING.has(t)) ? 'responsibilities' : undefined);
    if (facet && !found.includes(facet)) {
      found.push(facet);
      used.push(...(read.facet ? read.used : clause.filter((t) => WHAT.has(t) || DOING.has(t))));
    }
    clause = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (JOINS.has(t) || ends?.has(pieces[i]?.at ?? -1)) close();
    if (!inName(i) && !JOINS.has(t) && !scene.includes(t)) clause.push(t);
  }
  close();
  if (found.length < 2) return undefined;
  return { facets: [found[0] as FacetKey, found[1] as FacetKey], used };
}

function hasJoin(tokens: readonly string[]): boolean {
  for (const t of tokens) if (JOINS.has(t)) return true;
  return false;
}

/** The words (by position) that open a clause after punctuation; none when the count goes astray. */
function clauseStarts(question: string, count: number): Set<number> | undefined {
  const starts = new Set<number>();
  let n = 0;
  for (const segment of question.split(/[,;?!:]+/)) {
    if (n > 0) starts.add(n);
    n += tokenize(segment).length;
  }
  return n === count ? starts : undefined;
}
