import type { OtherMeanings, Role } from '../knowledge/schema.js';
import { tokenize } from './normalise.js';
import { content, PhraseMatcher } from './phrases.js';
import { singularIn } from './speller.js';
import { FILLERS, STOPWORDS } from './words.js';

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
        // The meaning's own name (without its note in brackets) is its plainest signal: "is a chief
        // strategy officer the same as a CSO".
        const name = m.name.replace(/\s*\(.*$/, '');
        for (const s of [name, ...m.signals])
          matcher.add(tokenize(s), { abbreviation: e.abbreviation, meaning: m.name });
      }
      this.matchers.set(e.role, matcher);
      for (const w of matcher.words()) this.vocabulary.add(w);
    }
  }

  /** The role an abbreviation (or its plural, "cros") names, when it has other meanings. */
  roleOf(name: string): string | undefined {
    const role = this.abbreviations.get(name);
    if (role) return role;
    const singular = singularIn(name, this.abbreviations);
    return singular === undefined ? undefined : this.abbreviations.get(singular);
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
    // Every signal is made of words of the vocabulary: without one, no signal can be there.
    if (!words.some((w) => !FILLERS.has(w) && this.known(w) !== undefined)) return undefined;
    const folded = content(words).map((w) => this.known(w) ?? w);
    const [hit] = matcher.match(folded);
    return hit && { ...hit.value, signal: folded.slice(hit.start, hit.end).join(' ') };
  }

  /** The word, or its singular, when a signal uses it. */
  private known(word: string): string | undefined {
    return this.vocabulary.has(word) ? word : singularIn(word, this.vocabulary);
  }

  /**
   * "Chicago Symphony Orchestra (CSO)", "CRO (contract research organisation)": the question spells
   * the abbreviation out, right beside it, as something else. (Spelled out as ours, the role is
   * matched by its name and no clash is looked for.) Little words inside ("of", "di") do not count.
   */
  private spelledOut(words: readonly string[], roleId: string): Clash | undefined {
    if (!words.some((w) => this.roleOf(w) === roleId && !LINKING_WORDS.has(w))) return undefined;
    const content = words.filter((w) => !LINKING_WORDS.has(w));
    for (let i = 0; i < content.length; i++) {
      const word = content[i] as string;
      if (this.roleOf(word) !== roleId) continue;
      // "aes" spells "ae", not "a": the singular that is one of the abbreviations.
      const letters = this.abbreviations.has(word) ? word : singularIn(word, this.abbreviations);
      if (letters === undefined) continue;
      // The words right before it, then those right after, or one word on ("our BDR plan (backup
      // and disaster recovery)").
      const found =
        this.initialsAt(content, i - letters.length, letters, roleId) ??
        this.initialsAt(content, i + 1, letters, roleId) ??
        this.initialsAt(content, i + 2, letters, roleId);
      if (found) return { abbreviation: word.toUpperCase(), ...found };
    }
    return undefined;
  }

  /** The run of words from `start` when their initials spell `letters` and it is not our own name. */
  private initialsAt(
    content: readonly string[],
    start: number,
    letters: string,
    roleId: string,
  ): { meaning: string; signal: string } | undefined {
    if (start < 0 || start + letters.length > content.length) return undefined;
    for (let k = 0; k < letters.length; k++) {
      const w = content[start + k] as string;
      if (w[0] !== letters[k] || w.length <= 1 || STOPWORDS.has(w)) return undefined;
    }
    const run = content.slice(start, start + letters.length);
    if (this.ownNames.get(roleId)?.has(run.join(' '))) return undefined;
    const meaning = run.map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' ');
    return { meaning, signal: run.join(' ') };
  }
}
