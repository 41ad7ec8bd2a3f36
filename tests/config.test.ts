import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  checkCombination,
  DEFAULT_ANSWER_MEMO_SIZE,
  readConfig,
  readOpsConfig,
  readStoreConfig,
} from '../src/config.js';

const BOT = 'xoxb-1-2-abc';
const APP = 'xapp-1-A1-2-abc';
const SECRET = 'shhh';

function errorOf(env: Record<string, string | undefined>): string {
  try {
    readConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('readConfig: modes', () => {
  it('runs locally when no Slack variable is set', () => {
    expect(readConfig({})).toEqual({ mode: 'local', logLevel: 'info' });
    expect(readConfig({ PATH: '/bin', PORT: '8080' })).toMatchObject({ mode: 'local' });
  });

  it('treats blank values (NAME= in a .env file) as unset', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: '', SLACK_APP_TOKEN: ' ', SLACK_SIGNING_SECRET: '' }).mode).toBe(
      'local',
    );
  });

  it('uses Socket Mode with a bot token and an app token', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP })).toEqual({
      mode: 'socket',
      botToken: BOT,
      appToken: APP,
      logLevel: 'info',
    });
  });

  it('prefers Socket Mode when the signing secret is set too', () => {
    expect(
      readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_SIGNING_SECRET: SECRET }).mode,
    ).toBe('socket');
  });

  it('uses HTTP mode on port 3000 with a bot token and a signing secret', () => {
    expect(readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET })).toEqual({
      mode: 'http',
      botToken: BOT,
      signingSecret: SECRET,
      port: 3000,
      logLevel: 'info',
    });
  });

  it('reads PORT, HOST, SLACK_API_URL and LOG_LEVEL', () => {
    const config = readConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_SIGNING_SECRET: SECRET,
      PORT: '8080',
      HOST: '127.0.0.1',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      LOG_LEVEL: 'DEBUG',
    });
    expect(config).toEqual({
      mode: 'http',
      botToken: BOT,
      signingSecret: SECRET,
      port: 8080,
      host: '127.0.0.1',
      apiUrl: 'http://127.0.0.1:9999/api/',
      logLevel: 'debug',
    });
  });

  it('keeps a single trailing slash on SLACK_API_URL', () => {
    const config = readConfig({
      SLACK_BOT_TOKEN: BOT,
      SLACK_APP_TOKEN: APP,
      SLACK_API_URL: 'https://x.test/api/',
    });
    expect(config).toMatchObject({ apiUrl: 'https://x.test/api/' });
  });
});

describe('readConfig: errors name the variable', () => {
  it('a bot token alone', () => {
    const message = errorOf({ SLACK_BOT_TOKEN: BOT });
    expect(message).toContain('SLACK_APP_TOKEN');
    expect(message).toContain('SLACK_SIGNING_SECRET');
  });

  it('an app token without a bot token', () => {
    expect(errorOf({ SLACK_APP_TOKEN: APP })).toMatch(/SLACK_BOT_TOKEN is missing: Socket Mode/);
  });

  it('a signing secret without a bot token', () => {
    expect(errorOf({ SLACK_SIGNING_SECRET: SECRET })).toMatch(/SLACK_BOT_TOKEN is missing: HTTP mode/);
  });

  it('tokens of the wrong kind', () => {
    expect(errorOf({ SLACK_BOT_TOKEN: 'xoxp-user-token', SLACK_APP_TOKEN: APP })).toContain(
      'SLACK_BOT_TOKEN must be a bot token starting with "xoxb-"',
    );
    expect(errorOf({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: BOT })).toContain(
      'SLACK_APP_TOKEN must be an app-level token starting with "xapp-"',
    );
  });

  it('a bad port, URL or log level, all reported at once', () => {
    const message = errorOf({
      SLACK_BOT_TOKEN: BOT,
      SLACK_SIGNING_SECRET: SECRET,
      PORT: 'eighty',
      SLACK_API_URL: 'not a url',
      LOG_LEVEL: 'loud',
    });
    expect(message).toContain('PORT must be a port number');
    expect(message).toContain('SLACK_API_URL must be an http(s) URL');
    expect(message).toContain('LOG_LEVEL must be one of debug, info, warn, error');
    expect(errorOf({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET, PORT: '70000' })).toContain(
      'PORT must be between 0 and 65535',
    );
    expect(errorOf({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, SLACK_API_URL: 'ftp://x.test/' })).toContain(
      'SLACK_API_URL',
    );
  });
});

describe('readStoreConfig', () => {
  it('records into a SQLite file by default, keeping text for 90 days', () => {
    expect(readStoreConfig({})).toEqual({
      enabled: true,
      location: { kind: 'sqlite', path: 'data/rolebot.db' },
      keepText: true,
      retentionDays: 90,
      owners: [],
    });
  });

  it('reads PostgreSQL, privacy and the loop settings', () => {
    expect(
      readStoreConfig({
        DATABASE_URL: 'postgres://bot@db:5432/rolebot',
        STORE_QUESTION_TEXT: 'false',
        RETENTION_DAYS: '30',
        EXPERTS_CHANNEL: 'C0EXPERTS',
        KNOWLEDGE_OWNERS: 'U0ONE, U0TWO',
        RECORD_QUESTIONS: 'yes',
      }),
    ).toMatchObject({
      enabled: true,
      location: { kind: 'postgres', url: 'postgres://bot@db:5432/rolebot' },
      keepText: false,
      retentionDays: 30,
      expertsChannel: 'C0EXPERTS',
      owners: ['U0ONE', 'U0TWO'],
    });
    expect(readStoreConfig({ RECORD_QUESTIONS: 'false' }).enabled).toBe(false);
  });

  it('names each malformed variable', () => {
    const problems = (() => {
      try {
        readStoreConfig({
          DATABASE_URL: 'mysql://x',
          RETENTION_DAYS: '0',
          EXPERTS_CHANNEL: '#experts',
          KNOWLEDGE_OWNERS: 'bob',
          STORE_QUESTION_TEXT: 'maybe',
        });
      } catch (error) {
        return (error as ConfigError).problems.join('\n');
      }
      return '';
    })();
    for (const name of [
      'DATABASE_URL',
      'RETENTION_DAYS',
      'EXPERTS_CHANNEL',
      'KNOWLEDGE_OWNERS',
      'STORE_QUESTION_TEXT',
    ]) {
      expect(problems).toContain(name);
    }
  });
});

