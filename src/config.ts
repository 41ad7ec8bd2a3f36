import { z } from 'zod';

/** How the bot talks to the world, chosen from which Slack variables are set. */
export type Mode = 'local' | 'socket' | 'http';

export type LogLevelName = 'debug' | 'info' | 'warn' | 'error';

interface SlackBase {
  botToken: string;
  /** Web API base URL, always ending in `/` (the client appends the method name to it). */
  apiUrl?: string;
  logLevel: LogLevelName;
}

export type Config =
  | { mode: 'local'; logLevel: LogLevelName }
  | (SlackBase & { mode: 'socket'; appToken: string })
  | (SlackBase & { mode: 'http'; signingSecret: string; port: number; host?: string });

export type SlackConfig = Exclude<Config, { mode: 'local' }>;

/** The environment is incomplete or wrong; the message says which variable and what to do. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Configuration error:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

// `.env` files often hold `NAME=` for "unset": treat blank values as absent.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

const EnvSchema = z.object({
  SLACK_BOT_TOKEN: optional(
    z.string().trim().startsWith('xoxb-', 'must be a bot token starting with "xoxb-" (OAuth & Permissions)'),
  ),
  SLACK_APP_TOKEN: optional(
    z
      .string()
      .trim()
      .startsWith('xapp-', 'must be an app-level token starting with "xapp-" (Basic Information)'),
  ),
  SLACK_SIGNING_SECRET: optional(z.string().trim()),
  SLACK_API_URL: optional(
    z.url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://slack.com/api/' }),
  ),
  PORT: optional(
    z.coerce
      .number({ error: 'must be a port number' })
      .int('must be a whole number')
      .min(0, 'must be between 0 and 65535')
      .max(65535, 'must be between 0 and 65535'),
  ),
  HOST: optional(z.string().trim()),
  LOG_LEVEL: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(['debug', 'info', 'warn', 'error'], { error: 'must be one of debug, info, warn, error' })),
  ),
});

export const DEFAULT_PORT = 3000;

/**
 * Reads the configuration from an environment (pure: pass `process.env` or a test object).
 * Throws ConfigError naming every missing or malformed variable.
 */
export function readConfig(env: Record<string, string | undefined>): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`));
  }
  const e = parsed.data;
  const logLevel = e.LOG_LEVEL ?? 'info';
  const bot = e.SLACK_BOT_TOKEN;
  const app = e.SLACK_APP_TOKEN;
  const secret = e.SLACK_SIGNING_SECRET;

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
