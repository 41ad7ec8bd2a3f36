/**
 * `npm run bench:slack`: what the Slack app costs to run, measured from outside the process.
 *
 * 1. Starts a local stand-in for Slack's Web API (the e2e tests' FakeSlack), then spawns the app in
 *    HTTP mode against it and times spawn -> "role bot ready" line, each way it can be started:
 *    `npm start` and `node dist/main.js`. The floor, a bare Bolt app, is started both ways too
 *    (`npm start` in bench/floor, and `node bench/floor-app.mjs`), so each ratio compares like with
 *    like: npm's own start-up (about 90 ms) and process (about 55 MB) count on both sides or neither.
 * 2. Warms up its own client on a throwaway app and floor (BENCH_WARMUP_BURSTS, untimed), starts
 *    every variant, then sends bursts of signed `/role` commands (20 in flight at a time) to each
 *    in turn, round robin, and times each ack (request sent -> HTTP 200, the answer in its body),
 *    then waits until every answer has arrived.
 * 3. Reads the resident memory from GET /healthz, idle, after the two bursts, and again after more
 *    bursts (BENCH_SETTLE_BURSTS in all), once V8's heap has settled.
 * 4. Sends SIGTERM and times the graceful shutdown.
 *
 * Everything runs on 127.0.0.1. A benchmark, not a test: it prints figures and asserts nothing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { FakeSlack } from '../tests/e2e/fake-slack.js';
import { pool } from '../tests/e2e/pool.js';
import { SIGNING_SECRET } from '../tests/e2e/sign.js';

const BURST = Number(process.env.BENCH_BURST ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const STARTS = Number(process.env.BENCH_STARTS ?? 5);
/**
 * Bursts in all before memory is read a second time, "settled". V8 grows its young generation once
 * enough has survived its collections since the last growth, so two bursts catch the app (which does
 * more per request) just after a growth the floor reaches a few bursts later; after about ten both
 * have settled (measured: the floor 87 MB after 2 bursts, 119 MB after 12; the app 124 and 150).
 */
const SETTLE_BURSTS = Number(process.env.BENCH_SETTLE_BURSTS ?? 12);
/**
 * Untimed bursts this process sends first, to a throwaway app and floor, so that its own request
 * path (signing, fetch, reading and parsing replies) is compiled before anything is measured.
 * Without them the first variant measured also paid for the bench's warm-up: whichever ran first had
 * the slowest warm burst (app first: 573/s, then the floor 961/s; floor first: 652/s, then the app
 * 997/s), and the app always ran first.
 */
const WARMUP_BURSTS = Number(process.env.BENCH_WARMUP_BURSTS ?? 6);
const QUESTIONS = [
  'cro',
  'cso vs cro',
  'what does an sdr do?',
  'vp of sales salary',
  'who does a sales manager report to?',
  'help',
  'something we do not know about',
];

const ms = (n: number) => `${n.toFixed(1)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

interface Running {
  child: ChildProcess;
  port: number;
  readyMs: number;
  exited: Promise<string>;
}

/** Each way of starting the app and the floor: the command and the folder it runs in. */
const COMMANDS = {
  npm: { cwd: '..', command: ['npm', 'start', '--silent'], label: 'role bot, npm start' },
  node: { cwd: '..', command: [process.execPath, 'dist/main.js'], label: 'role bot, node dist/main.js' },
  'floor-npm': {
    cwd: 'floor/',
    command: ['npm', 'start', '--silent'],
    label: 'floor, npm start (bench/floor)',
  },
  floor: {
    cwd: '..',
    command: [process.execPath, 'bench/floor-app.mjs'],
    label: 'floor, node bench/floor-app.mjs',
  },
} as const;
type How = keyof typeof COMMANDS;
const HOWS = Object.keys(COMMANDS) as How[];
const underNpm = (how: How) => COMMANDS[how].command[0] === 'npm';

/**
 * Spawns the app in its own process group (so the group can be signalled, like Ctrl+C does) and
 * waits for its ready line. `npm start` is what people run; `node dist/main.js` is the same app
 * without npm's own start-up, and its pid is the app itself.
 */
function startApp(apiUrl: string, how: How): Promise<Running> {
  const [command, ...args] = COMMANDS[how].command;
  const t0 = performance.now();
  const child = spawn(command, args, {
    cwd: new URL(COMMANDS[how].cwd, import.meta.url),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      SLACK_BOT_TOKEN: 'xoxb-bench',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_APP_TOKEN: '',
      SLACK_API_URL: apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
  });
  const exited = new Promise<string>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `exit code ${code}`)),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d;
    });
    child.stdout?.on('data', (d: Buffer) => {
      out += d;
      const ready = out.match(/role bot ready: http on port (\d+)/);
      if (ready) resolve({ child, port: Number(ready[1]), readyMs: performance.now() - t0, exited });
    });
    exited.then((code) => reject(new Error(`${how} start ended (${code}) before ready:\n${out}\n${err}`)));
  });
}

/**
 * SIGTERM to the process group we spawned, or (`pidOnly`) to the spawned pid alone, as a supervisor
 * does; resolves once every process in the group is gone, with the time that took.
 */
async function stopApp(app: Running, pidOnly = false): Promise<{ ms: number; code: string }> {
  const t0 = performance.now();
  const pid = app.child.pid as number;
  process.kill(pidOnly ? pid : -pid, 'SIGTERM');
  const code = await app.exited;
  for (let i = 0; i < 200 && groupAlive(pid); i++) await new Promise((r) => setTimeout(r, 10));
  return { ms: performance.now() - t0, code };
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** npm's own resident memory (the process we spawned), from /proc. */
function npmRss(app: Running): number {
  const status = readFileSync(`/proc/${app.child.pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+) kB/)?.[1] ?? 0) * 1024;
}

