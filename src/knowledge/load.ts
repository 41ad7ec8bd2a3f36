import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
// The matcher's own normalisation, so the uniqueness check sees names as questions will.
import { tokenize } from '../answer/normalise.js';
import { content } from '../answer/phrases.js';
import {
  type Comparison,
  ComparisonSchema,
  type Role,
  RoleSchema,
  type Source,
  SourcesFileSchema,
  type Topic,
  TopicSchema,
} from './schema.js';
import { factsIn } from './walk.js';

export const DEFAULT_KNOWLEDGE_DIR = resolve(fileURLToPath(import.meta.url), '../../../knowledge');

/** The folder every entry point loads: KNOWLEDGE_DIR when set (e.g. a reviewed copy), else ours. */
export const knowledgeDir = (env: NodeJS.ProcessEnv = process.env) =>
  env.KNOWLEDGE_DIR?.trim() || DEFAULT_KNOWLEDGE_DIR;

export interface KnowledgeBase {
  sources: ReadonlyMap<string, Source>;
  roles: readonly Role[];
  comparisons: readonly Comparison[];
  topics: readonly Topic[];
}

export interface Problem {
  file: string;
  path: string;
  message: string;
}

/** Every problem found in the knowledge base, so an editor can fix them all in one pass. */
export class KnowledgeError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The knowledge base has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}${p.path ? ` at ${p.path}` : ''}: ${p.message}`).join('\n'),
    );
    this.name = 'KnowledgeError';
  }
}

const formatPath = (path: readonly PropertyKey[]) =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

/** Loads and validates `dir`; throws KnowledgeError naming each file, path and problem. */
export function loadKnowledge(dir: string = knowledgeDir()): KnowledgeBase {
  const problems: Problem[] = [];
  const display = (file: string) => relative(process.cwd(), file) || file;

  function readYaml<T>(file: string, schema: z.ZodType<T>): T | undefined {
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (err) {
      problems.push({ file: display(file), path: '', message: `cannot read: ${(err as Error).message}` });
      return undefined;
    }
    const doc = parseDocument(raw);
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const at = e.linePos?.[0];
        problems.push({
          file: display(file),
          path: at ? `line ${at.line}, column ${at.col}` : '',
          message: `invalid YAML: ${e.message.split('\n')[0]}`,
        });
      }
      return undefined;
    }
    const parsed = schema.safeParse(doc.toJS());
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ file: display(file), path: formatPath(issue.path), message: issue.message });
      }
      return undefined;
    }
    return parsed.data;
  }

  function readFolder<T extends { id: string }>(name: string, schema: z.ZodType<T>): Array<[string, T]> {
    const folder = join(dir, name);
    let files: string[];
    try {
      files = readdirSync(folder).filter((f) => /\.ya?ml$/.test(f));
    } catch {
      problems.push({ file: display(folder), path: '', message: 'folder is missing' });
      return [];
    }
    const out: Array<[string, T]> = [];
    for (const f of files.sort()) {
      const file = join(folder, f);
      const entry = readYaml(file, schema);
      if (!entry) continue;
      if (basename(f).replace(/\.ya?ml$/, '') !== entry.id) {
        problems.push({
          file: display(file),
          path: 'id',
          message: `id "${entry.id}" must match the file name`,
        });
      }
      out.push([display(file), entry]);
    }
    return out;
  }

  const sourceList = readYaml(join(dir, 'sources.yml'), SourcesFileSchema) ?? [];
  const roles = readFolder('roles', RoleSchema);
  const comparisons = readFolder('comparisons', ComparisonSchema);
  const topics = readFolder('topics', TopicSchema);

  const sources = new Map(sourceList.map((s) => [s.id, s]));
  const roleIds = new Set(roles.map(([, r]) => r.id));
  checkReferences(problems, sources, roleIds, roles, comparisons, topics);
  checkAliases(problems, roles);
  checkUniqueness(
    problems,
    display(join(dir, 'sources.yml')),
    sourceList.map((s) => s.id),
    comparisons,
  );

  if (problems.length > 0) throw new KnowledgeError(problems);
  return {
    sources,
    roles: roles.map(([, r]) => r),
    comparisons: comparisons.map(([, c]) => c),
    topics: topics.map(([, t]) => t),
  };
}

function checkReferences(
  problems: Problem[],
  sources: ReadonlyMap<string, Source>,
  roleIds: ReadonlySet<string>,
  roles: Array<[string, Role]>,
  comparisons: Array<[string, Comparison]>,
  topics: Array<[string, Topic]>,
) {
  const unknownRole = (file: string, path: string, id: string) =>
    problems.push({ file, path, message: `unknown role "${id}" (known: ${[...roleIds].join(', ')})` });

  for (const [file, entry] of [...roles, ...comparisons, ...topics]) {
    for (const [fact, path] of factsIn(entry, '')) {
      for (const [i, id] of fact.sources.entries()) {
        if (!sources.has(id)) {
          problems.push({ file, path: `${path}.sources[${i}]`, message: `unknown source "${id}"` });
        }
      }
      for (const [i, id] of (fact.roles ?? []).entries()) {
        if (!roleIds.has(id)) unknownRole(file, `${path}.roles[${i}]`, id);
      }
    }
  }
  for (const [file, c] of comparisons) {
    for (const [i, id] of c.roles.entries()) if (!roleIds.has(id)) unknownRole(file, `roles[${i}]`, id);
    for (const [i, d] of c.dimensions.entries()) {
      for (const side of Object.keys(d.sides)) {
        if (!c.roles.includes(side)) {
          problems.push({
            file,
            path: `dimensions[${i}].sides.${side}`,
            message: `"${side}" is not one of the compared roles (${c.roles.join(', ')})`,
          });
        }
      }
    }
  }
  for (const [file, t] of topics) {
    for (const [i, id] of (t.roles ?? []).entries())
      if (!roleIds.has(id)) unknownRole(file, `roles[${i}]`, id);
    for (const [i, id] of (t.ladder ?? []).entries())
      if (!roleIds.has(id)) unknownRole(file, `ladder[${i}]`, id);
  }
}

/**
 * A name may belong to one role only, compared the way the matcher compares names ("VP of Sales" and
 * "vp sales" are the same name to it), or questions could not tell the roles apart.
 */
function checkAliases(problems: Problem[], roles: Array<[string, Role]>) {
  const owner = new Map<string, string>();
  for (const [file, role] of roles) {
    const names: Array<[string, string]> = [
      ['name', role.name],
      ...(role.abbreviation ? [['abbreviation', role.abbreviation] as [string, string]] : []),
      ...role.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a]),
    ];
    for (const [path, name] of names) {
      const key = content(tokenize(name)).join(' ');
      const other = owner.get(key);
      if (!key) {
        problems.push({ file, path, message: `"${name}" has no words a question could match` });
      } else if (other && other !== role.id) {
        problems.push({ file, path, message: `"${name}" is already a name of role "${other}"` });
      } else {
        owner.set(key, role.id);
      }
    }
  }
}

/** Source ids are unique, and each pair of roles has one comparison, of two different roles. */
function checkUniqueness(
  problems: Problem[],
  sourcesFile: string,
  sourceIds: readonly string[],
  comparisons: Array<[string, Comparison]>,
) {
  for (const [i, id] of sourceIds.entries()) {
    if (sourceIds.indexOf(id) !== i)
      problems.push({ file: sourcesFile, path: `[${i}].id`, message: `duplicate source id "${id}"` });
  }
  const pairs = new Map<string, string>();
  for (const [file, c] of comparisons) {
    const [a, b] = c.roles;
    if (a === b) problems.push({ file, path: 'roles', message: `compares "${a}" with itself` });
    const key = [a, b].sort().join(' ');
    const first = pairs.get(key);
    if (first) problems.push({ file, path: 'roles', message: `${first} already compares ${a} and ${b}` });
    else pairs.set(key, file);
  }
}
