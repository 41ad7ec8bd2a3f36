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

/**
 * The role one rung below (`below`) or above `role` on the ladder: the next level down or up, not a
 * peer of the same level. None at either end, or for a role off the ladder.
 */
export function ladderNeighbour(roles: readonly Role[], role: Role, below: boolean): Role | undefined {
  if (role.level === undefined) return undefined;
  const level = role.level;
  const ladder = rolesByLevel(roles);
  return below
    ? ladder.find((r) => (r.level ?? 0) > level)
    : ladder.filter((r) => (r.level ?? 0) < level).at(-1);
}
