import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { z } from 'zod';
// The matcher's own normalisation, so the uniqueness check sees names as questions will.
import { tokenize } from '../answer/normalise.js';
import { content } from '../answer/phrases.js';
import { type KnowledgeBase, KnowledgeError, knowledgeDir, type Problem } from './base.js';
import { type PathKey, parseYamlFile, type YamlFile } from './positions.js';
import {
  type Comparison,
  FACETS,
  type FacetKey,
  type FacetWords,
  type OtherMeanings,
  type Role,
  type Source,
  type Topic,
} from './schema.js';
import { describeIssues } from './schema-issues.js';
import {
  ComparisonSchema,
  FacetWordsFileSchema,
  NeutralWordsFileSchema,
  OtherMeaningsFileSchema,
  RelatedWordsFileSchema,
  RoleSchema,
  SourceSchema,
  SourcesFileSchema,
  TopicSchema,
} from './validators.js';
import { factsIn } from './walk.js';

export {
  DEFAULT_KNOWLEDGE_DIR,
  formatProblem,
  type KnowledgeBase,
  KnowledgeError,
  knowledgeDir,
  type Problem,
} from './base.js';

export const formatPath = (path: readonly PathKey[]) =>
  path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );

/** `facets.daily[2].sources[0]` -> ['facets', 'daily', 2, 'sources', 0] */
export const parsePath = (path: string): PathKey[] =>
  [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) =>
    m[2] !== undefined ? Number(m[2]) : (m[1] as string),
  );

/** The outcome of checking a folder: the knowledge base when it is sound, and every problem found. */
export interface KnowledgeCheck {
  kb?: KnowledgeBase;
  problems: Problem[];
  /** Where a value of a loaded entry (a role, comparison, topic or source) is written. */
  locate(entry: object, path?: readonly PathKey[], key?: boolean): Omit<Problem, 'message'>;
}

interface Origin {
  file: string;
  yaml?: YamlFile;
  /** The entry's own path inside the file ([3] for the fourth source). */
  base: PathKey[];
  mtimeMs: number;
}

/** Loads and validates `dir`; throws KnowledgeError naming each file, line and problem. */
export function loadKnowledge(dir: string = knowledgeDir()): KnowledgeBase {
  const { kb, problems } = checkKnowledge(dir);
  if (!kb || problems.length > 0) throw new KnowledgeError(problems);
  return kb;
}

/**
 * Validates `dir` and reports root causes only: a file that fails to load is reported once, and the
 * references to what it defines (its role id, the sources in a broken sources.yml) are not reported
 * again as unknown everywhere else.
 */