describe('readOpsConfig', () => {
  it('keeps a memo of answers unless told not to, and refuses a count that is not one', () => {
    expect(readOpsConfig({}).answerMemoSize).toBe(DEFAULT_ANSWER_MEMO_SIZE);
    expect(readOpsConfig({ ANSWER_MEMO_SIZE: '0' }).answerMemoSize).toBe(0);
    expect(readOpsConfig({ ANSWER_MEMO_SIZE: '2000' }).answerMemoSize).toBe(2000);
    expect(() => readOpsConfig({ ANSWER_MEMO_SIZE: 'lots' })).toThrow(/ANSWER_MEMO_SIZE/);
    expect(() => readOpsConfig({ ANSWER_MEMO_SIZE: '-1' })).toThrow(/ANSWER_MEMO_SIZE/);
  });
});

describe('problems read as one sentence each', () => {
  const problemsOf = (read: () => unknown) => {
    try {
      read();
    } catch (error) {
      return (error as ConfigError).problems;
    }
    return [];
  };

  it('names the variable once, then what it must be', () => {
    expect(
      problemsOf(() => readStoreConfig({ RECORD_QUESTIONS: 'maybe', KNOWLEDGE_OWNERS: 'U0A, bob' })),
    ).toEqual([
      'RECORD_QUESTIONS must be true or false',
      'KNOWLEDGE_OWNERS must list Slack user ids such as U0123ABCD',
    ]);
    expect(problemsOf(() => readStoreConfig({ RETENTION_DAYS: '2.5' }))).toEqual([
      'RETENTION_DAYS must be a whole number',
    ]);
    expect(
      problemsOf(() => readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, PORT: ' 8080 ' })),
    ).toEqual([]);
  });
});

describe('readConfig: OAuth installs to any workspace', () => {
  const KEY = randomBytes(32);
  const OAUTH = {
    SLACK_CLIENT_ID: '123.456',
    SLACK_CLIENT_SECRET: 'client-secret',
    SLACK_STATE_SECRET: 'a-long-random-state-secret',
    SLACK_SIGNING_SECRET: SECRET,
    ENCRYPTION_KEY: KEY.toString('base64'),
  };

  it('runs in HTTP mode with the OAuth settings and no bot token', () => {
    expect(readConfig({ ...OAUTH, PORT: '8080' })).toEqual({
      mode: 'http',
      signingSecret: SECRET,
      port: 8080,
      logLevel: 'info',
      oauth: {
        clientId: '123.456',
        clientSecret: 'client-secret',
        stateSecret: 'a-long-random-state-secret',
        encryptionKey: KEY,
      },
    });
  });

  it('names every missing piece at once', () => {
    const message = errorOf({ SLACK_CLIENT_ID: '123.456' });
    expect(message).toContain('SLACK_CLIENT_SECRET, SLACK_STATE_SECRET missing');
    expect(message).toContain('SLACK_SIGNING_SECRET is missing');
    expect(message).toContain('ENCRYPTION_KEY is missing');
    expect(message).toContain('openssl rand -base64 32');
  });

  it("refuses one workspace's experts channel and owners beside installs from any workspace", () => {
    const oauth = readConfig(OAUTH);
    const problems = (store: Record<string, string>) => {
      try {
        checkCombination(oauth, readStoreConfig(store));
      } catch (error) {
        return (error as ConfigError).problems.join('\n');
      }
      return '';
    };
    expect(problems({ EXPERTS_CHANNEL: 'C0EXPERTS', KNOWLEDGE_OWNERS: 'U0OWNER' })).toMatch(
      /EXPERTS_CHANNEL is set[\s\S]*KNOWLEDGE_OWNERS is set/,
    );
    expect(problems({})).toBe('');
    // One workspace: both are fine.
    expect(() =>
      checkCombination(
        readConfig({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: SECRET }),
        readStoreConfig({ EXPERTS_CHANNEL: 'C0EXPERTS', KNOWLEDGE_OWNERS: 'U0OWNER' }),
      ),
    ).not.toThrow();
  });

  it('refuses a malformed key, and a bot token or app token beside the OAuth settings', () => {
    expect(errorOf({ ...OAUTH, ENCRYPTION_KEY: 'short' })).toMatch(/ENCRYPTION_KEY must be 32 random bytes/);
    expect(errorOf({ ...OAUTH, SLACK_BOT_TOKEN: BOT })).toMatch(/either the bot token .* or the OAuth/);
    expect(errorOf({ ...OAUTH, SLACK_APP_TOKEN: APP })).toMatch(/SLACK_APP_TOKEN is set/);
  });
});
