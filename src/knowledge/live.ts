import { type FSWatcher, watch } from 'node:fs';
import { join } from 'node:path';
import { type KnowledgeBase, KnowledgeError, loadKnowledge } from './load.js';

/** Where reloads are reported: the Slack app's logger, or the terminal in local mode. */
export interface ReloadLog {
  info(message: string): void;
  error(message: string): void;
}

export interface LiveKnowledge<T> {
  /** What is being served now (the knowledge base and whatever was built from it). */
  current(): T;
  /** Loads the folder again and switches to it if it is valid; else keeps the current one. */
  reload(reason: string): boolean;
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
 * Throws KnowledgeError at creation if there is no valid knowledge base to start with.
 */
export function liveKnowledge<T>(options: {
  dir: string;
  build: (kb: KnowledgeBase) => T;
  log: ReloadLog;
  debounceMs?: number;
}): LiveKnowledge<T> {
  const { dir, build, log, debounceMs = RELOAD_DEBOUNCE_MS } = options;
  let served = build(loadKnowledge(dir));
  const watchers: FSWatcher[] = [];
  let timer: NodeJS.Timeout | undefined;

  const reload = (reason: string): boolean => {
    const started = performance.now();
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
            timer = setTimeout(() => reload(`${changed} changed`), debounceMs);
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
