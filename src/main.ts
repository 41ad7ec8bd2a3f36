/** `npm start`: read the environment, load the knowledge base, then run locally or as the Slack app. */
import { existsSync } from 'node:fs';
import { type Answerer, createAnswerer } from './answer/index.js';
import { type LazyAnswerer, lazyAnswerer } from './answer/lazy.js';
import { memoizeAnswers } from './answer/memo.js';
import {
  type Config,
  ConfigError,
  checkCombination,
  type OAuthConfig,
  type OpsConfig,
  readConfig,
  readOpsConfig,
  readStoreConfig,
  type StoreConfig,
} from './config.js';
import { type KnowledgeBase, KnowledgeError, knowledgeDir } from './knowledge/base.js';
import { type LiveKnowledge, liveKnowledge, type ReloadLog } from './knowledge/live.js';
import { runLocal } from './local.js';
import { buildHomeView, type HomeView } from './render/home-view.js';
import {
  createSlackBot,
  DRAIN_TIMEOUT_MS,
  type SlackBot,
  type SlackBotOptions,
  StartupError,
} from './slack/app.js';
import { MemoryEventIds } from './slack/dedupe.js';
import { createLogger } from './slack/logger.js';
import { Loop } from './slack/loop.js';
import { MemoryReplayGuard } from './slack/replay-guard.js';
import { SharedSeenOnce } from './slack/seen-once.js';
import { StoreError } from './store/connect.js';
import type { DbInstallationStore } from './store/installations.js';
import { openStore } from './store/open.js';
import { SecretBoxError } from './store/secret-box.js';
import type { Store } from './store/store.js';

const SHUTDOWN_DEADLINE_MS = DRAIN_TIMEOUT_MS + 5_000;

/** Prints a known, readable failure and exits; anything else is a bug and keeps its stack. */
function exitWith(error: unknown): never {
  const known =
    error instanceof ConfigError ||
    error instanceof KnowledgeError ||
    error instanceof StartupError ||
    error instanceof StoreError ||
    error instanceof SecretBoxError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
}

/**
 * `.env` in the working directory, when there is one. Variables already in the environment win, so
 * `SLACK_BOT_TOKEN= npm start` still overrides the file.
 */
function loadDotEnv(): void {
  if (!existsSync('.env')) return;
  try {
    process.loadEnvFile('.env');
  } catch (error) {
    console.error(`Could not read .env: ${(error as Error).message}`);
    process.exit(1);
  }
}

/** Everything built from one knowledge base, swapped together on a reload. */
interface Served {
  kb: KnowledgeBase;
  /** Built on its first question or when warmed (right after the start, or the reload). */
  engine: LazyAnswerer;
  homeView: HomeView;
}
const serve = (kb: KnowledgeBase, answerMemoSize: number): Served => ({
  kb,
  engine: lazyAnswerer(() => memoizeAnswers(createAnswerer(kb), answerMemoSize)),
  homeView: buildHomeView(kb),
});

