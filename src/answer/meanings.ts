import type { OtherMeanings } from '../knowledge/schema.js';
import { tokenize } from './normalise.js';
import { content, PhraseMatcher } from './phrases.js';
import { singulars } from './speller.js';

export interface Clash {
  /** "CRO", as the knowledge base spells it. */
  abbreviation: string;
  /** The meaning the question points to: "Conversion Rate Optimisation". */
  meaning: string;
  /** The words that gave it away, as the question has them: "landing page". */
  signal: string;
}

interface Signal {
  abbreviation: string;
  meaning: string;
}

/**
 * Reads knowledge/other-meanings.yml: "our CSO runs the SOC 2 audit" uses CSO in another sense. The
 * signals are matched on the question's own words (not typo-folded onto our vocabulary, which they
 * are not part of), with plurals folded.
 */
export class OtherMeaningIndex {
  /** One matcher per role, so two abbreviations may share a signal ("lab"). */
  private readonly matchers = new Map<string, PhraseMatcher<Signal>>();
  private readonly vocabulary = new Set<string>();
  /** Lower-case abbreviation -> role id. */
  private readonly abbreviations = new Map<string, string>();

  constructor(entries: readonly OtherMeanings[]) {
    for (const e of entries) {
      this.abbreviations.set(e.abbreviation.toLowerCase(), e.role);
      const matcher = this.matchers.get(e.role) ?? new PhraseMatcher<Signal>();
      for (const m of e.meanings) {
        for (const s of m.signals)
          matcher.add(tokenize(s), { abbreviation: e.abbreviation, meaning: m.name });
      }
      this.matchers.set(e.role, matcher);
      for (const w of matcher.words()) this.vocabulary.add(w);
    }
  }

  /** The role an abbreviation (or its plural, "cros") names, when it has other meanings. */
  roleOf(name: string): string | undefined {
    for (const form of [name, ...singulars(name)]) {
      const role = this.abbreviations.get(form);
      if (role) return role;
    }
    return undefined;
  }

  /**
   * The other meaning `roleId`'s abbreviation has in this question, if a signal of one is there.
   * `words` are the question's tokens before typo folding.
   */
  clash(words: readonly string[], roleId: string): Clash | undefined {
    const matcher = this.matchers.get(roleId);
    if (!matcher) return undefined;
    const folded = content(words).map((w) =>
      this.vocabulary.has(w) ? w : (singulars(w).find((s) => this.vocabulary.has(s)) ?? w),
    );
    const [hit] = matcher.match(folded);
    return hit && { ...hit.value, signal: folded.slice(hit.start, hit.end).join(' ') };
  }
}
