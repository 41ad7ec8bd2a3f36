import type { z } from 'zod';
import type { PathKey } from './positions.js';

/** A schema issue in an editor's terms: where (a path, pointing at the key or the value) and what. */
export interface Issue {
  path: PathKey[];
  key: boolean;
  message: string;
}

const isMissing = (issue: z.core.$ZodIssue) =>
  issue.code === 'invalid_type' && /received undefined$/.test(issue.message);

/** A list item with nothing after its dash: "- # a comment" (a comment needs a line of its own) or "- ". */
const isEmptyItem = (issue: z.core.$ZodIssue) =>
  issue.code === 'invalid_type' &&
  /received null$/.test(issue.message) &&
  typeof issue.path.at(-1) === 'number';

const EMPTY_ITEM =
  'an empty item: a dash with nothing after it (a comment goes on a line of its own, "# ...", not after "- ")';

const quoteList = (keys: readonly string[]) => keys.map((k) => `"${k}"`).join(', ');

/**
 * Turns zod's issues into one message per mistake. A misspelt field shows up to zod twice (an
 * unknown key, and the required key it was meant to be, missing): that is one mistake, reported
 * once at the misspelt key with the name it should have.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], schema: z.ZodType): Issue[] {
  const pathOf = (issue: z.core.$ZodIssue) => issue.path.filter((k): k is PathKey => typeof k !== 'symbol');
  const parentOf = (path: readonly PathKey[]) => JSON.stringify(path.slice(0, -1));
  const missingAt = new Map<string, string[]>();
  for (const issue of issues.filter(isMissing)) {
    const path = pathOf(issue);
    missingAt.set(parentOf(path), [...(missingAt.get(parentOf(path)) ?? []), String(path.at(-1))]);
  }
  // One unknown key where one required key is missing: a misspelling or the other kind's word.
  const meant = new Map<string, string>(); // the misspelt key's path -> the field it stands for
  const replaced = new Set<string>(); // the missing field's path, already explained by the misspelling
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys' || issue.keys.length !== 1) continue;
    const missing = missingAt.get(JSON.stringify(pathOf(issue))) ?? [];
    if (missing.length !== 1) continue;
    meant.set(JSON.stringify([...pathOf(issue), issue.keys[0]]), String(missing[0]));
    replaced.add(JSON.stringify([...pathOf(issue), missing[0]]));
  }

  const out: Issue[] = [];
  for (const issue of issues) {
    const path = pathOf(issue);
    if (issue.code === 'unrecognized_keys') {
      const allowed = fieldsAt(schema, path);
      for (const key of issue.keys) {
        const field = meant.get(JSON.stringify([...path, key]));
        out.push({
          path: [...path, key],
          key: true,
          message: field
            ? `"${key}" should be "${field}" here`
            : `unknown field "${key}"${allowed ? ` (fields here: ${quoteList(allowed)})` : ''}`,
        });
      }
    } else if (isEmptyItem(issue)) {
      out.push({ path, key: false, message: EMPTY_ITEM });
    } else if (isMissing(issue)) {
      if (!replaced.has(JSON.stringify(path)))
        out.push({ path, key: false, message: `"${String(path.at(-1))}" is missing` });
    } else {
      out.push({ path, key: false, message: issue.message });
    }
  }
  return out;
}

interface Def {
  type: string;
  shape?: Record<string, { _zod: { def: Def } }>;
  element?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  valueType?: { _zod: { def: Def } };
  items?: Array<{ _zod: { def: Def } }>;
  in?: { _zod: { def: Def } };
}

/** The field names the schema allows at `path`, for "unknown field" messages. */
function fieldsAt(schema: z.ZodType, path: readonly PathKey[]): string[] | undefined {
  let def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const unwrap = () => {
    while (['optional', 'default', 'nullable', 'pipe'].includes(def.type)) {
      const inner = def.innerType ?? def.in;
      if (!inner) return;
      def = inner._zod.def;
    }
  };
  for (const step of path) {
    unwrap();
    const next =
      def.type === 'object'
        ? def.shape?.[String(step)]
        : def.type === 'array'
          ? def.element
          : def.type === 'record'
            ? def.valueType
            : def.type === 'tuple'
              ? def.items?.[Number(step)]
              : undefined;
    if (!next) return undefined;
    def = next._zod.def;
  }
  unwrap();
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}
