import { parseKey } from './store/secret-box.js';

/** How the bot talks to the world, chosen from which Slack variables are set. */
export type Mode = 'local' | 'socket' | 'http';

export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';

interface SlackBase {
  /** Web API base URL, always ending in `/` (the client appends the method name to it). */
  apiUrl?: string;
  logLevel: LogLevelName;
}

/** "Add to Slack" for any workspace: Bolt's OAuth flow, installations kept encrypted in the database. */
export interface OAuthConfig {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** ENCRYPTION_KEY: 32 bytes, for the tokens at rest (AES-256-GCM). */
  encryptionKey: Buffer;
}

/** One workspace, its bot token from the environment; or any workspace that installs the app. */
export type HttpAuth = { botToken: string } | { oauth: OAuthConfig };

export type Config =
  | { mode: 'local'; logLevel: LogLevelName }
  | (SlackBase & { mode: 'socket'; botToken: string; appToken: string })
  | (SlackBase & { mode: 'http'; signingSecret: string; port: number; host?: string } & HttpAuth);

export type SlackConfig = Exclude<Config, { mode: 'local' }>;

/** The environment is incomplete or wrong; the message says which variable and what to do. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The environment is read with a few plain checks rather than a schema library: this runs at every
 * start, and a validation library is a noticeable part of a start's time. Each check takes the
 * trimmed value and returns what it means, or throws `Invalid` with what is wrong.
 */
class Invalid extends Error {}
type Check<T> = (value: string) => T;

/**
 * Reads `spec`'s variables from `env`. `.env` files often hold `NAME=` for "unset": blank values
 * count as absent. Throws ConfigError naming every malformed variable at once.
 */
