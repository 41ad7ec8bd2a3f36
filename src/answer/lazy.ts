import type { Answerer } from './index.js';

/** An answerer built on its first question or on `warm()`, whichever comes first, and only once. */
export interface LazyAnswerer {
  answer: Answerer;
  warm(): void;
}

/**
 * Building the engine's indexes takes tens of milliseconds, which a start need not wait for: the app
 * says it is ready once it listens, then warms the engine at once; a question that comes first waits
 * for the build itself. A build that throws is tried again by the next call (and the app ends its
 * start on the first failure, see main.ts).
 */
export function lazyAnswerer(build: () => Answerer): LazyAnswerer {
  let built: Answerer | undefined;
  const get = () => {
    built ??= build();
    return built;
  };
  return {
    answer: (question, previous) => get()(question, previous),
    warm: () => {
      get();
    },
  };
}
