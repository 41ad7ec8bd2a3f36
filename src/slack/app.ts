import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  App,
  type AppOptions,
  HTTPReceiver,
  type InstallationStore,
  type Logger,
  type LogLevel,
  type Receiver,
  SocketModeReceiver,
} from '@slack/bolt';
import type { Answerer } from '../answer/index.js';
import type { SlackConfig } from '../config.js';
import { type ConversationContext, MemoryConversationContext } from '../conversation/context.js';
import { type Greeted, MemoryGreeted } from '../conversation/greeted.js';
import type { KnowledgeBase } from '../knowledge/load.js';
import { buildHomeView, type HomeView } from '../render/home-view.js';
import { buildWelcome } from '../render/welcome.js';
import { describeError } from './apology.js';
import { isRedelivery, MemoryEventIds } from './dedupe.js';
import { type DeliveryEvents, deliveryFetch } from './delivery.js';
import { healthRoutes, type ReadinessSources } from './health.js';
import { createHttpServer, EVENTS_PATH } from './http-server.js';
import { InFlight } from './in-flight.js';
import { listenerRouter } from './listeners/index.js';
import { requestContext } from './log-context.js';
import { createLogger } from './logger.js';
import { Loop } from './loop.js';
import { Metrics } from './metrics.js';
import { createOpsServer } from './ops-server.js';
import { MemoryReplayGuard, type ReplayGuard } from './replay-guard.js';
import { observeRequests } from './requests.js';
import { BOT_SCOPES } from './scopes.js';
import type { SeenOnce } from './seen-once.js';

type ClientOptions = NonNullable<AppOptions['clientOptions']>;
/** Bolt does not export this type; its last `error()` overload takes the extended handler. */
type ExtendedErrorHandlerArgs = Parameters<Parameters<App['error']>[0]>[0];

/** Socket Mode: how long start() waits for the first connection before failing the start. */
export const SOCKET_START_TIMEOUT_MS = 15_000;
/** How long a shutdown waits for answers already being written. */
export const DRAIN_TIMEOUT_MS = 5_000;

export interface SlackBotOptions {
  config: SlackConfig;
  answer: Answerer;
  kb: KnowledgeBase;
  /** The Home tab of the knowledge base being served, when that can change (reload); else built from kb. */
  homeView?: () => HomeView;
  /** Records answers and carries feedback, experts and owners; none of it without one. */
  loop?: Loop;
  logger?: Logger;
  /** Follow-up context; in memory (this instance only) unless a shared store is given. */
  conversations?: ConversationContext;
  greeted?: Greeted;
  /** HTTP mode: where signatures already seen are remembered (default: this process's memory). */
  replayGuard?: ReplayGuard;
  /** Event ids already taken, so a redelivery is answered once (default: this process's memory). */
  eventIds?: SeenOnce;
  /** What GET /healthz checks (default: the knowledge base given, no database). */
  readiness?: ReadinessSources;
  /** OAuth mode (config.oauth): where installations live. Required then. */
  installations?: InstallationStore & Required<Pick<InstallationStore, 'deleteInstallation'>>;
  /** What GET /metrics serves; a fresh registry by default. */
  metrics?: Metrics;
  /** Socket Mode: serve /healthz, /livez and /metrics on this port (HEALTH_PORT; 0 picks one). */
  healthPort?: number;
  /** Put what people typed in the request log lines (LOG_QUESTION_TEXT). */
  logQuestionText?: boolean;
}

export interface SlackBot {
  app: App;
  logger: Logger;
  metrics: Metrics;
  /**
   * Verifies the bot token (auth.test), then listens. Resolves with the bound port in HTTP mode, and
   * in Socket Mode with the health port when one was asked for.
   */
  start(): Promise<{ port?: number; healthPort?: number }>;
  /** Stops taking requests, lets in-flight answers finish (bounded), then closes. */
  stop(): Promise<void>;
}

/** Thrown by start() when Slack refuses the token or cannot be reached: the message says which. */
export class StartupError extends Error {
  override name = 'StartupError';
}