async function main(): Promise<void> {
  loadDotEnv();
  let config: Config;
  let storeConfig: StoreConfig;
  let ops: OpsConfig;
  let live: LiveKnowledge<Served>;
  // Once the app says it is ready: from then on a reloaded engine is built before it is served.
  let started = false;
  // Reloads are reported on the terminal in local mode, through the app's logger otherwise.
  let reloadLog: ReloadLog = { info: (m) => console.error(m), error: (m) => console.error(m) };
  try {
    config = readConfig(process.env);
    storeConfig = readStoreConfig(process.env);
    ops = readOpsConfig(process.env);
    checkCombination(config, storeConfig);
    live = await liveKnowledge({
      dir: knowledgeDir(),
      // A reload builds the new engine before it is served, so one that fails keeps the old one
      // (live.ts); the first is built just after the ready line, or by the first question in local mode.
      build: (kb) => {
        const served = serve(kb, ops.answerMemoSize);
        if (started) served.engine.warm();
        return served;
      },
      log: { info: (m) => reloadLog.info(m), error: (m) => reloadLog.error(m) },
      // Written by `npm run build` beside this file; served while knowledge/ is unchanged since.
      snapshot: new URL('./knowledge.json', import.meta.url),
    });
  } catch (error) {
    exitWith(error);
  }
  const logger = createLogger(config.logLevel, 'role-bot', { format: ops.logFormat });
  if (config.mode !== 'local') {
    reloadLog = logger;
    logger.debug(
      live.startedFrom === 'snapshot'
        ? 'knowledge: the snapshot written by the build (dist/knowledge.json); the YAML is unchanged since'
        : 'knowledge: loaded and validated from the YAML (no snapshot, or the files changed since the build)',
    );
  }
  // Each question is answered by the knowledge base current when it arrives, start to finish.
  const answer: Answerer = (...args) => live.current().engine.answer(...args);
  live.watch();
  process.on('SIGHUP', () => void live.reload('SIGHUP'));

  if (config.mode === 'local') {
    // Local questions count too (`npm run gaps` shows them); without a usable database it still answers.
    const store = storeConfig.enabled
      ? await openStore(storeConfig, (m) => console.error(`store: ${m}`)).catch((error: unknown) => {
          console.error(`${(error as Error).message}\nQuestions asked here will not be recorded.`);
          return undefined;
        })
      : undefined;
    await runLocal(answer, {
      ...(store ? { onAnswer: (a) => store.recordQuestion({ surface: 'local', answer: a }) } : {}),
    });
    await store?.close();
    return;
  }

  const oauth = 'oauth' in config ? config.oauth : undefined;
  // The database holds what is recorded and what instances share; a shared database (PostgreSQL) or
  // OAuth installs need it even when nothing is recorded.
  const needsDb = storeConfig.enabled || storeConfig.location.kind === 'postgres' || oauth !== undefined;
  let store: Store | undefined;
  let shared: Awaited<ReturnType<typeof sharedState>> = {};
  try {
    store = needsDb ? await openStore(storeConfig, (m) => logger.warn(`store: ${m}`)) : undefined;
    if (store) {
      const several = storeConfig.location.kind === 'postgres';
      shared = await sharedState(store, oauth, several, (m) => logger.warn(m));
    }
  } catch (error) {
    exitWith(error);
  }
  const loop = new Loop({
    store: storeConfig.enabled ? store : undefined,
    expertsChannel: storeConfig.expertsChannel,
    owners: storeConfig.owners,
  });
  const bot = createSlackBot({
    config,
    answer,
    kb: live.current().kb,
    homeView: () => live.current().homeView,
    loop,
    logger,
    ...(ops.healthPort !== undefined ? { healthPort: ops.healthPort } : {}),
    logQuestionText: ops.logQuestionText,
    readiness: {
      knowledge: () => `${live.current().kb.roles.length} roles`,
      database: store,
    },
    ...shared,
  });
  // A failed Web API call inside some promise nobody awaited must not take the whole app down.
  process.on('unhandledRejection', (reason) => bot.logger.error('unhandled promise rejection', reason));
  handleSignals(bot, store);

  try {
    const { port, healthPort } = await bot.start();
    // OAuth: say where installs start and how many workspaces are served, so an empty one is plain.
    const installed = await shared.installations?.count().catch(() => undefined);
    const anyWorkspace = oauth
      ? ` (any workspace: add it at /slack/install; ${installed ?? '?'} installed)`
      : '';
    console.log(
      config.mode === 'http'
        ? `role bot ready: http on port ${port}${anyWorkspace}`
        : `role bot ready: socket mode${healthPort !== undefined ? ` (health and metrics on port ${healthPort})` : ''}`,
    );
    started = true;
    // (The knowledge base is valid: an engine that still fails to build is a bug, and ends the start.)
    setImmediate(() => {
      try {
        live.current().engine.warm();
      } catch (error) {
        exitWith(error);
      }
    });
  } catch (error) {
    exitWith(error);
  }
}

/**
 * What instances on one database share: welcomes and (OAuth) installations always; on PostgreSQL,
 * where there may be several, follow-up context and the event ids and request signatures already taken. Rejects with a SecretBoxError when
 * ENCRYPTION_KEY is not the key the installations were stored with.
 */
async function sharedState(
  store: Store,
  oauth: OAuthConfig | undefined,
  several: boolean,
  warn: (message: string) => void,
): Promise<Partial<SlackBotOptions> & { installations?: DbInstallationStore }> {
  return {
    greeted: store.greeted(),
    // Only instances on a shared database (PostgreSQL) need to share threads and agree on what was
    // seen: with SQLite there is one instance, and its memory answers without a database read and
    // write per request (a restart forgets the threads of the last 24 hours).
    ...(several
      ? {
          conversations: store.conversations(),
          eventIds: new SharedSeenOnce(store.seenOnce('events'), new MemoryEventIds(), (m) =>
            warn(`event ids: ${m}`),
          ),
          replayGuard: new SharedSeenOnce(store.seenOnce('signatures'), new MemoryReplayGuard(), (m) =>
            warn(`replay check: ${m}`),
          ),
        }
      : {}),
    ...(oauth ? { installations: await store.installations(oauth.encryptionKey) } : {}),
  };
}

/**
 * SIGTERM/SIGINT: stop taking requests, let answers in flight finish, exit. `npm start` execs node
 * (no shell in between) and npm relays both signals to it, so a supervisor signalling npm reaches
 * this handler. Repeated signals are expected (Ctrl+C or a process-group kill reaches npm and node,
 * and npm relays it once more), so they do not cut the drain short; a deadline bounds the whole
 * shutdown instead.
 */
function handleSignals(bot: SlackBot, store: Store | undefined): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    bot.logger.info(`${signal} received, shutting down`);
    setTimeout(() => {
      bot.logger.error('shutdown took too long, exiting anyway');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    // Answers first, then the records they left in the write buffer.
    bot
      .stop()
      .then(() => store?.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          bot.logger.error('shutdown failed', error);
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

await main();
