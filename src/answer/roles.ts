import type { Role } from '../knowledge/schema.js';
import { tokenize } from './normalise.js';
import { PhraseMatcher } from './phrases.js';

/** Every name a role answers to, as phrases: its title, abbreviation and aliases. */
export class RoleIndex {
  private readonly matcher = new PhraseMatcher<Role>();

  /** Each word of the roles' names and aliases, and the roles that use it ("rep": the SDR and the BDR). */
  private readonly byWord = new Map<string, Role[]>();

  constructor(roles: readonly Role[]) {
    for (const role of roles) {
      for (const name of [role.name, role.abbreviation, ...role.aliases]) {
        if (!name) continue;
        this.matcher.add(tokenize(name), role);
        for (const w of tokenize(name)) {
          const list = this.byWord.get(w);
          if (!list) this.byWord.set(w, [role]);
          else if (!list.includes(role)) list.push(role);
        }
      }
    }
  }

  /**
   * A role the question names twice, by two different names ("head of sales" and "VP of sales"):
   * the token spans of both, else undefined. `inside`: spans of other titles, as for `find`.
   */
  twice(
    contentTokens: readonly string[],
    inside?: (start: number, end: number) => boolean,
  ): { role: Role; spans: [{ start: number; end: number }, { start: number; end: number }] } | undefined {
    const hits = this.matcher.match(contentTokens).filter((h) => !inside?.(h.start, h.end));
    const name = (h: { start: number; end: number }) =>
      contentTokens
        .slice(h.start, h.end)
        .map((t) => t.replace(/s$/, ''))
        .join(' ');
    for (let i = 0; i < hits.length; i++) {
      const a = hits[i] as (typeof hits)[number];
      for (let j = i + 1; j < hits.length; j++) {
        const b = hits[j] as (typeof hits)[number];
        if (b.value === a.value && name(a) !== name(b)) return { role: a.value, spans: [a, b] };
      }
    }
    return undefined;
  }

  /** The roles whose name or an alias uses `word` ("chief": the CSO and the CRO). */
  sharing(word: string): readonly Role[] {
    return (
      this.byWord.get(word) ?? (word.endsWith('s') ? this.byWord.get(word.slice(0, -1)) : undefined) ?? []
    );
  }

  words(): Set<string> {
    return this.matcher.words();
  }

  /**
   * Roles named in the question, in order of first mention, each once. `inside` marks spans that
   * belong to another title ("vp" in "vp marketing"): a name found there does not count.
   */
  find(
    contentTokens: readonly string[],
    inside?: (start: number, end: number) => boolean,
  ): Array<{ role: Role; start: number; end: number }> {
    const out: Array<{ role: Role; start: number; end: number }> = [];
    for (const h of this.matcher.match(contentTokens)) {
      if (inside?.(h.start, h.end) || out.some((o) => o.role.id === h.value.id)) continue;
      out.push({ role: h.value, start: h.start, end: h.end });
    }
    return out;
  }
}

/** How many roles "the two X roles" speaks of. */
const COUNTS: Readonly<Record<string, number>> = {
  two: 2,
  '2': 2,
  both: 2,
  due: 2,
  three: 3,
  '3': 3,
  tre: 3,
};
/** Words for a group of roles, not one title. */
const GROUP = /^(?:roles?|positions?|jobs?|titles?|ruoli|posizioni)$/;
/** "exec roles", "c-suite roles": the chief officers. */
const CHIEF = /^(?:execs?|executives?|suite|level|clevel|csuite|officers?)$/;

/**
 * Roles a question names as a group by a word their titles share: "which of the two rep roles is
 * more B2B" (the SDR and the BDR), "the two chief roles", "which of the c-suite roles". The group
 * must hold as many roles as the question counts, or two or three after "which", else none.
 */
export function rolesInGroup(
  index: RoleIndex,
  tokens: readonly string[],
): Array<{ role: Role; start: number; end: number }> {
  for (let k = 1; k < tokens.length; k++) {
    if (!GROUP.test(tokens[k] as string)) continue;
    let start = k - 1;
    let word = tokens[start] as string;
    if (CHIEF.test(word)) word = 'chief';
    if ((tokens[start] === 'suite' || tokens[start] === 'level') && tokens[start - 1] === 'c') start--;
    const before = tokens[start - 1] ?? '';
    const count = COUNTS[before];
    const asks = count !== undefined || /^(?:which|what|quale|quali)$/.test(before);
    if (!asks) continue;
    const roles = index.sharing(word);
    if (count !== undefined ? roles.length !== count : roles.length < 2 || roles.length > 3) continue;
    return roles.map((role) => ({ role, start: count !== undefined ? start - 1 : start, end: k + 1 }));
  }
  return [];
}
