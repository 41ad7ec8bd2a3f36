import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.js';
import { FakeSlack } from './fake-slack.js';
import { commandBody, SIGNING_SECRET, sendSigned } from './sign.js';

const ROOT = new URL('../..', import.meta.url);

/** Runs `src/main.ts` the way `npm start` does (tsx), with exactly the given Slack environment. */
function runMain(env: Record<string, string>, input?: string) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.startsWith('SLACK_') && !['PORT', 'HOST'].includes(k)),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: { ...clean, LOG_LEVEL: 'warn', ...env },
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (input !== undefined) child.stdin?.end(input);
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (d: Buffer) => {
    output.stdout += d;
  });
  child.stderr?.on('data', (d: Buffer) => {
    output.stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output, exited };
}

describe('npm start (src/main.ts)', () => {
  const children: ChildProcess[] = [];
  const fakes: FakeSlack[] = [];
  afterEach(async () => {
    for (const c of children.splice(0)) if (c.exitCode === null) c.kill('SIGKILL');
    for (const f of fakes.splice(0)) await f.stop();
  });

  it('runs in local mode with no Slack variables: answers each piped line, then exits 0', async () => {
    const run = runMain({}, 'cro vs cso\nwhat does a CTO do\n');
    children.push(run.child);
    expect(await run.exited).toBe(0);
    expect(run.output.stdout).toMatch(/^CSO vs CRO\n=+/m);
    expect(run.output.stdout).toMatch(/Sorry, I don't have an answer for that/);
  });

  it('refuses to start on a broken knowledge file, naming the file and the problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'roles/cro.yml'), 'id: cro\nname: [oops\n');
    const run = runMain({ KNOWLEDGE_DIR: dir }, '');
    children.push(run.child);
    expect(await run.exited).toBe(1);
    expect(run.output.stderr).toMatch(/roles\/cro\.yml at line \d+, column \d+: invalid YAML/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits 1 naming the missing variable when the Slack environment is incomplete', async () => {
    const run = runMain({ SLACK_SIGNING_SECRET: 'x' });
    children.push(run.child);
    expect(await run.exited).toBe(1);
    expect(run.output.stderr).toContain('SLACK_BOT_TOKEN is missing');
  });

  it('starts in HTTP mode, says it is ready, answers, and exits 0 on SIGTERM', async () => {
    const fake = await new FakeSlack().start();
    fakes.push(fake);
    const run = runMain({
      SLACK_BOT_TOKEN: 'xoxb-main',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
    });
    children.push(run.child);
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setInterval(() => {
        const ready = run.output.stdout.match(/role bot ready: http on port (\d+)/);
        if (ready) {
          clearInterval(timer);
          resolve(Number(ready[1]));
        }
        if (run.child.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(run.output.stderr));
        }
      }, 20);
    });
    expect(fake.callsTo('auth.test')).toHaveLength(1);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    const res = await sendSigned(
      `http://127.0.0.1:${port}/slack/events`,
      commandBody('cro', fake.responseUrl('main')),
      'application/x-www-form-urlencoded',
    );
    expect(res.status).toBe(200);
    await fake.waitFor(() => fake.responses.length === 1);

    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(run.output.stderr).toBe('');
  });
});
