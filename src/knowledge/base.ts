/**
 * The knowledge base as served, where it is read from, and the error that names what is wrong with
 * it. Light on purpose (no YAML parser, no zod): a start from the build's snapshot needs only this.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Comparison, FacetWords, OtherMeanings, Role, Source, Topic } from './schema.js';

/**
 * `knowledge/` of the project this code belongs to: the nearest folder above it with a package.json.
 * Found by walking up rather than by a fixed `../..`, so it holds for the sources, the compiled files
 * and a bundle alike.
 */
function projectKnowledgeDir(from: string): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return join(dir, 'knowledge');
    if (dirname(dir) === dir) return join(dirname(from), '..', '..', 'knowledge');
  }
}

export const DEFAULT_KNOWLEDGE_DIR = projectKnowledgeDir(fileURLToPath(import.meta.url));

/** The folder every entry point loads: KNOWLEDGE_DIR when set (e.g. a reviewed copy), else ours. */
export const knowledgeDir = (env: NodeJS.ProcessEnv = process.env) =>
  env.KNOWLEDGE_DIR?.trim() || DEFAULT_KNOWLEDGE_DIR;

export interface KnowledgeBase {
  sources: ReadonlyMap<string, Source>;
  roles: readonly Role[];
  comparisons: readonly Comparison[];
  topics: readonly Topic[];
  /** Other meanings of our abbreviations and the words that signal them (other-meanings.yml). */
  otherMeanings: readonly OtherMeanings[];
  /** Words that never change what a question asks (neutral-words.yml). */
  neutralWords: ReadonlySet<string>;
  /** How people ask for each facet (facet-words.yml). */
  facetWords: FacetWords;
  /** Groups of words that mean the same when finding a fact (related-words.yml), lower case. */
  relatedWords: ReadonlyArray<readonly string[]>;
}

/** One mistake, where an editor finds it: file, line and column, and the path inside the file. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** e.g. `facets.compensation[0].sources[1]`; empty for the file as a whole. */
  path: string;
  message: string;
}

export const formatProblem = (p: Problem) =>
  `${p.file}:${p.line}:${p.column}: ${p.message}${p.path ? ` (at ${p.path})` : ''}`;

/** Every problem found in the knowledge base, so an editor can fix them all in one pass. */
export class KnowledgeError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The knowledge base has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'KnowledgeError';
  }
}