export function checkKnowledge(dir: string = knowledgeDir()): KnowledgeCheck {
  const problems: Problem[] = [];
  const origins = new WeakMap<object, Origin>();
  const display = (file: string) => relative(process.cwd(), file) || file;

  const locate = (entry: object, path: readonly PathKey[] = [], key = false) => {
    const origin = origins.get(entry);
    if (!origin) return { file: '', line: 1, column: 1, path: formatPath(path) };
    const full = [...origin.base, ...path];
    return {
      file: origin.file,
      ...(origin.yaml?.at(full, key) ?? { line: 1, column: 1 }),
      path: formatPath(full),
    };
  };
  const report = (entry: object, path: readonly PathKey[], message: string, key = false) =>
    problems.push({ ...locate(entry, path, key), message });

  /** Parses a file; problems are reported and `undefined` returned when it is not YAML. */
  function readYaml(file: string): Origin | undefined {
    let raw: string;
    let mtimeMs = 0;
    try {
      raw = readFileSync(file, 'utf8');
      mtimeMs = statSync(file).mtimeMs;
    } catch (err) {
      problems.push({
        file: display(file),
        line: 1,
        column: 1,
        path: '',
        message: `cannot read: ${(err as Error).message}`,
      });
      return undefined;
    }
    const yaml = parseYamlFile(raw);
    // One slip often confuses the parser for the rest of the file: the first error is the cause.
    const first = yaml.doc.errors[0];
    if (first) {
      const at = first.linePos?.[0];
      problems.push({
        file: display(file),
        line: at?.line ?? 1,
        column: at?.col ?? 1,
        path: '',
        message: `invalid YAML: ${first.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '')}${INDENT_ERRORS.has(first.code) ? ' (check the indentation of this line against the lines above it)' : ''}`,
      });
      return undefined;
    }
    return { file: display(file), yaml, base: [], mtimeMs };
  }

  function validate<T>(origin: Origin, value: unknown, schema: z.ZodType<T>): T | undefined {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of describeIssues(parsed.error.issues, schema)) {
      const full = [...origin.base, ...issue.path];
      problems.push({
        file: origin.file,
        ...(origin.yaml?.at(full, issue.key) ?? { line: 1, column: 1 }),
        path: formatPath(full),
        message: issue.message,
      });
    }
    return undefined;
  }

  /** Ids defined by files that failed to load: references to them are not reported again. */
  const unloaded = { roles: new Set<string>(), sources: new Set<string>(), allSources: false };

  function readFolder<T extends { id: string }>(
    name: 'roles' | 'comparisons' | 'topics',
    schema: z.ZodType<T>,
  ): Array<[string, T]> {
    const folder = join(dir, name);
    let files: string[];
    try {
      files = readdirSync(folder).filter((f) => /\.ya?ml$/.test(f));
    } catch {
      problems.push({ file: display(folder), line: 1, column: 1, path: '', message: 'folder is missing' });
      return [];
    }
    const out: Array<[string, T]> = [];
    const byId = new Map<string, T>();
    for (const f of files.sort()) {
      const file = join(folder, f);
      const stem = basename(f).replace(/\.ya?ml$/, '');
      const origin = readYaml(file);
      const raw: unknown = origin?.yaml?.doc.toJS();
      const rawId = raw && typeof raw === 'object' && 'id' in raw ? String(raw.id) : undefined;
      // `id` may be left out: the file name is the id.
      const value =
        raw && typeof raw === 'object' && !Array.isArray(raw) && !rawId ? { id: stem, ...raw } : raw;
      const entry = origin && validate(origin, value, schema);
      if (!origin || !entry) {
        if (name === 'roles') for (const id of [stem, rawId]) if (id) unloaded.roles.add(id);
        continue;
      }
      origins.set(entry, origin);
      if (entry.id !== stem) {
        report(entry, ['id'], `id "${entry.id}" must match the file name (${stem}), or be left out`);
        if (name === 'roles') for (const id of [stem, entry.id]) unloaded.roles.add(id);
        continue;
      }
      const first = byId.get(entry.id);
      if (first) {
        const [older, newer] = ordered(first, entry);
        const where = locate(older);
        report(
          newer,
          rawId ? ['id'] : [],
          `duplicate id "${entry.id}": ${where.file} defines it too (one file per id)`,
        );
        byId.set(entry.id, older);
        const keep = out.findIndex(([, e]) => e === first);
        out[keep] = [locate(older).file, older];
        continue;
      }
      byId.set(entry.id, entry);
      out.push([origin.file, entry]);
    }
    return out;
  }

  /**
   * Two entries in the order they were last edited, the newer one being the likely slip (a copy, a
   * fresh edit). Timestamps can tie: then a `.yaml` file (ours are `.yml`), then the later in order.
   */
  const ordered = <T extends object>(a: T, b: T): [T, T] => {
    const [ta, tb] = [origins.get(a)?.mtimeMs ?? 0, origins.get(b)?.mtimeMs ?? 0];
    if (ta !== tb) return ta > tb ? [b, a] : [a, b];
    return origins.get(a)?.file.endsWith('.yaml') && !origins.get(b)?.file.endsWith('.yaml')
      ? [b, a]
      : [a, b];
  };

  const sourceList = readSources(join(dir, 'sources.yml'));
  const roles = readFolder('roles', RoleSchema);
  const comparisons = readFolder('comparisons', ComparisonSchema);
  const topics = readFolder('topics', TopicSchema);

  function readSources(file: string): Source[] {
    const origin = readYaml(file);
    if (!origin) {
      unloaded.allSources = true;
      return [];
    }
    const raw: unknown = origin.yaml?.doc.toJS();
    if (!Array.isArray(raw)) {
      validate(origin, raw, SourcesFileSchema);
      unloaded.allSources = true;
      return [];
    }
    // Each source on its own, so one bad entry does not make every citation of the others unknown.
    const out: Source[] = [];
    for (const [i, item] of raw.entries()) {
      const source = validate({ ...origin, base: [i] }, item, SourceSchema);
      if (source) {
        origins.set(source, { ...origin, base: [i] });
        out.push(source);
      } else if (item && typeof item === 'object' && 'id' in item) {
        unloaded.sources.add(String(item.id));
      }
    }
    if (raw.length === 0) validate(origin, raw, SourcesFileSchema);
    return out;
  }

  /** An optional list file: absent means empty; a broken one is reported like any other file. */
  function readList<T>(name: string, schema: z.ZodType<T[]>): T[] {
    const file = join(dir, name);
    if (!existsSync(file)) return [];
    const origin = readYaml(file);
    const list = origin && validate(origin, origin.yaml?.doc.toJS() ?? [], schema);
    if (!origin || !list) return [];
    origins.set(list, origin);
    return list;
  }
  const otherMeanings = readList('other-meanings.yml', OtherMeaningsFileSchema);
  const neutralWords = readList('neutral-words.yml', NeutralWordsFileSchema);
  const facetWords = readFacetWords(join(dir, 'facet-words.yml'));
  const relatedWords = readList('related-words.yml', RelatedWordsFileSchema);

  /** Required: without it no question could name a facet. */
  function readFacetWords(file: string): FacetWords | undefined {
    const origin = readYaml(file);
    const words = origin && validate(origin, origin.yaml?.doc.toJS() ?? {}, FacetWordsFileSchema);
    if (!origin || !words) return undefined;
    origins.set(words, origin);
    return words;
  }

  const sources = new Map(sourceList.map((s) => [s.id, s]));
  // A duplicated source id usually replaced another one by mistake: its citations are not the cause.
  if (sources.size < sourceList.length) unloaded.allSources = true;
  const roleIds = new Set(roles.map(([, r]) => r.id));
  checkReferences(report, sources, roleIds, unloaded, roles, comparisons, topics);
  checkAliases(report, locate, ordered, roles);
  checkUniqueness(report, sourceList, locate, comparisons);
  checkOtherMeanings(report, otherMeanings, roles, unloaded.roles);
  checkNeutralWords(report, neutralWords, roles, topics);
  if (facetWords) checkFacetWords(report, facetWords, roles);
  checkRelatedWords(report, relatedWords);

  return {
    kb:
      problems.length > 0 || !facetWords
        ? undefined
        : {
            sources,
            roles: roles.map(([, r]) => r),
            comparisons: comparisons.map(([, c]) => c),
            topics: topics.map(([, t]) => t),
            otherMeanings,
            neutralWords: new Set(neutralWords.map((w) => content(tokenize(w)).join(' '))),
            facetWords,
            relatedWords: relatedWords.map((g) => g.map((w) => content(tokenize(w)).join(' '))),
          },
    problems,
    locate,
  };
}

