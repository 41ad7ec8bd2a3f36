import type { Role } from '../knowledge/schema.js';
import { tokenize } from './normalise.js';
import { PhraseMatcher } from './phrases.js';

/** Every name a role answers to, as phrases: its title, abbreviation and aliases. */
export class RoleIndex {
  private readonly matcher = new PhraseMatcher<Role>();

  constructor(roles: readonly Role[]) {
    for (const role of roles) {
      for (const name of [role.name, role.abbreviation, ...role.aliases]) {
        if (name) this.matcher.add(tokenize(name), role);
      }
    }
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
