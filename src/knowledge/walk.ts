import type { Fact } from './schema.js';

/** Walks every Fact in an entry with its path, so cross-reference errors can say where they are. */
export function* factsIn(value: unknown, path: string): Generator<[Fact, string]> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* factsIn(v, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    if ('text' in value && 'sources' in value) {
      yield [value as Fact, path];
      return;
    }
    for (const [k, v] of Object.entries(value)) yield* factsIn(v, path ? `${path}.${k}` : k);
  }
}
