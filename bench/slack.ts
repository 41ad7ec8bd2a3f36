/**
 * `npm run bench:slack`: what the Slack app costs to run, measured from outside the process.
 *
 * 1. Starts a local stand-in for Slack's Web API (the e2e tests' FakeSlack), then spawns the app in
 *    HTTP mode against it and times spawn -> "role bot ready" line, each way it can be started:
 *    `npm start` and `node dist/main.js`. The floor, a bare Bolt app, is started both ways too
 *    (`npm start` in bench/floor, and `node bench/floor-app.mjs`), so each ratio compares like with
 *    like: npm's own start-up (about 90 ms) and process (about 55 MB) count on both sides or neither.
 * 2. Warms up its own client on a throwaway app and floor (BENCH_WARMUP_BURSTS, untimed), starts
 *    every variant, then sends BENCH_BURSTS timed bursts of signed `/role` commands (20 in flight at
 *    a time) to each, round robin: one burst to every variant in turn, the order rotated each round.
 *    Each ack is timed (request sent -> HTTP 200, the answer in its body), then the bench waits until
 *    every answer has arrived. The first burst of each variant is the cold one, reported on its own;
 *    the others are the warm ones, reported as the median and range of their throughput, the ack
 *    latencies of all of them together, and the CPU the variant's processes used over all of them.
 * 3. Reads the resident memory from GET /healthz, idle, after two bursts, and after the last one,
 *    once V8's heap has settled.
 * 4. Sends SIGTERM and times the graceful shutdown.
 *
 * The app and the floor are measured exactly the same way. Everything runs on 127.0.0.1. A
 * benchmark, not a test: it prints figures and asserts nothing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { FakeSlack } from '../tests/e2e/fake-slack.js';
import { pool } from '../tests/e2e/pool.js';
import { SIGNING_SECRET } from '../tests/e2e/sign.js';

const BURST = Number(process.env.BENCH_BURST ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const STARTS = Number(process.env.BENCH_STARTS ?? 5);
/**
 * Timed bursts per variant, the first of them cold. One warm burst of 200 commands takes about
 * 130 ms, so one hiccup of the scheduler moved a single burst's throughput by 20 points (the same
 * variant's warm bursts in one run: 778 to 1634/s): the figures are the median of the warm ones, and
 * their ack latencies taken together. Memory is read after two bursts and again after the last,
 * "settled": V8 grows its young generation once enough has survived its collections since the last
 * growth, so two bursts catch the app (which does more per request) just after a growth the floor
 * reaches a few bursts later; after about ten both have settled (measured: the floor 87 MB after 2
 * bursts, 119 MB after 12; the app 124 and 150).
 */
const BURSTS = Math.max(3, Number(process.env.BENCH_BURSTS ?? 20));
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
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
/** The median, the mean of the middle two for an even count. */
const median = (values: number[]) => {
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? Number.NaN) + (s[mid] ?? Number.NaN)) / 2;
};
const range = (values: number[], format: (n: number) => string) =>
  `${format(Math.min(...values))}-${format(Math.max(...values))}`;
const loads = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

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

/** /proc's CPU times are in clock ticks: 100 a second on Linux (USER_HZ). */
const TICK_MS = 10;

/**
 * CPU time (user + system) used so far by the process we spawned and its children (under npm start:
 * npm, and node, which the shell exec'd), in milliseconds, from /proc. Read before and after the
 * warm bursts, the same way for the app and the floor.
 */
function cpuMs(app: Running): number {
  const pid = app.child.pid as number;
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .split(' ')
      .filter(Boolean)
      .map(Number);
  } catch {}
  let ticks = 0;
  for (const p of [pid, ...children]) {
    try {
      // Fields after the command's closing parenthesis: state is the 3rd, utime the 14th, stime the 15th.
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {}
  }
  return ticks * TICK_MS;
}