function readEnv<S extends Record<string, Check<unknown>>>(
  env: Record<string, string | undefined>,
  spec: S,
): { [K in keyof S]?: ReturnType<S[K]> } {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const [name, check] of Object.entries(spec)) {
    const value = env[name]?.trim();
    if (!value) continue;
    try {
      out[name] = check(value);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      problems.push(`${name} ${error.message}`);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return out as { [K in keyof S]?: ReturnType<S[K]> };
}

const text: Check<string> = (v) => v;
const matching =
  (pattern: RegExp, message: string): Check<string> =>
  (v) => {
    if (!pattern.test(v)) throw new Invalid(message);
    return v;
  };
const startingWith =
  (prefix: string, message: string): Check<string> =>
  (v) => {
    if (!v.startsWith(prefix)) throw new Invalid(message);
    return v;
  };
const atLeast =
  (length: number, message: string): Check<string> =>
  (v) => {
    if (v.length < length) throw new Invalid(message);
    return v;
  };
/** One of `values`, in any case. */
const oneOf =
  <T extends string>(values: readonly T[], message: string): Check<T> =>
  (v) => {
    const lower = v.toLowerCase();
    if (!(values as readonly string[]).includes(lower)) throw new Invalid(message);
    return lower as T;
  };
const flag: Check<boolean> = (v) =>
  ['true', '1', 'yes'].includes(oneOf(['true', 'false', '1', '0', 'yes', 'no'], 'must be true or false')(v));
const wholeNumber =
  (notANumber: string, min: number, max: number, outOfRange: string): Check<number> =>
  (v) => {
    const n = Number(v);
    if (!Number.isFinite(n)) throw new Invalid(notANumber);
    if (!Number.isInteger(n)) throw new Invalid('must be a whole number');
    if (n < min || n > max) throw new Invalid(outOfRange);
    return n;
  };
const port = wholeNumber('must be a port number', 0, 65535, 'must be between 0 and 65535');
const httpUrl =
  (message: string): Check<string> =>
  (v) => {
    let url: URL;
    try {
      url = new URL(v);
    } catch {
      throw new Invalid(message);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Invalid(message);
    return v;
  };
const encryptionKey: Check<Buffer> = (v) => {
  try {
    return parseKey(v);
  } catch (error) {
    throw new Invalid((error as Error).message);
  }
};

const ENV = {
  SLACK_BOT_TOKEN: startingWith('xoxb-', 'must be a bot token starting with "xoxb-" (OAuth & Permissions)'),
  SLACK_APP_TOKEN: startingWith(
    'xapp-',
    'must be an app-level token starting with "xapp-" (Basic Information)',
  ),
  SLACK_SIGNING_SECRET: text,
  SLACK_API_URL: httpUrl('must be an http(s) URL such as https://slack.com/api/'),
  PORT: port,
  HOST: text,
  SLACK_CLIENT_ID: text,
  SLACK_CLIENT_SECRET: text,
  SLACK_STATE_SECRET: atLeast(16, 'must be at least 16 random characters'),
  ENCRYPTION_KEY: encryptionKey,
  LOG_LEVEL: oneOf(['debug', 'info', 'warn', 'error'], 'must be one of debug, info, warn, error'),
};

export const DEFAULT_PORT = 3000;

/**
 * Reads the configuration from an environment (pure: pass `process.env` or a test object).
 * Throws ConfigError naming every missing or malformed variable.
 */
export function readConfig(env: Record<string, string | undefined>): Config {
  const e = readEnv(env, ENV);
  const logLevel = e.LOG_LEVEL ?? 'info';
  const bot = e.SLACK_BOT_TOKEN;
  const app = e.SLACK_APP_TOKEN;
  const secret = e.SLACK_SIGNING_SECRET;

  const oauthVars = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const;
  if (oauthVars.some((name) => e[name] !== undefined)) return oauthConfig(e, logLevel);
  if (!bot && !app && !secret) return { mode: 'local', logLevel };

  if (!bot) {
    const wanted = app ? 'Socket Mode (SLACK_APP_TOKEN is set)' : 'HTTP mode (SLACK_SIGNING_SECRET is set)';
    throw new ConfigError([
      `SLACK_BOT_TOKEN is missing: ${wanted} also needs the bot token (xoxb-..., from OAuth & Permissions). ` +
        'Unset every SLACK_* variable to run in local mode instead.',
    ]);
  }
  const apiUrl = e.SLACK_API_URL?.replace(/\/*$/, '/');
  const base = { botToken: bot, logLevel, ...(apiUrl ? { apiUrl } : {}) };
  // The app token wins when both are set: Socket Mode needs no public URL.
  if (app) return { ...base, mode: 'socket', appToken: app };
  if (secret) {
    return {
      ...base,
      mode: 'http',
      signingSecret: secret,
      port: e.PORT ?? DEFAULT_PORT,
      ...(e.HOST ? { host: e.HOST } : {}),
    };
  }
  throw new ConfigError([
    'SLACK_BOT_TOKEN is set but the app cannot receive events: set SLACK_APP_TOKEN (xapp-..., Socket Mode) ' +
      'or SLACK_SIGNING_SECRET (HTTP mode, from Basic Information).',
  ]);
}

type Env = ReturnType<typeof readEnv<typeof ENV>>;

/** HTTP mode for any workspace: every OAuth variable, the signing secret and the key, and no bot token. */
function oauthConfig(e: Env, logLevel: LogLevelName): Config {
  const problems: string[] = [];
  const missing = (['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const).filter(
    (name) => e[name] === undefined,
  );
  if (missing.length > 0) {
    problems.push(
      `${missing.join(', ')} missing: installing to any workspace needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET ` +
        '(Basic Information → App Credentials) and SLACK_STATE_SECRET (any long random text)',
    );
  }
  if (!e.SLACK_SIGNING_SECRET)
    problems.push('SLACK_SIGNING_SECRET is missing: OAuth installs run in HTTP mode');
  if (!e.ENCRYPTION_KEY) {
    problems.push(
      'ENCRYPTION_KEY is missing: installations keep their tokens encrypted with it (make one with `openssl rand -base64 32` and keep it safe)',
    );
  }
  if (e.SLACK_BOT_TOKEN) {
    problems.push(
      'SLACK_BOT_TOKEN is set as well as SLACK_CLIENT_ID: set either the bot token (one workspace) or the OAuth variables (any workspace)',
    );
  }
  if (e.SLACK_APP_TOKEN) {
    problems.push(
      'SLACK_APP_TOKEN is set: OAuth installs run in HTTP mode here; unset it (or the OAuth variables)',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    mode: 'http',
    logLevel,
    ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL.replace(/\/*$/, '/') } : {}),
    signingSecret: e.SLACK_SIGNING_SECRET as string,
    port: e.PORT ?? DEFAULT_PORT,
    ...(e.HOST ? { host: e.HOST } : {}),
    oauth: {
      clientId: e.SLACK_CLIENT_ID as string,
      clientSecret: e.SLACK_CLIENT_SECRET as string,
      stateSecret: e.SLACK_STATE_SECRET as string,
      encryptionKey: e.ENCRYPTION_KEY as Buffer,
    },
  };
}

/**
 * Settings that cannot go together (pure). EXPERTS_CHANNEL and KNOWLEDGE_OWNERS name one workspace's
 * channel and people: with installs from any workspace, the experts' posts would fail everywhere
 * else, and owners would see every workspace's questions.
 */
export function checkCombination(config: Config, store: StoreConfig): void {
  if (config.mode !== 'http' || !('oauth' in config)) return;
  const problems = [
    ...(store.expertsChannel
      ? [
          'EXPERTS_CHANNEL is set with SLACK_CLIENT_ID: the experts channel belongs to one workspace; unset it when any workspace may install the bot',
        ]
      : []),
    ...(store.owners.length > 0
      ? [
          "KNOWLEDGE_OWNERS is set with SLACK_CLIENT_ID: owners would see every workspace's questions; unset it and use `npm run gaps` instead",
        ]
      : []),
  ];
  if (problems.length > 0) throw new ConfigError(problems);
}

/** What the store keeps and where; read beside the Slack settings, for every mode (local included). */
export interface StoreConfig {
  /** False when RECORD_QUESTIONS=false: no store at all. */
  enabled: boolean;
  location: { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };
  keepText: boolean;
  retentionDays: number;
  userHashKey?: string;
  /** EXPERTS_CHANNEL: where "Ask an expert" posts (a channel id). */
  expertsChannel?: string;
  /** KNOWLEDGE_OWNERS: Slack user ids who see the gaps in the App Home. */
  owners: string[];
}

export const DEFAULT_DATABASE_PATH = 'data/rolebot.db';

const STORE_ENV = {
  DATABASE_URL: matching(
    /^postgres(?:ql)?:\/\//,
    'must be a PostgreSQL URL (postgres://user@host:5432/db); unset it for SQLite',
  ),
  DATABASE_PATH: text,
  RECORD_QUESTIONS: flag,
  STORE_QUESTION_TEXT: flag,
  RETENTION_DAYS: wholeNumber('must be a number of days', 1, Number.POSITIVE_INFINITY, 'must be at least 1'),
  USER_HASH_KEY: atLeast(16, 'must be at least 16 characters'),
  EXPERTS_CHANNEL: matching(
    /^[CG][A-Z0-9]{2,}$/,
    'must be a channel id such as C0123ABCD (channel details → About, at the bottom)',
  ),
  KNOWLEDGE_OWNERS: (v: string) => {
    const ids = v.split(/[\s,]+/).filter(Boolean);
    if (!ids.every((id) => /^[UW][A-Z0-9]{2,}$/.test(id)))
      throw new Invalid('must list Slack user ids such as U0123ABCD');
    return ids;
  },
};

/** Reads the store's settings (pure). Throws ConfigError naming each malformed variable. */
export function readStoreConfig(env: Record<string, string | undefined>): StoreConfig {
  const e = readEnv(env, STORE_ENV);
  return {
    enabled: e.RECORD_QUESTIONS ?? true,
    location: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'sqlite', path: e.DATABASE_PATH ?? DEFAULT_DATABASE_PATH },
    keepText: e.STORE_QUESTION_TEXT ?? true,
    retentionDays: e.RETENTION_DAYS ?? 90,
    ...(e.USER_HASH_KEY ? { userHashKey: e.USER_HASH_KEY } : {}),
    ...(e.EXPERTS_CHANNEL ? { expertsChannel: e.EXPERTS_CHANNEL } : {}),
    owners: e.KNOWLEDGE_OWNERS ?? [],
  };
}

/** How logs are written: JSON lines for collectors, or readable lines for a person. */
export type LogFormat = 'json' | 'pretty';

/** What operators run the app by: log format, the Socket Mode health port, what the logs may hold. */
export interface OpsConfig {
  /** LOG_FORMAT; unset: JSON unless stdout is a terminal. */
  logFormat?: LogFormat;
  /** HEALTH_PORT: in Socket Mode, serve /healthz, /livez and /metrics on this port. */
  healthPort?: number;
  /** LOG_QUESTION_TEXT: put what people typed in the request log lines (off by default). */
  logQuestionText: boolean;
  /** ANSWER_MEMO_SIZE: how many answers are kept for the next asker of the same question (0: none). */
  answerMemoSize: number;
}

/** A few megabytes at most: an answer holds a few kilobytes of text. */
export const DEFAULT_ANSWER_MEMO_SIZE = 500;

const OPS_ENV = {
  LOG_FORMAT: oneOf(['json', 'pretty'], 'must be json or pretty'),
  HEALTH_PORT: port,
  LOG_QUESTION_TEXT: flag,
  ANSWER_MEMO_SIZE: wholeNumber('must be a number of answers', 0, 100_000, 'must be between 0 and 100000'),
};

/** Reads the operations settings (pure). Throws ConfigError naming each malformed variable. */
export function readOpsConfig(env: Record<string, string | undefined>): OpsConfig {
  const e = readEnv(env, OPS_ENV);
  return {
    ...(e.LOG_FORMAT ? { logFormat: e.LOG_FORMAT } : {}),
    ...(e.HEALTH_PORT !== undefined ? { healthPort: e.HEALTH_PORT } : {}),
    logQuestionText: e.LOG_QUESTION_TEXT ?? false,
    answerMemoSize: e.ANSWER_MEMO_SIZE ?? DEFAULT_ANSWER_MEMO_SIZE,
  };
}
