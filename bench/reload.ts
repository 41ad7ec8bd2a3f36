/**
 * `npm run bench:reload`: time from saving a knowledge file to the running bot answering from it.
 *
 * Spawns the compiled app (`node dist/main.js`, as `npm start` runs it) in local mode on a copy of
 * the knowledge base, edits a fact in the copy, and asks the same question over stdin, one at a
 * time, until an answer carries the edit. Repeats RUNS times (default 10). Prints figures, asserts nothing.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const QUESTION = 'how much does a cso earn';

const dir = mkdtempSync(join(tmpdir(), 'kb-reload-'));
cpSync(join(ROOT, 'knowledge'), dir, { recursive: true });
const file = join(dir, 'roles/cso.yml');
const original = readFileSync(file, 'utf8');

const env: NodeJS.ProcessEnv = { ...process.env, KNOWLEDGE_DIR: dir };
for (const k of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET']) delete env[k];
const child = spawn(process.execPath, [join(ROOT, 'dist/main.js')], {
  env,
  stdio: ['pipe', 'pipe', 'inherit'],
});
let out = '';
child.stdout.on('data', (chunk: Buffer) => {
  out += chunk.toString();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Asks once and waits for the whole answer (local mode ends each with a blank line). */
async function ask(): Promise<string> {
  out = '';
  child.stdin.write(`${QUESTION}\n`);
  while (!out.endsWith('\n\n')) await sleep(1);
  return out;
}
/** Asks again and again, one at a time, until an answer carries `marker`. */
async function until(marker: string): Promise<void> {
  while (!(await ask()).includes(marker)) await sleep(5);
}

await until('$178,514');
const times: number[] = [];
for (let i = 1; i <= RUNS; i++) {
  const marker = `edit ${i}`;
  const t0 = performance.now();
  writeFileSync(file, original.replace('"$178,514."', `"$178,514 (${marker})."`));
  await until(marker);
  times.push(performance.now() - t0);
  await sleep(300); // let the watcher settle before the next save
}
child.stdin.end();
await new Promise((r) => child.once('exit', r));
rmSync(dir, { recursive: true, force: true });

times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]?.toFixed(0);
console.log(
  `save -> answer from the new file, ${RUNS} saves: median ${at(0.5)} ms, max ${at(1)} ms, min ${at(0)} ms`,
);
