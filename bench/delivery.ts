/**
 * `npm run bench:delivery`: how many users get exactly one answer when Slack misbehaves.
 *
 * The real app (HTTP mode, in this process) against the local Slack stand-in, which plays each
 * scenario: 20 % of Web API and response_url calls answered 500; Slack's one-post-a-second limit
 * per channel (429, Retry-After: 1) with the askers crowded into a few channels; a 30 s rate-limit
 * storm (every call 429 with Retry-After: 30 until it ends); 20 % of calls hanging after being
 * applied (posted, then no response). N users each ask once: half @-mention the bot (spread over a
 * few channels), a quarter DM it, a quarter click a follow-up under an ephemeral /role answer (which
 * goes out through its response_url). Then it counts, per user, the answers and apologies Slack
 * applied.
 *
 * A benchmark, not a test: it prints figures and asserts nothing. BENCH_USERS sets N (default 100).
 */
import type { Logger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import { createAnswerer } from '../src/answer/index.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { toSlackMessage } from '../src/render/blocks.js';
import { APOLOGY } from '../src/slack/apology.js';
import { createSlackBot } from '../src/slack/app.js';
import { BOT_USER_ID, type Failure, FakeSlack } from '../tests/e2e/fake-slack.js';
import { pool } from '../tests/e2e/pool.js';
import { eventBody, interactionBody, SIGNING_SECRET, sendSigned } from '../tests/e2e/sign.js';

const USERS = Number(process.env.BENCH_USERS ?? 100);
const CHANNELS = 5;

interface Scenario {
  name: string;
  setup(fake: FakeSlack): void;
}

const ALL_SCENARIOS: Scenario[] = [
  {
    name: '20 % of calls answered 500',
    setup: (fake) => {
      fake.chaos = () => (Math.random() < 0.2 ? { status: 500 } : undefined);
    },
  },
  {
    name: "Slack's 1 post/s per channel (429, Retry-After: 1)",
    setup: (fake) => {
      fake.channelIntervalMs = 1_000;
    },
  },
  {
    name: 'a 30 s rate-limit storm (429, Retry-After: 30)',
    setup: (fake) => {
      const until = Date.now() + 30_000;
      fake.chaos = (): Failure | undefined =>
        Date.now() < until
          ? { status: 429, retryAfter: Math.max(1, Math.ceil((until - Date.now()) / 1000)) }
          : undefined;
    },
  },
  {
    name: '20 % of calls hang after being applied',
    setup: (fake) => {
      fake.chaos = () => (Math.random() < 0.2 ? { hang: true } : undefined);
    },
  },
];

const SCENARIOS = ALL_SCENARIOS.filter(
  (_, i) => !process.env.BENCH_SCENARIOS || process.env.BENCH_SCENARIOS.split(',').includes(String(i + 1)),
);

/** Counts warnings (give-ups) and errors without printing them. */
function countingLogger(): Logger & { counts: Record<string, number> } {
  const counts: Record<string, number> = { warn: 0, error: 0 };
  return {
    counts,
    debug: () => {},
    info: () => {},
    warn: (...msg) => {
      counts.warn = (counts.warn ?? 0) + 1;
      if (process.env.BENCH_VERBOSE) console.error('WARN', ...msg);
    },
    error: (...msg) => {
      counts.error = (counts.error ?? 0) + 1;
      if (process.env.BENCH_VERBOSE) console.error('ERROR', ...msg);
    },
    setLevel: () => {},
    getLevel: () => LogLevel.WARN,
    setName: () => {},
  };
}

type User =
  | { kind: 'mention'; channel: string; ts: string }
  | { kind: 'dm'; channel: string; ts: string }
  | { kind: 'click'; id: string };

function users(run: number): User[] {
  return Array.from({ length: USERS }, (_, i): User => {
    const ts = `17000${run}0000.${String(i).padStart(6, '0')}`;
    if (i % 4 === 1) return { kind: 'dm', channel: `D0USER${i}`, ts };
    if (i % 4 === 3) return { kind: 'click', id: `click-${run}-${i}` };
    return { kind: 'mention', channel: `C0CHAN${i % CHANNELS}`, ts };
  });
}

const kb = loadKnowledge();
const answer = createAnswerer(kb);
const button = (() => {
  const blocks = toSlackMessage(answer('cro')).blocks as Array<{ type: string; elements?: unknown[] }>;
  const actions = blocks.find((b) => b.type === 'actions');
  return actions?.elements?.[0] as { action_id: string; value: string; text: unknown };
})();

async function ask(fake: FakeSlack, events: string, user: User, i: number) {
  if (user.kind === 'click') {
    const payload = {
      type: 'block_actions',
      token: 't',
      api_app_id: 'A0ROLEBOT',
      team: { id: 'T0TEAM', domain: 'test' },
      user: { id: `U0USER${i}`, username: 'u', name: 'u', team_id: 'T0TEAM' },
      container: { type: 'message', is_ephemeral: true, channel_id: 'C0GENERAL', message_ts: '1.2' },
      channel: { id: 'C0GENERAL', name: 'general' },
      trigger_id: `${i}.1`,
      response_url: fake.responseUrl(user.id),
      actions: [{ ...button, type: 'button', block_id: 'b1', action_ts: `${Date.now() / 1000}` }],
    };
    return sendSigned(events, interactionBody(payload), 'application/x-www-form-urlencoded');
  }
  const event =
    user.kind === 'mention'
      ? { type: 'app_mention', text: `<@${BOT_USER_ID}> cro`, channel: user.channel }
      : { type: 'message', channel_type: 'im', text: 'cro', channel: user.channel };
  const body = eventBody(
    { ...event, user: `U0USER${i}`, ts: user.ts, event_ts: user.ts },
    `Ev${user.channel}${user.ts}`,
  );
  return sendSigned(events, body, 'application/json');
}

/** What one user saw: answers and apologies Slack applied for them. */
function seen(fake: FakeSlack, user: User): { answers: number; apologies: number } {
  const texts =
    user.kind === 'click'
      ? fake.responses.filter((r) => r.id === user.id).map((r) => r.body.text)
      : fake
          .appliedTo('chat.postMessage')
          .filter(
            (c) => c.args.channel === user.channel && (user.kind === 'dm' || c.args.thread_ts === user.ts),
          )
          .map((c) => c.args.text);
  const apologies = texts.filter((t) => t === APOLOGY).length;
  return { answers: texts.length - apologies, apologies };
}

/**
 * Resolves once every user has seen something (an answer or an apology), or once nothing has reached
 * the stand-in for `quietMs` (longer than any delivery bound: whatever is still waiting was given up).
 */
async function settled(fake: FakeSlack, all: User[], quietMs: number, maxMs: number): Promise<number> {
  const t0 = Date.now();
  let last = -1;
  let since = Date.now();
  while (Date.now() - t0 < maxMs) {
    const now = fake.calls.length + fake.responses.length;
    if (now !== last) {
      last = now;
      since = Date.now();
    }
    if (all.every((u) => seen(fake, u).answers + seen(fake, u).apologies > 0)) return since;
    if (Date.now() - since >= quietMs) return since;
    await new Promise((r) => setTimeout(r, 200));
  }
  return since;
}

const fake = await new FakeSlack().start();
const logger = countingLogger();
const bot = createSlackBot({
  config: {
    mode: 'http',
    botToken: 'xoxb-bench',
    signingSecret: SIGNING_SECRET,
    port: 0,
    host: '127.0.0.1',
    apiUrl: fake.apiUrl,
    logLevel: 'warn',
  },
  answer,
  kb,
  logger,
});
const { port } = await bot.start();
const events = `http://127.0.0.1:${port}/slack/events`;

try {
  console.log(
    `delivery bench: ${USERS} users each ask once (mentions in ${CHANNELS} channels, DMs, follow-up clicks via response_url)\n`,
  );
  let run = 0;
  for (const scenario of SCENARIOS) {
    run++;
    fake.reset();
    logger.counts.warn = 0;
    logger.counts.error = 0;
    scenario.setup(fake);
    const t0 = Date.now();
    const all = users(run);
    await pool(all.length, 20, (i) => ask(fake, events, all[i] as User, i));
    const lastCall = await settled(fake, all, 66_000, 240_000);
    const lastAt = (lastCall - t0) / 1000;
    const tally = { one: 0, more: 0, apology: 0, none: 0 };
    const byKind: Record<string, { one: number; of: number }> = {};
    for (const user of all) {
      const { answers, apologies } = seen(fake, user);
      const k = byKind[user.kind] ?? { one: 0, of: 0 };
      byKind[user.kind] = k;
      k.of++;
      if (answers === 1 && apologies === 0) {
        tally.one++;
        k.one++;
      } else if (answers > 1) tally.more++;
      else if (apologies > 0) tally.apology++;
      else tally.none++;
    }
    console.log(`${scenario.name}:`);
    console.log(
      `  exactly one answer: ${tally.one}/${USERS}   more than one: ${tally.more}   apology only: ${tally.apology}   nothing: ${tally.none}`,
    );
    console.log(
      `  by surface: ${Object.entries(byKind)
        .map(([kind, k]) => `${kind} ${k.one}/${k.of}`)
        .join(', ')}`,
    );
    console.log(
      `  calls to Slack: ${fake.calls.length} Web API, ${fake.responses.length} response_url; last call after ~${lastAt.toFixed(1)} s; warnings ${logger.counts.warn}, errors ${logger.counts.error}\n`,
    );
  }
} finally {
  fake.reset();
  await bot.stop();
  await fake.stop();
}