/** Parser errors that almost always mean a line indented one step too far or too short. */
const INDENT_ERRORS = new Set([
  'BAD_INDENT',
  'BLOCK_AS_IMPLICIT_KEY',
  'MULTILINE_IMPLICIT_KEY',
  'MISSING_CHAR',
]);

type Report = (entry: object, path: readonly PathKey[], message: string, key?: boolean) => void;
type Locate = KnowledgeCheck['locate'];

function checkReferences(
  report: Report,
  sources: ReadonlyMap<string, Source>,
  roleIds: ReadonlySet<string>,
  unloaded: { roles: ReadonlySet<string>; sources: ReadonlySet<string>; allSources: boolean },
  roles: Array<[string, Role]>,
  comparisons: Array<[string, Comparison]>,
  topics: Array<[string, Topic]>,
) {
  const knownRole = (id: string) => roleIds.has(id) || unloaded.roles.has(id);
  const knownSource = (id: string) => sources.has(id) || unloaded.sources.has(id) || unloaded.allSources;
  const unknownRole = (entry: object, path: PathKey[], id: string) =>
    report(entry, path, `unknown role "${id}" (known: ${[...roleIds].join(', ')})`);

  for (const [, entry] of [...roles, ...comparisons, ...topics]) {
    for (const [fact, at] of factsIn(entry, '')) {
      const path = parsePath(at);
      for (const [i, id] of fact.sources.entries()) {
        if (!knownSource(id)) report(entry, [...path, 'sources', i], `unknown source "${id}"`);
      }
      for (const [i, id] of (fact.roles ?? []).entries()) {
        if (!knownRole(id)) unknownRole(entry, [...path, 'roles', i], id);
      }
      if (fact.favours && !knownRole(fact.favours)) unknownRole(entry, [...path, 'favours'], fact.favours);
    }
  }
  for (const [, c] of comparisons) {
    for (const [i, id] of c.roles.entries()) if (!knownRole(id)) unknownRole(c, ['roles', i], id);
    for (const [i, d] of c.dimensions.entries()) {
      for (const side of Object.keys(d.sides)) {
        if (!c.roles.includes(side)) {
          report(
            c,
            ['dimensions', i, 'sides', side],
            `"${side}" is not one of the compared roles (${c.roles.join(', ')})`,
            true,
          );
        }
      }
    }
  }
  for (const [, t] of topics) {
    for (const [i, id] of (t.roles ?? []).entries()) if (!knownRole(id)) unknownRole(t, ['roles', i], id);
  }
}

