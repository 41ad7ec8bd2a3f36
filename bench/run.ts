/**
 * `npm run bench`: how fast the engine answers and what it costs to start.
 * Prints knowledge load and index build time, per-question latency (median, p99, max) over a few
 * thousand questions of every kind, and memory. A benchmark, not a test: it asserts nothing.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { createAnswerer } from '../src/answer/index.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { toSlackMessage } from '../src/render/blocks.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3000);
const ms = (n: number) => `${n.toFixed(3)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const rssBefore = process.memoryUsage().rss;
let t = performance.now();
const kb = loadKnowledge();
const loadMs = performance.now() - t;
t = performance.now();
const answer = createAnswerer(kb);
const buildMs = performance.now() - t;

// Questions of every kind: the shared dev set and ours, plus noise and a very long one.
const files = [
  new URL('../../shared/eval/dev-questions.yml', import.meta.url),
  new URL('../tests/answer/questions.yml', import.meta.url),
];
const questions = files.flatMap((f) => {
  try {
    return (parse(readFileSync(f, 'utf8')) as Array<{ q: string }>).map((i) => i.q);
  } catch {
    return [];
  }
});
questions.push('<@U1> <!channel> *cro vs cso?* :tada:', 'cro '.repeat(2500), '');

// First sight of each question: a cold JIT and an empty typo cache, as just after start-up.
const firstSight: number[] = [];
for (const q of questions) {
  const start = performance.now();
  toSlackMessage(answer(q));
  firstSight.push(performance.now() - start);
}
firstSight.sort((a, b) => a - b);

const times: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  const q = questions[i % questions.length] as string;
  const start = performance.now();
  toSlackMessage(answer(q));
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
const mem = process.memoryUsage();

console.log(
  `Knowledge load:   ${ms(loadMs)} (${kb.roles.length} roles, ${kb.comparisons.length} comparisons, ${kb.topics.length} topics)`,
);
console.log(`Index build:      ${ms(buildMs)}`);
console.log(`Questions:        ${ROUNDS} answered and rendered (${questions.length} distinct)`);
console.log(
  `First sight:      median ${ms(firstSight[Math.floor(firstSight.length / 2)] ?? 0)}, max ${ms(firstSight.at(-1) ?? 0)} (cold start, each question once)`,
);
console.log(`Latency:          median ${ms(pct(50))}, p99 ${ms(pct(99))}, max ${ms(times.at(-1) ?? 0)}`);
console.log(
  `Throughput:       ${Math.round(ROUNDS / (times.reduce((a, b) => a + b, 0) / 1000))} questions/s on one core`,
);
console.log(
  `Memory:           rss ${mb(mem.rss)} (+${mb(mem.rss - rssBefore)} for knowledge and indexes), heap used ${mb(mem.heapUsed)}`,
);
