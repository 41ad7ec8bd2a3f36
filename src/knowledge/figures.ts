import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  DEFAULT_KNOWLEDGE_DIR,
  type KnowledgeBase,
  type KnowledgeCheck,
  type Problem,
  parsePath,
} from './load.js';
import { factsIn } from './walk.js';

/** Where the source documents are: SEEDS_DIR when set, else `../shared/seeds` beside the repository. */
export const seedsDir = (env: NodeJS.ProcessEnv = process.env) =>
  env.SEEDS_DIR?.trim() || resolve(DEFAULT_KNOWLEDGE_DIR, '../../shared/seeds');

/**
 * A figure: an amount, percentage or count written in digits ($178,514, $315K, 40%, 2020). "B2B" is
 * a word, not a figure, hence the guard against a letter before the digits.
 */
const FIGURE = /(?<![\p{L}\d])(?:[$€])?\d(?:[\d.,]*\d)?(?:\s?(?:%|[KkMB](?!\p{L})))?/gu;

/** One spelling per value: thousands separators differ between English ($178,514) and Italian (178.514). */
const key = (figure: string) => figure.replace(/[\s.,$€]/g, '').toUpperCase();

export const figuresIn = (text: string) => [...text.matchAll(FIGURE)].map((m) => m[0]);

export interface SourceCheck {
  problems: Problem[];
  /** Said when the documents are not at hand, so figures could not be checked. */
  note?: string;
}

/**
 * Every figure in a fact's text must appear in a document the fact cites, and every source's file
 * must exist. Runs only when the documents are at hand (a deployed bot may not ship them).
 */
export function checkAgainstSources(
  kb: KnowledgeBase,
  locate: KnowledgeCheck['locate'],
  dir: string = seedsDir(),
): SourceCheck {
  if (!existsSync(dir)) {
    return { problems: [], note: `Source documents not found in ${dir}: figures not checked against them.` };
  }
  const problems: Problem[] = [];
  const figures = new Map<string, Set<string>>();
  for (const source of kb.sources.values()) {
    const file = join(dir, source.file);
    if (!existsSync(file)) {
      problems.push({ ...locate(source, ['file']), message: `file "${source.file}" is not in ${dir}` });
      continue;
    }
    figures.set(source.id, new Set(figuresIn(readFileSync(file, 'utf8')).map(key)));
  }
  for (const entry of [...kb.roles, ...kb.comparisons, ...kb.topics]) {
    for (const [fact, at] of factsIn(entry, '')) {
      const cited = fact.sources.filter((id) => figures.has(id));
      // A cited document that is missing is reported above; nothing to compare against.
      if (cited.length < fact.sources.length) continue;
      for (const [field, text] of Object.entries(fact)) {
        if (field.startsWith('label') || typeof text !== 'string') continue;
        for (const figure of figuresIn(text)) {
          if (cited.some((id) => figures.get(id)?.has(key(figure)))) continue;
          problems.push({
            ...locate(entry, [...parsePath(at), field]),
            message: `${figure} is not in ${cited.length === 1 ? 'the source' : 'any source'} it cites (${fact.sources.join(', ')})`,
          });
        }
      }
    }
  }
  return { problems };
}
