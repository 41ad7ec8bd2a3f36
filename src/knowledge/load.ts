import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
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
export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): KnowledgeBase {
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

/** An alias may name one role only, or the matcher could not tell them apart. */
function checkAliases(problems: Problem[], roles: Array<[string, Role]>) {
  const owner = new Map<string, string>();
  for (const [file, role] of roles) {
    const names: Array<[string, string]> = [
      ['name', role.name],
      ...(role.abbreviation ? [['abbreviation', role.abbreviation] as [string, string]] : []),
      ...role.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a]),
    ];
    for (const [path, name] of names) {
      const key = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').trim();
      const other = owner.get(key);
      if (other && other !== role.id) {
        problems.push({
          file,
          path,
          message: `"${name}" is already a name of role "${other}"`,
        });
      } else {
        owner.set(key, role.id);
      }
    }
  }
}
