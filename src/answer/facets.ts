import { FACETS, type FacetKey, type FacetWords } from '../knowledge/schema.js';
import { tokenize } from './normalise.js';
import { content, PhraseMatcher } from './phrases.js';

export interface FacetDetector {
  detect(contentTokens: readonly string[]): FacetKey | undefined;
  /** The facet and the words of the question that named it. */
  find(contentTokens: readonly string[]): { facet?: FacetKey; used: string[] };
  words(): Set<string>;
  /** Facet words that say the facet on their own ("salary"), not parts of phrases. */
  singles(): Set<string>;
}

/**
 * The facet the question asks about, from the ways people ask for each (knowledge/facet-words.yml).
 * Words are matched after plural folding and typo correction. "What does X do" asks for the overview,
 * not a facet.
 */
export function createFacetDetector(facetWords: FacetWords): FacetDetector {
  const matcher = new PhraseMatcher<FacetKey>();
  /**
   * Facet words that name one detail of the facet rather than the facet itself: "equity" asks about
   * pay, but an answer about pay that never mentions equity has not answered it.
   */
  const details = new Set<string>();
  for (const facet of FACETS) {
    const { words, details: named = [] } = facetWords[facet];
    for (const phrase of words) matcher.add(tokenize(phrase), facet);
    for (const d of named) details.add(content(tokenize(d)).join(' '));
  }
  return {
    words: () => matcher.words(),
    singles: () => matcher.singles(),
    detect(tokens) {
      return this.find(tokens).facet;
    },
    find(tokens) {
      // The facet named with the most words wins; on a tie the earliest, which is usually the subject.
      const counts = new Map<FacetKey, number>();
      const hits = matcher.match(tokens);
      let best: FacetKey | undefined;
      for (const hit of hits) {
        const n = (counts.get(hit.value) ?? 0) + hit.size;
        counts.set(hit.value, n);
        if (best === undefined || n > (counts.get(best) ?? 0)) best = hit.value;
      }
      // A detail word ("equity") counts as used only if the answer itself speaks of it.
      const used = hits
        .filter((h) => h.value === best && !details.has(tokens.slice(h.start, h.end).join(' ')))
        .flatMap((h) => tokens.slice(h.start, h.end));
      return best ? { facet: best, used } : { used };
    },
  };
}
