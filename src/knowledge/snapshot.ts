/**
 * The knowledge base as the build validated it, so a start does not parse and validate the YAML
 * again. `npm run build` writes it (dist/knowledge.json) with a hash of the files it came from; a
 * start serves it only while the folder still hashes the same. Any edit since (a knowledge owner's,
 * a `git pull`) changes the hash, and the start loads and validates the YAML as before, so an edit
 * is never ignored and a broken file still gets its message. No YAML parser or zod here.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from './base.js';

/** Bump when the snapshot's layout or what the loader puts in a knowledge base changes. */
const FORMAT = 1;

/** The folders the loader reads entries from, beside the files at the top. */
const FOLDERS = ['', 'roles', 'comparisons', 'topics'];

/**
 * A hash of every YAML file the loader could read in `dir` (names and contents), or undefined when
 * the folder cannot be read. A file added, removed, renamed or edited changes it.
 */
export function knowledgeHash(dir: string): string | undefined {
  const hash = createHash('sha256').update(`role-bot knowledge ${FORMAT}\n`);
  try {
    for (const folder of FOLDERS) {
      const names = readdirSync(join(dir, folder))
        .filter((f) => /\.ya?ml$/.test(f))
        .sort();
      for (const name of names) {
        const file = join(folder, name);
        const text = readFileSync(join(dir, file));
        hash.update(`${file}\0${text.length}\0`).update(text).update('\0');
      }
    }
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

interface SnapshotFile {
  format: number;
  hash: string;
  kb: Omit<KnowledgeBase, 'sources' | 'neutralWords'> & {
    sources: Array<[string, unknown]>;
    neutralWords: string[];
  };
}

/** Writes `kb`, loaded and validated from `dir`, with the hash of `dir`. */
export function writeSnapshot(file: string, dir: string, kb: KnowledgeBase): void {
  const hash = knowledgeHash(dir);
  if (!hash) throw new Error(`cannot read ${dir}`);
  const snapshot: SnapshotFile = {
    format: FORMAT,
    hash,
    kb: { ...kb, sources: [...kb.sources], neutralWords: [...kb.neutralWords] },
  };
  writeFileSync(file, JSON.stringify(snapshot));
}

/** Removes a snapshot that no longer stands for a valid knowledge base. */
export const removeSnapshot = (file: string) => rmSync(file, { force: true });

/**
 * The knowledge base in `file` when it was made from exactly what `dir` holds now; undefined when
 * there is no snapshot, it is of another format, or any file changed since.
 */
export function readSnapshot(file: string | URL, dir: string): KnowledgeBase | undefined {
  let snapshot: SnapshotFile;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as SnapshotFile;
  } catch {
    return undefined;
  }
  if (snapshot.format !== FORMAT || snapshot.hash !== knowledgeHash(dir)) return undefined;
  const { kb } = snapshot;
  return {
    ...kb,
    sources: new Map(kb.sources) as KnowledgeBase['sources'],
    neutralWords: new Set(kb.neutralWords),
  };
}

/**
 * The knowledge base to start with: the snapshot when it matches `dir`, else `dir` loaded and
 * validated (throws KnowledgeError naming each problem). The full loader, with the YAML parser and
 * zod, is imported only then.
 */
export async function loadForStart(
  dir: string,
  snapshot: string | URL | undefined,
): Promise<{ kb: KnowledgeBase; from: 'snapshot' | 'yaml' }> {
  const kb = snapshot ? readSnapshot(snapshot, dir) : undefined;
  if (kb) return { kb, from: 'snapshot' };
  const { loadKnowledge } = await import('./load.js');
  return { kb: loadKnowledge(dir), from: 'yaml' };
}
