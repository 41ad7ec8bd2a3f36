import type { OtherMeanings, Role } from '../knowledge/schema.js';
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

/** Little words an expansion may hold besides its initials: "Chief Officer of ...", "Centro di ...". */
const LINKING_WORDS = new Set(['of', 'and', 'the', 'for', 'di', 'del', 'della', 'e', 'per', 'de', 'la']);

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

  /** Role id -> its own names, as tokens joined by spaces: "chief revenue officer". */
  private readonly ownNames = new Map<string, Set<string>>();

  constructor(
    entries: readonly OtherMeanings[],
    roles: readonly Pick<Role, 'id' | 'name' | 'aliases'>[] = [],
  ) {
    for (const r of roles)
      this.ownNames.set(r.id, new Set([r.name, ...r.aliases].map((n) => tokenize(n).join(' '))));
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
    const spelled = this.spelledOut(words, roleId);
    if (spelled) return spelled;
    const folded = content(words).map((w) =>
      this.vocabulary.has(w) ? w : (singulars(w).find((s) => this.vocabulary.has(s)) ?? w),
    );
    const [hit] = matcher.match(folded);
    return hit && { ...hit.value, signal: folded.slice(hit.start, hit.end).join(' ') };
  }

  /**
   * "Chicago Symphony Orchestra (CSO)", "CRO (contract research organisation)": the question spells
   * the abbreviation out, right beside it, as something else. (Spelled out as ours, the role is
   * matched by its name and no clash is looked for.) Little words inside ("of", "di") do not count.
   */
  private spelledOut(words: readonly string[], roleId: string): Clash | undefined {
    const content = words.filter((w) => !LINKING_WORDS.has(w));
    for (const [i, word] of content.entries()) {
      if (this.roleOf(word) !== roleId) continue;
      const letters = [...(this.abbreviations.has(word) ? word : (singulars(word)[0] ?? word))];
      const before = i >= letters.length ? content.slice(i - letters.length, i) : [];
      const after = content.slice(i + 1, i + 1 + letters.length);
      for (const run of [before, after]) {
        const ours = this.ownNames.get(roleId)?.has(run.join(' '));
        if (
          !ours &&
          run.length === letters.length &&
          run.every((w, k) => w[0] === letters[k] && w.length > 1)
        ) {
          const meaning = run.map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' ');
          return { abbreviation: word.toUpperCase(), meaning, signal: run.join(' ') };
        }
      }
    }
    return undefined;
  }
}
