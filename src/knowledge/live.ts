import { type FSWatcher, watch } from 'node:fs';
import { join } from 'node:path';
import { type KnowledgeBase, KnowledgeError } from './base.js';
import { loadForStart } from './snapshot.js';

/** Where reloads are reported: the Slack app's logger, or the terminal in local mode. */
export interface ReloadLog {
  info(message: string): void;
  error(message: string): void;
}

export interface LiveKnowledge<T> {
  /** What is being served now (the knowledge base and whatever was built from it). */
  current(): T;
  /** Where the knowledge base served since the start came from: the build's snapshot, or the YAML. */
  readonly startedFrom: 'snapshot' | 'yaml';
  /** Loads the folder again and switches to it if it is valid; else keeps the current one. */
  reload(reason: string): Promise<boolean>;
  /** Reloads when a knowledge file changes (debounced: one reload per burst of saves). */
  watch(): void;
  stop(): void;
}

/** Editors save in bursts (write, rename, chmod): wait for the burst to end before reloading. */
export const RELOAD_DEBOUNCE_MS = 150;

/**
 * Holds the knowledge base the bot serves and swaps it for a newly loaded one when the files change
 * or on request (SIGHUP), without a restart. What is built from it (`build`: the answerer, the Home
 * view) is swapped in one step. A knowledge base that fails to load is never served: the old one
 * stays and the problems are logged. Answers already being written keep the one they started with.
 * Rejects with KnowledgeError at creation if there is no valid knowledge base to start with.
 *
 * The first knowledge base is the build's `snapshot` when the folder still hashes as it did then
 * (see snapshot.ts), else the folder loaded and validated. A reload always loads and validates the
 * folder, importing the YAML parser and zod the first time it is needed.
 */
export async function liveKnowledge<T>(options: {
  dir: string;
  build: (kb: KnowledgeBase) => T;
  log: ReloadLog;
  debounceMs?: number;
  /** The build's snapshot (dist/knowledge.json); none: always load the YAML. */
  snapshot?: string | URL;
}): Promise<LiveKnowledge<T>> {
  const { dir, build, log, debounceMs = RELOAD_DEBOUNCE_MS } = options;
  const start = await loadForStart(dir, options.snapshot);
  let served = build(start.kb);
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;

  const reload = async (reason: string): Promise<boolean> => {
    const started = performance.now();
    const { loadKnowledge } = await import('./load.js');
    let next: T;
    try {
      const kb = loadKnowledge(dir);
      next = build(kb);
      served = next;
      log.info(
        `knowledge reloaded (${reason}): ${kb.roles.length} roles, ${kb.comparisons.length} comparisons, ${kb.topics.length} topics, in ${Math.round(performance.now() - started)} ms`,
      );
      return true;
    } catch (error) {
      if (!(error instanceof KnowledgeError)) throw error;
      log.error(`knowledge not reloaded (${reason}); still serving the previous version. ${error.message}`);
      return false;
    }
  };

  return {
    current: () => served,
    startedFrom: start.from,
    reload,
    watch() {
      if (watchers.length > 0) return;
      // The folder and its entry folders, each watched on its own: Node 20's recursive watch keeps
      // the process alive even when unref'd, which would stop local mode from ending with its input.
      for (const folder of ['', 'roles', 'comparisons', 'topics']) {
        let watcher: FSWatcher;
        try {
          watcher = watch(join(dir, folder), (_event, file) => {
            // Editors' swap and backup files (.sdr.yml.swp, sdr.yml~) are not knowledge.
            if (file && !/\.ya?ml$/.test(file)) return;
            clearTimeout(timer);
            const changed = file ? join(folder, file) : 'a file';
            timer = setTimeout(() => void reload(`${changed} changed`), debounceMs);
          });
        } catch (error) {
          log.error(`cannot watch ${join(dir, folder)}: ${(error as Error).message}; SIGHUP still reloads`);
          continue;
        }
        // A failing watch (the folder removed) must not stop the bot; SIGHUP still reloads.
        watcher.on('error', (error) => log.error(`knowledge watch stopped: ${error.message}`));
        watcher.unref();
        watchers.push(watcher);
      }
    },
    stop() {
      clearTimeout(timer);
      for (const w of watchers.splice(0)) w.close();
    },
  };
}