/**
 * A name may belong to one role only, compared the way the matcher compares names ("VP of Sales" and
 * "vp sales" are the same name to it), or questions could not tell the roles apart. A clash is
 * reported once, on the file edited last, naming the other file and line.
 */
function checkAliases(
  report: Report,
  locate: Locate,
  ordered: <T extends object>(a: T, b: T) => [T, T],
  roles: Array<[string, Role]>,
) {
  const owner = new Map<string, { role: Role; path: PathKey[] }>();
  // One name can clash with several spellings of another role's names: one report per name.
  const reported = new Set<string>();
  for (const [, role] of roles) {
    const names: Array<[PathKey[], string]> = [
      [['name'], role.name],
      ...(role.abbreviation ? [[['abbreviation'], role.abbreviation] as [PathKey[], string]] : []),
      ...role.aliases.map((a, i): [PathKey[], string] => [['aliases', i], a]),
    ];
    for (const [path, name] of names) {
      const key = content(tokenize(name)).join(' ');
      const other = owner.get(key);
      if (!key) {
        report(role, path, `"${name}" has no words a question could match`);
      } else if (other && other.role.id !== role.id) {
        // The culprit: an alias rather than a role's own name, else the file edited last.
        const aliasOnly = (p: PathKey[]) => p[0] === 'aliases';
        const mineIsCulprit =
          aliasOnly(path) !== aliasOnly(other.path) ? aliasOnly(path) : ordered(other.role, role)[1] === role;
        const [culprit, owned] = mineIsCulprit ? [{ role, path }, other] : [other, { role, path }];
        const at = locate(owned.role, owned.path);
        const id = `${culprit.role.id} ${formatPath(culprit.path)}`;
        if (reported.has(id)) continue;
        reported.add(id);
        report(
          culprit.role,
          culprit.path,
          `"${nameAt(culprit.role, culprit.path)}" is already a name of role "${owned.role.id}" (${at.file}:${at.line}:${at.column})`,
        );
      } else {
        owner.set(key, { role, path });
      }
    }
  }
}

const nameAt = (role: Role, path: PathKey[]) =>
  path[0] === 'aliases'
    ? (role.aliases[Number(path[1])] ?? '')
    : path[0] === 'name'
      ? role.name
      : (role.abbreviation ?? '');

/** Source ids are unique, and each pair of roles has one comparison, of two different roles. */
function checkUniqueness(
  report: Report,
  sourceList: readonly Source[],
  locate: Locate,
  comparisons: Array<[string, Comparison]>,
) {
  const firstSource = new Map<string, Source>();
  for (const source of sourceList) {
    const first = firstSource.get(source.id);
    if (!first) firstSource.set(source.id, source);
    else report(source, ['id'], `duplicate source id "${source.id}" (first at line ${locate(first).line})`);
  }
  const pairs = new Map<string, Comparison>();
  for (const [, c] of comparisons) {
    const [a, b] = c.roles;
    if (a === b) report(c, ['roles'], `compares "${a}" with itself`);
    const key = [a, b].sort().join(' ');
    const first = pairs.get(key);
    if (first) report(c, ['roles'], `${locate(first).file} already compares ${a} and ${b}`);
    else pairs.set(key, c);
  }
}

/** Every name of every role, as the matcher sees it, with the role it belongs to. */
function roleNames(roles: Array<[string, Role]>): Map<string, Role> {
  const out = new Map<string, Role>();
  for (const [, role] of roles) {
    for (const name of [role.name, role.abbreviation, ...role.aliases]) {
      if (name) out.set(content(tokenize(name)).join(' '), role);
    }
  }
  return out;
}