/**
 * Web API client settings. The SDK default retries ten times over about thirty minutes, and would
 * repeat a post that timed out (it may have been posted). Here the client itself neither times out
 * nor retries: the delivery fetch does both, per attempt, and waits out rate limits within a bound
 * that fits what is sent (src/slack/delivery.ts). Bolt's respond() uses the same fetch.
 */
export function webClientOptions(
  config: SlackConfig,
  logger: Logger,
  events?: DeliveryEvents,
): ClientOptions {
  return {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    timeout: 0,
    retryConfig: { retries: 0 },
    // A 429 that reaches the client has outlasted the delivery's bound: fail, do not wait again.
    rejectRateLimitedCalls: true,
    fetch: deliveryFetch({
      logger,
      apiUrl: config.apiUrl ?? 'https://slack.com/api/',
      ...(events ? { events } : {}),
    }),
  };
}

/** Builds the Bolt app for the configured mode, with every listener registered. */
export function createSlackBot({
  config,
  answer,
  kb,
  homeView,
  loop = new Loop(),
  logger = createLogger(config.logLevel),
  conversations = new MemoryConversationContext(),
  greeted = new MemoryGreeted(),
  replayGuard = new MemoryReplayGuard(),
  eventIds = new MemoryEventIds(),
  installations,
  readiness,
  metrics = new Metrics(),
  healthPort,
  logQuestionText = false,
}: SlackBotOptions): SlackBot {
  const opsRoutes = [
    ...healthRoutes(readiness ?? { knowledge: () => `${kb.roles.length} roles` }),
    { path: '/metrics', method: ['GET'], handler: metrics.handler },
  ];
  const oauth = config.mode === 'http' && 'oauth' in config ? config.oauth : undefined;
  if (oauth && !installations) throw new Error('OAuth mode needs an installation store');
  const receiver: Receiver =
    config.mode === 'socket'
      ? new SocketModeReceiver({
          appToken: config.appToken,
          logger,
          // Only the URL: the socket client calls apps.connections.open on its own Web API client,
          // and the App's two-retry policy there would end the connection for good after three
          // failed calls during a reconnect (the process then exits 0). Its own policy keeps trying.
          ...(config.apiUrl ? { installerOptions: { clientOptions: { slackApiUrl: config.apiUrl } } } : {}),
        })
      : new HTTPReceiver({
          signingSecret: config.signingSecret,
          // Requests to the events path never reach this receiver: the HTTP layer takes them
          // (createHttpServer: checked once, parsed once, acked with the reply's JSON). Its own check
          // would verify the same signature again (three HMACs with its constant-time compare).
          signatureVerification: false,
          endpoints: EVENTS_PATH,
          customRoutes: opsRoutes,
          // OAuth: Bolt's own install page (GET /slack/install) and callback (GET /slack/oauth_redirect).
          ...(oauth
            ? {
                clientId: oauth.clientId,
                clientSecret: oauth.clientSecret,
                stateSecret: oauth.stateSecret,
                scopes: [...BOT_SCOPES],
                installationStore: installations,
                installerOptions: {
                  directInstall: false,
                  // oauth.v2.access and auth.test go where the rest of the Web API goes, through the
                  // same delivery (bounded attempts; the SDK default retries for half an hour).
                  clientOptions: webClientOptions(config, logger, metrics.deliveryEvents()),
                },
              }
            : {}),
          logger,
        });

  const app = new App({
    receiver,
    // One workspace: the token from the environment. OAuth: Bolt authorizes each request from the
    // installation store instead.
    ...('botToken' in config ? { token: config.botToken } : {}),
    logger,
    // Bolt sets its logger to this level (INFO when not given), which would override LOG_LEVEL.
    logLevel: config.logLevel as LogLevel,
    clientOptions: webClientOptions(config, logger, metrics.deliveryEvents()),
    // auth.test runs in start(), where a bad token can stop the start with a clear message.
    deferInitialization: true,
    // Bolt's conversation store is unused here and would grow with every conversation.
    convoStore: false,
    extendedErrorHandler: true,
  });

  // Last resort: listeners apologise for their own failures; anything reaching here is logged.
  app.error(async ({ error, body }: ExtendedErrorHandlerArgs) => {
    logger.error(
      'unhandled error while processing a Slack request',
      requestContext(body),
      describeError(error),
    );
  });

  // One line and the figures for every request, both modes.
  observeRequests(app, { logger, metrics, questionText: logQuestionText });
  if (receiver instanceof SocketModeReceiver) {
    receiver.client.on('reconnecting', () => metrics.socketReconnects.inc());
  }

  const inFlight = new InFlight();
  const fixedHome = buildHomeView(kb);
  const listeners = listenerRouter({
    answer,
    // Read on every use, so the Home tab follows a reloaded knowledge base.
    get homeView() {
      return homeView?.() ?? fixedHome;
    },
    conversations,
    greeted,
    welcome: buildWelcome(kb),
    loop,
    installations,
  });
  // Our one global middleware (Bolt hands each global middleware its own copy of the request's
  // arguments): counted for the drain, event redeliveries dropped, then the listeners.
  app.use(async (args) => {
    await inFlight.during(async () => {
      if (await isRedelivery(eventIds, args)) return;
      await listeners.dispatch(args);
    });
  });

  let server: Server | undefined;
  let opsServer: Server | undefined;

  return {
    app,
    logger,
    metrics,
    async start() {
      try {
        await app.init();
      } catch (error) {
        throw new StartupError(
          `Could not verify SLACK_BOT_TOKEN with auth.test at ${config.apiUrl ?? 'https://slack.com/api/'}: ${describeError(error)}`,
        );
      }
      if (config.mode === 'socket') {
        const where = `${config.apiUrl ?? 'https://slack.com/api/'}apps.connections.open`;
        let timer: NodeJS.Timeout | undefined;
        const tooLong = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new Error(`no connection after ${SOCKET_START_TIMEOUT_MS / 1000} s`)),
            SOCKET_START_TIMEOUT_MS,
          );
        });
        try {
          await Promise.race([app.start(), tooLong]);
        } catch (error) {
          // The socket client would otherwise go on retrying in the background.
          await app.stop().catch(() => {});
          throw new StartupError(
            `Could not open the Socket Mode connection through ${where} (check SLACK_APP_TOKEN, its connections:write scope and SLACK_API_URL): ${describeError(error)}`,
          );
        } finally {
          clearTimeout(timer);
        }
        if (healthPort === undefined) return {};
        opsServer = createOpsServer(opsRoutes);
        const ops = opsServer;
        await new Promise<void>((resolve, reject) => {
          ops.once('error', reject);
          ops.listen({ port: healthPort }, () => {
            ops.off('error', reject);
            resolve();
          });
        });
        return { healthPort: (ops.address() as AddressInfo).port };
      }
      const http = createHttpServer(receiver as HTTPReceiver, logger, {
        signingSecret: config.signingSecret,
        replayGuard,
        // Read at each request: observeRequests has wrapped it.
        processEvent: (event) => app.processEvent(event),
      });
      server = http;
      await new Promise<void>((resolve, reject) => {
        http.once('error', reject);
        http.listen({ port: config.port, ...(config.host ? { host: config.host } : {}) }, () => {
          http.off('error', reject);
          resolve();
        });
      });
      return { port: (http.address() as AddressInfo).port };
    },
    async stop() {
      if (config.mode === 'socket') {
        // Disconnect first so no new event is acked and then cut off; answers in flight go out over
        // HTTPS, not the socket, so they can still finish.
        await app.stop();
        await inFlight.drained(DRAIN_TIMEOUT_MS);
        const ops = opsServer;
        opsServer = undefined;
        if (ops) {
          ops.closeAllConnections();
          await new Promise<void>((resolve) => ops.close(() => resolve()));
        }
        return;
      }
      const http = server;
      if (!http) return;
      server = undefined;
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeIdleConnections();
      await inFlight.drained(DRAIN_TIMEOUT_MS);
      http.closeAllConnections();
      await closed;
    },
  };
}
