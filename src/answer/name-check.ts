import type { KnowledgeBase } from '../knowledge/load.js';
import type { PathKey } from '../knowledge/positions.js';
import type { Role } from '../knowledge/schema.js';
import type { Answerer } from './index.js';

/** A role's name that the engine does not lead back to the role: where it is and what happens instead. */
export interface NameMiss {
  role: Role;
  path: PathKey[];
  name: string;
  message: string;
}

/**
 * Asks the engine every name, abbreviation and alias of every role, as a question on its own. Each
 * must bring up that role: a name the bot declines, or gives to another role, is a broken promise in
 * the knowledge base, however valid the file.
 */
export function unreachableNames(kb: KnowledgeBase, answer: Answerer): NameMiss[] {
  const byId = new Map(kb.roles.map((r) => [r.id, r]));
  const misses: NameMiss[] = [];
  for (const role of kb.roles) {
    const names: Array<[PathKey[], string]> = [
      [['name'], role.name],
      ...(role.abbreviation ? [[['abbreviation'], role.abbreviation] as [PathKey[], string]] : []),
      ...role.aliases.map((a, i): [PathKey[], string] => [['aliases', i], a]),
    ];
    for (const [path, name] of names) {
      const got = answer(name);
      const roles = got.subject.roles;
      if (got.matched && roles.length === 1 && roles[0] === role.id) continue;
      const others = roles.filter((id) => id !== role.id).map((id) => byId.get(id)?.name ?? id);
      const message = !got.matched
        ? `the bot declines "${name}": it does not lead to ${role.name}`
        : others.length > 0
          ? `the bot takes "${name}" as ${others.join(' and ')}, not ${role.name}`
          : `the bot answers "${name}" with ${got.title}, not the ${role.name} role`;
      misses.push({ role, path, name, message });
    }
  }
  return misses;
}