async function rss(base: string): Promise<number> {
  const health = (await (await fetch(`${base}/healthz`)).json()) as { rss_bytes: number };
  return health.rss_bytes;
}

async function burst(fake: FakeSlack, events: string, label: string) {
  fake.reset();
  const t0 = performance.now();
  const acks = await pool(BURST, CONCURRENCY, async (i) => {
    const sent = performance.now();
    const res = await fake.command(events, QUESTIONS[i % QUESTIONS.length] ?? '', `${label}-${i}`);
    return { status: res.status, ms: performance.now() - sent };
  });
  const ackedMs = performance.now() - t0;
  await fake.waitFor(() => fake.responses.length >= BURST, 60_000);
  const answeredMs = performance.now() - t0;
  const latencies = acks.map((a) => a.ms).sort((a, b) => a - b);
  return {
    ok: acks.filter((a) => a.status === 200).length,
    answered: new Set(fake.responses.map((r) => r.id)).size,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    ackedMs,
    answeredMs,
  };
}

const fake = await new FakeSlack().start();
try {
  console.log(`Slack app bench: HTTP mode on 127.0.0.1, Web API and response_url on a local stand-in`);
  console.log(
    `node ${process.version}, ${BURST} signed /role commands per burst, ${CONCURRENCY} in flight\n`,
  );

  // Round robin, so a busy moment of the machine falls on every variant alike.
  const times = Object.fromEntries(HOWS.map((how) => [how, [] as number[]])) as Record<How, number[]>;
  for (let i = 0; i < STARTS; i++) {
    for (const how of HOWS) {
      const started = await startApp(fake.apiUrl, how);
      times[how].push(started.readyMs);
      await stopApp(started);
    }
  }
  const startMedian = {} as Record<How, number>;
  for (const how of HOWS) {
    startMedian[how] = percentile(
      [...times[how]].sort((a, b) => a - b),
      50,
    );
    console.log(`start, ${COMMANDS[how].label} -> ready line:`);
    console.log(`  median ${ms(startMedian[how])}  [${times[how].map(ms).join(', ')}]`);
  }

  for (const how of ['node', 'floor'] as const) {
    const app = await startApp(fake.apiUrl, how);
    const events = `http://127.0.0.1:${app.port}/slack/events`;
    for (let i = 0; i < WARMUP_BURSTS; i++) await burst(fake, events, `warmup${i}`);
    await stopApp(app);
  }

  // Every variant is started, then the timed bursts go to each in turn, round robin like the start
  // times: this process's own client keeps getting faster for many bursts as V8 compiles it, and the
  // machine's load comes and goes, so one variant measured after another had an edge (the same floor
  // measured five times in a row: 467/s, then 930, 839, 704, 797/s in its warm burst).
  type Measured = { app: Running; base: string; events: string; idle: number; rss: number };
  const measured = {} as Record<How, Measured>;
  for (const how of HOWS) {
    const app = await startApp(fake.apiUrl, how);
    const base = `http://127.0.0.1:${app.port}`;
    measured[how] = { app, base, events: `${base}/slack/events`, idle: await rss(base), rss: 0 };
  }
  const labels = ['first burst (cold)', 'second burst (warm)'];
  const bursts = Object.fromEntries(HOWS.map((how) => [how, []])) as unknown as Record<
    How,
    Array<Awaited<ReturnType<typeof burst>>>
  >;
  for (const label of labels) {
    for (const how of HOWS) {
      const m = measured[how];
      bursts[how].push(await burst(fake, m.events, label.split(' ')[0] ?? label));
      // /healthz reports node's own rss; under npm, npm's process is added from /proc.
      if (label === labels.at(-1)) m.rss = (await rss(m.base)) + (underNpm(how) ? npmRss(m.app) : 0);
    }
  }

  const figures = {} as Record<
    How,
    { perSecond: number; p99: number; rss: number; settledRss: number; stopMs: number }
  >;
  for (const how of HOWS) {
    const { app, base, events, idle, rss: total } = measured[how];
    console.log(
      `\n${COMMANDS[how].label}${how.startsWith('floor') ? ' (bare Bolt app, answers in its ack)' : ''}:`,
    );
    console.log(`  memory idle (rss):  ${mb(idle)}`);
    bursts[how].forEach((r, i) => {
      console.log(`  ${labels[i]}:`);
      console.log(`    acked 200:      ${r.ok}/${BURST}   answered: ${r.answered}/${BURST}`);
      console.log(`    ack latency:    p50 ${ms(r.p50)}   p99 ${ms(r.p99)}   max ${ms(r.max)}`);
      console.log(`    all acked in:   ${ms(r.ackedMs)} (${((BURST * 1000) / r.ackedMs).toFixed(0)}/s)`);
    });
    const last = bursts[how].at(-1);
    console.log(`  rss after bursts (all its processes): ${mb(total)}`);
    for (let i = 3; i <= SETTLE_BURSTS; i++) await burst(fake, events, `settle${i}`);
    const settled = (await rss(base)) + (underNpm(how) ? npmRss(app) : 0);
    console.log(`  rss after ${SETTLE_BURSTS} bursts, settled (all its processes): ${mb(settled)}`);
    const stop = await stopApp(app, true);
    console.log(`  SIGTERM to the spawned pid -> all gone: ${ms(stop.ms)}, ${stop.code}`);
    figures[how] = {
      perSecond: (BURST * 1000) / (last?.ackedMs ?? Number.NaN),
      p99: last?.p99 ?? Number.NaN,
      rss: total,
      settledRss: settled,
      stopMs: stop.ms,
    };
  }

  // Like with like: npm start against the floor's npm start, node against node. The third column is
  // the figure this bench printed before the floor was also started with npm (app under npm, floor
  // under plain node: npm's time and memory counted against the app only).
  const pairs: Array<[string, How, How]> = [
    ['npm start vs npm start', 'npm', 'floor-npm'],
    ['node vs node', 'node', 'floor'],
    ['npm start vs node (old)', 'npm', 'floor'],
  ];
  const row = (name: string, cell: (app: How, floor: How) => string) =>
    console.log(`  ${name.padEnd(19)}${pairs.map(([, a, f]) => cell(a, f).padEnd(27)).join('')}`);
  console.log('\nagainst the floor, same run (app / floor):');
  row('', (a, f) => pairs.find(([, x, y]) => x === a && y === f)?.[0] ?? '');
  row('start to ready:', (a, f) => `${(startMedian[a] / startMedian[f]).toFixed(2)}x`);
  row(
    'burst throughput:',
    (a, f) => `${((100 * figures[a].perSecond) / figures[f].perSecond).toFixed(0)} % (warm)`,
  );
  row('ack p99:', (a, f) => `${ms(figures[a].p99)} (floor ${ms(figures[f].p99)})`);
  row('rss after burst:', (a, f) => `${(figures[a].rss / figures[f].rss).toFixed(2)}x`);
  row(
    `rss, ${SETTLE_BURSTS} bursts:`,
    (a, f) => `${(figures[a].settledRss / figures[f].settledRss).toFixed(2)}x`,
  );
  console.log(`  SIGTERM -> gone:   ${ms(figures.npm.stopMs)} (npm start; drain limit 5000 ms)`);
} finally {
  await fake.stop();
}
