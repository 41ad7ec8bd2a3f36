import type { Role } from './schema.js';

/**
 * The sales hierarchy from the top down, built from each role's `level` so that adding a role never
 * needs a hand-kept list. Roles of one level keep the order of their files; roles without a level
 * (the sources do not place them) are not on the ladder.
 */
export function rolesByLevel(roles: readonly Role[]): Role[] {
  return roles
    .filter((r) => r.level !== undefined)
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r.level ?? 0) - (b.r.level ?? 0) || a.i - b.i)
    .map(({ r }) => r);
}