/**
 * Each abbreviation is one of its role's names, listed once; a signal has words a question could
 * match, is not one of our role names, and points to one meaning only.
 */
function checkOtherMeanings(
  report: Report,
  entries: readonly OtherMeanings[],
  roles: Array<[string, Role]>,
  unloadedRoles: ReadonlySet<string>,
) {
  const names = roleNames(roles);
  const seen = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    const key = entry.abbreviation.toLowerCase();
    if (seen.has(key)) report(entries, [i, 'abbreviation'], `"${entry.abbreviation}" is listed twice`);
    seen.add(key);
    const role = roles.find(([, r]) => r.id === entry.role)?.[1];
    if (!role && !unloadedRoles.has(entry.role)) {
      const known = roles.map(([, r]) => r.id).join(', ');
      report(entries, [i, 'role'], `unknown role "${entry.role}" (known: ${known})`);
    } else if (role && names.get(key) !== role) {
      report(entries, [i, 'abbreviation'], `"${entry.abbreviation}" is not a name of role "${entry.role}"`);
    }
    const signalOf = new Map<string, string>();
    for (const [j, meaning] of entry.meanings.entries()) {
      for (const [k, signal] of meaning.signals.entries()) {
        const path = [i, 'meanings', j, 'signals', k];
        const words = content(tokenize(signal)).join(' ');
        const other = signalOf.get(words);
        if (!words) report(entries, path, `"${signal}" has no words a question could match`);
        else if (names.has(words))
          report(entries, path, `"${signal}" is a name of role "${names.get(words)?.id}"`);
        else if (other && other !== meaning.name)
          report(entries, path, `"${signal}" already signals ${other}`);
        else signalOf.set(words, meaning.name);
      }
    }
  }
}

/** A neutral word is listed once and is neither a role name nor a topic's one-word keyword. */
function checkNeutralWords(
  report: Report,
  words: readonly string[],
  roles: Array<[string, Role]>,
  topics: Array<[string, Topic]>,
) {
  const names = roleNames(roles);
  const keywords = new Map<string, string>();
  for (const [, t] of topics) for (const k of t.keywords) keywords.set(content(tokenize(k)).join(' '), t.id);
  const seen = new Set<string>();
  for (const [i, word] of words.entries()) {
    const key = content(tokenize(word)).join(' ');
    if (seen.has(key)) report(words, [i], `"${word}" is listed twice`);
    else if (names.has(key)) report(words, [i], `"${word}" is a name of role "${names.get(key)?.id}"`);
    else if (keywords.has(key)) report(words, [i], `"${word}" is a keyword of topic "${keywords.get(key)}"`);
    seen.add(key);
  }
}

/**
 * Each facet phrase has words a question could match, belongs to one facet only and is not one of our
 * role names; each detail is one of its facet's words.
 */
function checkFacetWords(report: Report, file: FacetWords, roles: Array<[string, Role]>) {
  const names = roleNames(roles);
  const owner = new Map<string, FacetKey>();
  for (const facet of FACETS) {
    const { words, details = [] } = file[facet];
    const own = new Set<string>();
    for (const [i, phrase] of words.entries()) {
      const key = content(tokenize(phrase)).join(' ');
      const other = owner.get(key);
      const path = [facet, 'words', i];
      if (!key) report(file, path, `"${phrase}" has no words a question could match`);
      else if (names.has(key)) report(file, path, `"${phrase}" is a name of role "${names.get(key)?.id}"`);
      else if (other === facet) report(file, path, `"${phrase}" is listed twice`);
      else if (other) report(file, path, `"${phrase}" is already a word of facet "${other}"`);
      else owner.set(key, facet);
      own.add(key);
    }
    for (const [i, detail] of details.entries()) {
      if (!own.has(content(tokenize(detail)).join(' ')))
        report(file, [facet, 'details', i], `"${detail}" is not one of the words of facet "${facet}"`);
    }
  }
}

/** A related word belongs to one group only. */
function checkRelatedWords(report: Report, groups: ReadonlyArray<readonly string[]>) {
  const groupOf = new Map<string, number>();
  for (const [i, group] of groups.entries()) {
    for (const [j, word] of group.entries()) {
      const key = content(tokenize(word)).join(' ');
      const other = groupOf.get(key);
      if (other === undefined) groupOf.set(key, i);
      else report(groups, [i, j], `"${word}" is already in another group (${groups[other]?.join(', ')})`);
    }
  }
}
