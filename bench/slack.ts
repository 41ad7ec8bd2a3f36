/**
 * `npm run bench:slack`: what the Slack app costs to run, measured from outside the process.
 *
 * 1. Starts a local stand-in for Slack's Web API (the e2e tests' FakeSlack), then spawns `npm start`
 *    in HTTP mode against it and times spawn -> "role bot ready" line.
 * 2. Sends bursts of signed `/role` commands (20 in flight at a time) and times each ack (request
 *    sent -> HTTP 200, the answer in its body), then waits until every answer has arrived.
 * 3. Reads the resident memory from GET /healthz, idle and after each burst.
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
const STARTS = Number(process.env.BENCH_STARTS ?? 3);
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

const COMMANDS = {
  npm: ['npm', 'start', '--silent'],
  node: [process.execPath, 'dist/main.js'],
  floor: [process.execPath, 'bench/floor-app.mjs'],
} as const;

/**
 * Spawns the app in its own process group (so the group can be signalled, like Ctrl+C does) and
 * waits for its ready line. `npm start` is what people run; `node dist/main.js` is the same app
 * without npm's own start-up, and its pid is the app itself.
 */
function startApp(apiUrl: string, how: keyof typeof COMMANDS): Promise<Running> {
  const [command, ...args] = COMMANDS[how];
  const t0 = performance.now();
  const child = spawn(command, args, {
    cwd: new URL('..', import.meta.url),
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

  const startMedian: Record<string, number> = {};
  for (const how of ['npm', 'node', 'floor'] as const) {
    const times: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      const started = await startApp(fake.apiUrl, how);
      times.push(started.readyMs);
      await stopApp(started);
    }
    const median = percentile(
      [...times].sort((a, b) => a - b),
      50,
    );
    startMedian[how] = median;
    console.log(`start, ${COMMANDS[how].join(' ').replace(process.execPath, 'node')} -> ready line:`);
    console.log(`  median ${ms(median)}  [${times.map(ms).join(', ')}]`);
  }

  const figures: Record<string, { perSecond: number; p99: number; rss: number; stopMs: number }> = {};
  for (const how of ['npm', 'floor'] as const) {
    const app = await startApp(fake.apiUrl, how);
    const base = `http://127.0.0.1:${app.port}`;
    const events = `${base}/slack/events`;
    console.log(
      `\n${how === 'floor' ? 'floor (bare Bolt app, answers in its ack)' : 'role bot (npm start)'}:`,
    );
    console.log(`  memory idle (rss):  ${mb(await rss(base))}`);
    let last: Awaited<ReturnType<typeof burst>> | undefined;
    for (const label of ['first burst (cold)', 'second burst (warm)']) {
      const r = await burst(fake, events, label.split(' ')[0] ?? label);
      last = r;
      console.log(`  ${label}:`);
      console.log(`    acked 200:      ${r.ok}/${BURST}   answered: ${r.answered}/${BURST}`);
      console.log(`    ack latency:    p50 ${ms(r.p50)}   p99 ${ms(r.p99)}   max ${ms(r.max)}`);
      console.log(`    all acked in:   ${ms(r.ackedMs)} (${((BURST * 1000) / r.ackedMs).toFixed(0)}/s)`);
    }
    // /healthz reports node's own rss; under npm, npm's process is added from /proc.
    const total = (await rss(base)) + (how === 'npm' ? npmRss(app) : 0);
    console.log(`  rss after bursts (all its processes): ${mb(total)}`);
    const stop = await stopApp(app, true);
    console.log(`  SIGTERM to the spawned pid -> all gone: ${ms(stop.ms)}, ${stop.code}`);
    figures[how] = {
      perSecond: (BURST * 1000) / (last?.ackedMs ?? Number.NaN),
      p99: last?.p99 ?? Number.NaN,
      rss: total,
      stopMs: stop.ms,
    };
  }

  const app = figures.npm;
  const floor = figures.floor;
  if (app && floor) {
    console.log('\nagainst the floor, same run:');
    console.log(
      `  start to ready:    ${((startMedian.npm ?? 0) / (startMedian.floor ?? 1)).toFixed(2)}x (npm start)`,
    );
    console.log(
      `  burst throughput:  ${((100 * app.perSecond) / floor.perSecond).toFixed(0)} % (warm burst)`,
    );
    console.log(`  ack p99:           ${ms(app.p99)} (floor ${ms(floor.p99)})`);
    console.log(`  rss after burst:   ${(app.rss / floor.rss).toFixed(2)}x`);
    console.log(`  SIGTERM -> gone:   ${ms(app.stopMs)} (drain limit 5000 ms)`);
  }
} finally {
  await fake.stop();
}