async function rss(base: string): Promise<number> {
  const health = (await (await fetch(`${base}/healthz`)).json()) as { rss_bytes: number };
  return health.rss_bytes;
}

type Burst = Awaited<ReturnType<typeof burst>>;

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
  const latencies = sorted(acks.map((a) => a.ms));
  return {
    ok: acks.filter((a) => a.status === 200).length,
    answered: new Set(fake.responses.map((r) => r.id)).size,
    latencies,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? Number.NaN,
    ackedMs,
    perSecond: (BURST * 1000) / ackedMs,
  };
}

const fake = await new FakeSlack().start();
try {
  console.log(`Slack app bench: HTTP mode on 127.0.0.1, Web API and response_url on a local stand-in`);
  console.log(
    `node ${process.version}, ${BURST} signed /role commands per burst, ${CONCURRENCY} in flight, ${BURSTS} timed bursts per variant (1 cold, ${BURSTS - 1} warm)`,
  );
  console.log(`load average at the start (1, 5, 15 min): ${loads()}\n`);

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
    startMedian[how] = percentile(sorted(times[how]), 50);
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
  // measured five times in a row: 467/s, then 930, 839, 704, 797/s in its warm burst). The order
  // turns by one each round, so no variant always goes first in a round, just after a pause.
  type Measured = {
    app: Running;
    base: string;
    events: string;
    idle: number;
    rss: number;
    settledRss: number;
    bursts: Burst[];
    cpuBefore: number;
    cpuMs: number;
  };
  const measured = {} as Record<How, Measured>;
  for (const how of HOWS) {
    const app = await startApp(fake.apiUrl, how);
    const base = `http://127.0.0.1:${app.port}`;
    measured[how] = {
      app,
      base,
      events: `${base}/slack/events`,
      idle: await rss(base),
      rss: 0,
      settledRss: 0,
      bursts: [],
      cpuBefore: 0,
      cpuMs: 0,
    };
  }
  // /healthz reports node's own rss; under npm, npm's process is added from /proc.
  const rssOf = async (how: How) =>
    (await rss(measured[how].base)) + (underNpm(how) ? npmRss(measured[how].app) : 0);
  for (let round = 0; round < BURSTS; round++) {
    // CPU is counted over the warm bursts, from before the first of them to after the last.
    if (round === 1) for (const how of HOWS) measured[how].cpuBefore = cpuMs(measured[how].app);
    for (let k = 0; k < HOWS.length; k++) {
      const how = HOWS[(round + k) % HOWS.length] as How;
      const m = measured[how];
      m.bursts.push(await burst(fake, m.events, round === 0 ? 'cold' : `warm${round}`));
    }
    if (round === 1) for (const how of HOWS) measured[how].rss = await rssOf(how);
  }
  // Anything the variants left to do after their last burst (the app's records wait up to a second
  // in its write buffer) counts too.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  for (const how of HOWS) {
    const m = measured[how];
    m.cpuMs = cpuMs(m.app) - m.cpuBefore;
    m.settledRss = await rssOf(how);
  }
  console.log(`load average after the bursts: ${loads()}`);

  const figures = {} as Record<
    How,
    {
      perSecond: number[];
      medianPerSecond: number;
      p99: number;
      rss: number;
      settledRss: number;
      cpuPerCommand: number;
      stopMs: number;
    }
  >;
  for (const how of HOWS) {
    const { app, idle, rss: total, settledRss, bursts, cpuMs: cpu } = measured[how];
    const [cold, ...warm] = bursts as [Burst, ...Burst[]];
    const warmLatencies = sorted(warm.flatMap((b) => b.latencies));
    const perSecond = warm.map((b) => b.perSecond);
    const commands = warm.length * BURST;
    console.log(
      `\n${COMMANDS[how].label}${how.startsWith('floor') ? ' (bare Bolt app, answers in its ack)' : ''}:`,
    );
    console.log(`  memory idle (rss):  ${mb(idle)}`);
    console.log('  first burst (cold):');
    console.log(`    acked 200:      ${cold.ok}/${BURST}   answered: ${cold.answered}/${BURST}`);
    console.log(`    ack latency:    p50 ${ms(cold.p50)}   p99 ${ms(cold.p99)}   max ${ms(cold.max)}`);
    console.log(`    all acked in:   ${ms(cold.ackedMs)} (${cold.perSecond.toFixed(0)}/s)`);
    console.log(`  ${warm.length} warm bursts:`);
    console.log(
      `    acked 200:      ${warm.reduce((n, b) => n + b.ok, 0)}/${commands}   answered: ${warm.reduce((n, b) => n + b.answered, 0)}/${commands}`,
    );
    console.log(
      `    throughput:     median ${median(perSecond).toFixed(0)}/s   range ${range(perSecond, (n) => n.toFixed(0))}/s   [${perSecond.map((n) => n.toFixed(0)).join(', ')}]`,
    );
    console.log(
      `    ack latency:    p50 ${ms(percentile(warmLatencies, 50))}   p99 ${ms(percentile(warmLatencies, 99))}   max ${ms(warmLatencies.at(-1) ?? Number.NaN)} (all ${commands} acks)`,
    );
    const p99s = warm.map((b) => b.p99);
    console.log(`    p99 per burst:  median ${ms(median(p99s))}   range ${range(p99s, ms)}`);
    console.log(
      `    CPU:            ${(cpu / commands).toFixed(3)} ms a command (${ms(cpu)} over the warm bursts, all its processes)`,
    );
    console.log(`  rss after 2 bursts (all its processes): ${mb(total)}`);
    console.log(`  rss after ${BURSTS} bursts, settled (all its processes): ${mb(settledRss)}`);
    const stop = await stopApp(app, true);
    console.log(`  SIGTERM to the spawned pid -> all gone: ${ms(stop.ms)}, ${stop.code}`);
    figures[how] = {
      perSecond,
      medianPerSecond: median(perSecond),
      p99: percentile(warmLatencies, 99),
      rss: total,
      settledRss,
      cpuPerCommand: cpu / commands,
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
  const pct = (n: number) => `${(100 * n).toFixed(0)} %`;
  console.log('\nagainst the floor, same run (app / floor):');
  row('', (a, f) => pairs.find(([, x, y]) => x === a && y === f)?.[0] ?? '');
  row('start to ready:', (a, f) => `${(startMedian[a] / startMedian[f]).toFixed(2)}x`);
  row(
    'warm throughput:',
    (a, f) => `${pct(figures[a].medianPerSecond / figures[f].medianPerSecond)} (medians)`,
  );
  // The same rounds paired: a busy moment of the machine tends to fall on both bursts of a round.
  row('  round by round:', (a, f) => {
    const ratios = figures[a].perSecond.map((s, i) => s / (figures[f].perSecond[i] ?? Number.NaN));
    return `${pct(median(ratios))} (${range(ratios, (n) => (100 * n).toFixed(0))} %)`;
  });
  row('ack p99 (warm):', (a, f) => `${ms(figures[a].p99)} (floor ${ms(figures[f].p99)})`);
  row(
    'CPU a command:',
    (a, f) => `${figures[a].cpuPerCommand.toFixed(3)}/${figures[f].cpuPerCommand.toFixed(3)} ms`,
  );
  row('rss after 2 bursts:', (a, f) => `${(figures[a].rss / figures[f].rss).toFixed(2)}x`);
  row(`rss, ${BURSTS} bursts:`, (a, f) => `${(figures[a].settledRss / figures[f].settledRss).toFixed(2)}x`);
  console.log(`  SIGTERM -> gone:   ${ms(figures.npm.stopMs)} (npm start; drain limit 5000 ms)`);
  console.log(`load average at the end: ${loads()}`);
} finally {
  await fake.stop();
}
