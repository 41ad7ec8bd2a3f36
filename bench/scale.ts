/**
 * `npm run bench:scale`: throughput of one instance against two, side by side in one run, each
 * behind the same nginx set-up on loopback and sharing one PostgreSQL database (a schema of its own
 * in TEST_DATABASE_URL or DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test).
 *
 * Each round sends BENCH_BURST signed `/role` commands (BENCH_CONCURRENCY in flight) through nginx
 * and times them; rounds alternate one and two instances, BENCH_ROUNDS times each. A benchmark, not a
 * test: it prints figures and asserts nothing. On a machine with fewer cores than instances plus the
 * load generator, two instances share the same CPUs and the figure says so.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { nginxOrReason, startInstance, startNginx } from '../tests/e2e/cluster.js';
import { FakeSlack } from '../tests/e2e/fake-slack.js';
import { pool } from '../tests/e2e/pool.js';
import { commandBody, SIGNING_SECRET, sendSigned } from '../tests/e2e/sign.js';
import { postgresBackend } from '../tests/store/backends.js';

const BURST = Number(process.env.BENCH_BURST ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 40);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const QUESTIONS = ['cro', 'cso vs cro', 'what does an sdr do?', 'vp of sales salary', 'help'];

const found = nginxOrReason();
if ('reason' in found) {
  console.error(`bench:scale needs nginx: ${found.reason}`);
  process.exit(1);
}
const baseUrl =
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const fake = await new FakeSlack().start();
const db = await postgresBackend(baseUrl).fresh();
const env = {
  SLACK_BOT_TOKEN: 'xoxb-bench',
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: fake.apiUrl,
  DATABASE_URL: db.url as string,
  LOG_LEVEL: 'error',
};
const [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
if (!a || !b) throw new Error('instances did not start');
const one = await startNginx(found.nginx, [a.port]);
const two = await startNginx(found.nginx, [a.port, b.port]);

/** One burst through `url`: commands per second, and the p50/p99 of each request's round trip. */
async function burst(url: string) {
  const times: number[] = [];
  let failed = 0;
  const t0 = performance.now();
  await pool(BURST, CONCURRENCY, async (i) => {
    const t = performance.now();
    const res = await sendSigned(
      `${url}/slack/events`,
      commandBody(QUESTIONS[i % QUESTIONS.length] as string, fake.responseUrl(`s${i}`)),
      'application/x-www-form-urlencoded',
    );
    times.push(performance.now() - t);
    if (res.status !== 200) failed++;
  });
  const seconds = (performance.now() - t0) / 1000;
  times.sort((x, y) => x - y);
  const at = (p: number) => times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] ?? 0;
  return { perSecond: BURST / seconds, p50: at(50), p99: at(99), failed };
}

const results: Record<'one' | 'two', Array<Awaited<ReturnType<typeof burst>>>> = { one: [], two: [] };
try {
  await burst(two.url); // warm-up: JIT, connection pools, the database's caches
  for (let r = 0; r < ROUNDS; r++) {
    results.one.push(await burst(one.url));
    results.two.push(await burst(two.url));
  }
} finally {
  await one.stop();
  await two.stop();
  await Promise.all([a.stop(), b.stop()]);
  await fake.stop();
  await db.drop();
}

const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] ?? 0;
console.log(
  `bench:scale: ${BURST} signed /role commands per round, ${CONCURRENCY} in flight, through nginx; ` +
    `PostgreSQL; ${availableParallelism()} CPUs; median of ${ROUNDS} rounds`,
);
for (const [name, rounds] of Object.entries(results)) {
  console.log(
    `  ${name === 'one' ? 'one instance ' : 'two instances'}  ${median(rounds.map((x) => x.perSecond)).toFixed(0)} commands/s` +
      `  p50 ${median(rounds.map((x) => x.p50)).toFixed(1)} ms  p99 ${median(rounds.map((x) => x.p99)).toFixed(1)} ms` +
      `  failed ${rounds.reduce((n, x) => n + x.failed, 0)}`,
  );
}
const ratio = median(results.two.map((x) => x.perSecond)) / median(results.one.map((x) => x.perSecond));
console.log(`  two / one: ${ratio.toFixed(2)}x`);
