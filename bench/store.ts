/**
 * `npm run bench:store`: how fast the store takes records, and what recording costs an answer.
 * - rows written per second through the write buffer (SQLite in a temporary file; PostgreSQL too when
 *   DATABASE_URL or TEST_DATABASE_URL names one, in a schema of its own, dropped after);
 * - the time a listener spends on recording (`recordQuestion`: it only queues), per answer;
 * - what Bolt's per-request installation lookup costs (OAuth), from the database and from the cache;
 * - what the shared once-only check (event ids, request signatures) costs per request.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createAnswerer } from '../src/answer/index.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { StoreLocation } from '../src/store/connect.js';
import { DbInstallationStore } from '../src/store/installations.js';
import { SecretBox } from '../src/store/secret-box.js';
import { Store } from '../src/store/store.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const answer = createAnswerer(loadKnowledge());
const QUESTIONS = ['cro', 'cso vs cro', 'how much does an sdr earn', 'what does a cto do', 'sales hierarchy'];
const answers = QUESTIONS.map((q) => answer(q));
const fallback = answer('cro');

async function measure(name: string, location: StoreLocation): Promise<void> {
  const store = await Store.open({ location, buffer: { capacity: ROWS + 1 } });
  const start = process.hrtime.bigint();
  for (let i = 0; i < ROWS; i++) {
    store.recordQuestion({
      surface: 'slash',
      answer: answers[i % answers.length] ?? fallback,
      team: 'T',
      channel: 'C',
      user: `U${i % 50}`,
    });
  }
  const queued = Number(process.hrtime.bigint() - start) / 1e6;
  await store.drained(120_000);
  const total = Number(process.hrtime.bigint() - start) / 1e6;
  const { written, lost } = store.stats();
  console.log(
    `${name.padEnd(10)} ${written} rows in ${(total / 1000).toFixed(2)} s: ${Math.round(written / (total / 1000))} rows/s written; ` +
      `recording cost per answer ${((queued * 1000) / ROWS).toFixed(2)} µs (queue only); lost ${lost}`,
  );
  await lookups(store);
  await store.close();
}

/** Mean time per call of `f`, in microseconds, over `n` sequential calls. */
async function perCall(n: number, f: (i: number) => Promise<unknown>): Promise<string> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await f(i);
  return `${(Number(process.hrtime.bigint() - start) / 1e3 / n).toFixed(1)} µs`;
}

async function lookups(store: Store): Promise<void> {
  const TEAMS = 100;
  const box = new SecretBox(randomBytes(32));
  const uncached = new DbInstallationStore(store.db, box, 0);
  const cached = new DbInstallationStore(store.db, box);
  for (let t = 0; t < TEAMS; t++) {
    await uncached.storeInstallation({
      team: { id: `T${t}` },
      enterprise: undefined,
      user: { id: 'U1', token: undefined, scopes: undefined },
      bot: { id: 'B1', userId: 'UBOT', token: `xoxb-${t}`, scopes: ['commands', 'chat:write'] },
      isEnterpriseInstall: false,
      authVersion: 'v2',
    });
  }
  const query = (i: number) => ({
    teamId: `T${i % TEAMS}`,
    enterpriseId: undefined,
    isEnterpriseInstall: false,
  });
  const fromDb = await perCall(2_000, (i) => uncached.fetchInstallation(query(i)));
  const fromCache = await perCall(100_000, (i) => cached.fetchInstallation(query(i)));
  const seen = store.seenOnce('events');
  const until = Date.now() + 60_000;
  const claim = await perCall(2_000, (i) => seen.firstSight(`Ev${i}`, until));
  console.log(
    `${''.padEnd(10)} installation lookup (decrypt included): ${fromDb} from the database, ${fromCache} cached; ` +
      `once-only claim (event id): ${claim}`,
  );
}

const dir = mkdtempSync(join(tmpdir(), 'rolebot-bench-'));
await measure('sqlite', { kind: 'sqlite', path: join(dir, 'bench.db') });
rmSync(dir, { recursive: true, force: true });

const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
if (url) {
  const schema = `rolebot_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  try {
    const u = new URL(url);
    u.searchParams.set('options', `-c search_path=${schema}`);
    await measure('postgres', { kind: 'postgres', url: u.toString() });
  } finally {
    await admin.query(`drop schema ${schema} cascade`);
    await admin.end();
  }
} else {
  console.log('postgres   skipped: set DATABASE_URL or TEST_DATABASE_URL to measure it');
}
