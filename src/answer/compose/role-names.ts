import type { Role } from '../../knowledge/schema.js';
import { tokenize } from '../normalise.js';
import { stem } from './library.js';

/** A word as a role's name is compared: stemmed, without a plural "s" ("VPs", "SDRs"). */
export const bareWord = (w: string) => stem(w).replace(/s$/, '');

const cache = new WeakMap<Role, string[][]>();

/**
 * The ways a text names `role`, as runs of bare words: its title, abbreviation and aliases ("vp of
 * sales", "vp", "cro"), longest first. Whole names, not their words: "revenue" alone names no one,
 * though it is in "Chief Revenue Officer".
 */
export function namesOf(role: Role): string[][] {
  let names = cache.get(role);
  if (!names) {
    const all = [role.name, role.abbreviation ?? '', ...role.aliases].map((n) => tokenize(n).map(bareWord));
    const seen = new Set<string>();
    names = all.filter((n) => n.length > 0 && !seen.has(n.join(' ')) && !!seen.add(n.join(' ')));
    names.sort((a, b) => b.length - a.length);
    cache.set(role, names);
  }
  return names;
}

/** How many of the bare `words`, from `at`, name `role` (0 when none do). */
export function nameAt(role: Role, words: readonly string[], at: number): number {
  for (const name of namesOf(role)) {
    if (name.every((n, k) => words[at + k] === n)) return name.length;
  }
  return 0;
}

/** Where `role` is first named in the bare `words`, or -1. */
export function firstNamed(role: Role, words: readonly string[]): number {
  for (let i = 0; i < words.length; i++) if (nameAt(role, words, i) > 0) return i;
  return -1;
}
