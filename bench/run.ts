/**
 * `npm run bench`: how fast the engine answers and what it costs to start.
 * Prints knowledge load and index build time, per-question latency (median, p99, max) over a few
 * thousand questions of every kind, what each answer allocates, the garbage collections that ran
 * while it was timed (their pauses are in the latency figures: nothing is left out), and memory.
 * A benchmark, not a test: it asserts nothing. Run with node's defaults: no GC flags.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { type PerformanceEntry, PerformanceObserver, performance } from 'node:perf_hooks';
import { getHeapSnapshot, getHeapStatistics } from 'node:v8';
import { parse } from 'yaml';
import { createAnswerer } from '../src/answer/index.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { toSlackMessage } from '../src/render/blocks.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3000);
/**
 * Rounds over every question after the first sight, before the timed ones: the optimizing compiler
 * works for the first few thousand answers (on 2 cores its threads compete with the answers), and the
 * figures below are for the engine once it has. The warm-up's own figures are printed too.
 */
const WARM_UP = Number(process.env.BENCH_WARMUP ?? 20);
const ms = (n: number) => `${n.toFixed(3)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const load = () => loadavg()[0]?.toFixed(2) ?? '?';

const loadBefore = load();
const rssBefore = process.memoryUsage().rss;
let t = performance.now();
const knowledge = loadKnowledge();
const loadMs = performance.now() - t;
t = performance.now();
const answer = createAnswerer(knowledge);
const buildMs = performance.now() - t;
const rssBuilt = process.memoryUsage().rss;

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
const warming: number[] = [];
for (let r = 0; r < WARM_UP; r++) {
  for (const q of questions) {
    const start = performance.now();
    toSlackMessage(answer(q));
    warming.push(performance.now() - start);
  }
}
warming.sort((a, b) => a - b);

// Every collection during the timed rounds, minor and major: its pause is inside some question's time.
const gcs: PerformanceEntry[] = [];
const observer = new PerformanceObserver((list) => gcs.push(...list.getEntries()));
observer.observe({ entryTypes: ['gc'] });
const times: number[] = [];
const cpuBefore = process.cpuUsage();
const wallBefore = performance.now();
for (let i = 0; i < ROUNDS; i++) {
  const q = questions[i % questions.length] as string;
  const start = performance.now();
  toSlackMessage(answer(q));
  times.push(performance.now() - start);
}
const wall = performance.now() - wallBefore;
const cpu = process.cpuUsage(cpuBefore);
const loadAfter = load();
// Entries are delivered asynchronously: let the last ones arrive.
await new Promise((resolve) => setTimeout(resolve, 20));
observer.disconnect();
times.sort((a, b) => a - b);
const at = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const pct = (p: number) => at(times, p);
const over = (limit: number) => times.filter((x) => x > limit).length;
const mem = process.memoryUsage();

// What an answer allocates, answered and rendered: the heap's growth between answers, summed over
// one pass of every question (a collection shows as a drop, and that answer is left out), less what
// reading the heap size costs.
const heapUsed = () => getHeapStatistics().used_heap_size;
let probe = 0;
let last = heapUsed();
for (let i = 0; i < 1000; i++) {
  const now = heapUsed();
  if (now > last) probe += now - last;
  last = now;
}
probe /= 1000;
let allocated = 0;
let counted = 0;
last = heapUsed();
for (let r = 0; r < 3; r++) {
  for (const q of questions) {
    toSlackMessage(answer(q));
    const now = heapUsed();
    if (now >= last) {
      allocated += now - last - probe;
      counted++;
    }
    last = now;
  }
}

// What stays: a heap snapshot collects everything else first.
const snapshot = getHeapSnapshot();
snapshot.resume();
await new Promise((resolve) => snapshot.on('end', resolve));
const live = process.memoryUsage().heapUsed;

const pauses = gcs.map((g) => g.duration).sort((a, b) => a - b);
console.log(
  `Knowledge load:   ${ms(loadMs)} (${knowledge.roles.length} roles, ${knowledge.comparisons.length} comparisons, ${knowledge.topics.length} topics)`,
);
console.log(`Index build:      ${ms(buildMs)}`);
console.log(`Questions:        ${ROUNDS} answered and rendered (${questions.length} distinct)`);
console.log(
  `First sight:      median ${ms(firstSight[Math.floor(firstSight.length / 2)] ?? 0)}, max ${ms(firstSight.at(-1) ?? 0)} (cold start, each question once)`,
);
console.log(
  `Warming up:       median ${ms(at(warming, 50))}, p99 ${ms(at(warming, 99))}, max ${ms(warming.at(-1) ?? 0)} (${warming.length} answers, ${WARM_UP} rounds, while the compiler optimizes)`,
);
console.log(`Latency:          median ${ms(pct(50))}, p99 ${ms(pct(99))}, max ${ms(times.at(-1) ?? 0)}`);
console.log(`Slow answers:     ${over(0.5)} over 0.5 ms, ${over(1)} over 1 ms (of ${ROUNDS})`);
console.log(
  `Throughput:       ${Math.round(ROUNDS / (times.reduce((a, b) => a + b, 0) / 1000))} questions/s on one core`,
);
console.log(
  `Allocation:       ${kb(allocated / Math.max(1, counted))} per answer; ${gcs.length} collections while timed, ` +
    `pauses ${pauses.length ? `median ${ms(pauses[Math.floor(pauses.length / 2)] ?? 0)}, max ${ms(pauses.at(-1) ?? 0)}, total ${ms(pauses.reduce((a, b) => a + b, 0))}` : 'none'}`,
);
console.log(
  `Memory:           rss ${mb(mem.rss)} (+${mb(rssBuilt - rssBefore)} after knowledge and indexes, +${mb(mem.rss - rssBefore)} after answering), heap used ${mb(mem.heapUsed)}, live ${mb(live)} after a full collection`,
);
console.log(
  `Machine:          ${cpus().length} cores, load average ${loadBefore} before, ${loadAfter} after; the timed rounds took ${ms(wall)} and the process ${ms((cpu.user + cpu.system) / 1000)} of CPU (other work on the machine shows in p99 and max)`,
);
