/**
 * `npm run bench:store`: how fast the store takes records, and what recording costs an answer.
 * - rows written per second through the write buffer (SQLite in a temporary file; PostgreSQL too when
 *   DATABASE_URL or TEST_DATABASE_URL names one, in a schema of its own, dropped after);
 * - the time a listener spends on recording (`recordQuestion`: it only queues), per answer.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createAnswerer } from '../src/answer/index.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import type { StoreLocation } from '../src/store/connect.js';
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
  await store.close();
  console.log(
    `${name.padEnd(10)} ${written} rows in ${(total / 1000).toFixed(2)} s: ${Math.round(written / (total / 1000))} rows/s written; ` +
      `recording cost per answer ${((queued * 1000) / ROWS).toFixed(2)} µs (queue only); lost ${lost}`,
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
