import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load.js';
import { LOCAL_BANNER } from '../../src/local.js';
import { FakeSlack } from './fake-slack.js';
import { cleanEnv, DIST_MAIN, type Spawned, spawnProcess } from './process.js';
import { SIGNING_SECRET } from './sign.js';

const READY = /role bot ready: http on port (\d+)/;

describe('npm start (node dist/main.js)', () => {
  const running: Spawned[] = [];
  const cleanup: Array<() => unknown> = [];
  afterEach(async () => {
    for (const r of running.splice(0)) if (r.child.exitCode === null) r.child.kill('SIGKILL');
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  /** The compiled app, as `npm start` runs it, with exactly the given Slack environment. */
  function runMain(env: Record<string, string>, input?: string, cwd?: string) {
    const run = spawnProcess(process.execPath, [DIST_MAIN], {
      env: cleanEnv(env),
      ...(input === undefined ? {} : { input }),
      ...(cwd ? { cwd } : {}),
    });
    running.push(run);
    return run;
  }

  async function fakeSlack() {
    const fake = await new FakeSlack().start();
    cleanup.push(() => fake.stop());
    return fake;
  }

  function tempDir() {
    const dir = mkdtempSync(join(tmpdir(), 'rolebot-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  it('runs in local mode with no Slack variables: says so on stderr, answers each piped line, exits 0', async () => {
    const run = runMain({}, 'cro vs cso\nwhat does a CTO do\n');
    expect((await run.exited).code).toBe(0);
    expect(run.output.stdout).toMatch(/^CSO vs CRO\n=+/m);
    expect(run.output.stdout).toMatch(/Sorry, I don't have an answer for that/);
    expect(run.output.stdout).not.toContain('local mode');
    expect(run.output.stderr).toBe(`${LOCAL_BANNER}\n`);
  });

  it('local mode is one conversation: a follow-up takes the role from the line before', async () => {
    const run = runMain({}, 'what does a cro do\nand how much do they earn?\n');
    expect((await run.exited).code).toBe(0);
    const [, second] = run.output.stdout.split(/\n(?=CRO: Compensation\n)/);
    expect(second).toContain('About the CRO, from earlier in this conversation');
    expect(second).toContain('$180,797');
  });

  it('local mode reads well in a terminal: 80 columns when piped, short answers, one line for thanks, exit ends it', async () => {
    const run = runMain({}, 'cro\nthanks!\nok\nhelp\ncso vs cro\nexit\nwhat does a cso do\n');
    expect((await run.exited).code).toBe(0);
    const out = run.output.stdout;
    expect(out.split('\n').filter((l) => l.length > 80)).toEqual([]);
    expect(out).toContain("\nYou're welcome. Ask another question, or type exit to leave.\n\n");
    expect(out).toContain('\nAnything else? Ask another question, or type exit to leave.\n\n');
    // The help describes the terminal, not the slash command.
    expect(out).toContain('Type a question and press Enter');
    expect(out).not.toContain('/role');
    // Short: the overview's first points, and a line saying more was left out.
    expect(out.slice(0, out.indexOf("You're welcome")).trim().split('\n').length).toBeLessThan(30);
    expect(out).toMatch(/more points? left out to keep this short/);
    // Nothing after exit is answered.
    expect(out).not.toContain('Chief Sales Officer (CSO)\n=');
  });

  it('says it is in local mode even with nothing to read', async () => {
    const run = runMain({}, '');
    expect((await run.exited).code).toBe(0);
    expect(run.output.stderr).toContain('local mode: no Slack credentials set');
  });

  it('refuses to start on a broken knowledge file, naming the file and the problem', async () => {
    const dir = tempDir();
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'roles/cro.yml'), 'id: cro\nname: [oops\n');
    const run = runMain({ KNOWLEDGE_DIR: dir }, '');
    expect((await run.exited).code).toBe(1);
    expect(run.output.stderr).toMatch(/roles\/cro\.yml:\d+:\d+: invalid YAML/);
  });

  it("starts from the build's knowledge snapshot while the YAML is unchanged, and from the YAML once it is edited", async () => {
    const fake = await fakeSlack();
    const slack = {
      SLACK_BOT_TOKEN: 'xoxb-main',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'debug',
    };
    const started = runMain(slack);
    await started.waitForStdout(READY);
    expect(started.output.stdout).toContain('knowledge: the snapshot written by the build');
    started.child.kill('SIGTERM');
    await started.exited;

    // A knowledge owner's edit after the build is served, not hidden behind the snapshot.
    const dir = tempDir();
    cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
    const cso = join(dir, 'roles/cso.yml');
    writeFileSync(
      cso,
      readFileSync(cso, 'utf8').replace('"$178,514."', '"$178,514 (edited after the build)."'),
    );
    const edited = runMain({ ...slack, KNOWLEDGE_DIR: dir });
    await edited.waitForStdout(READY);
    expect(edited.output.stdout).toContain('knowledge: loaded and validated from the YAML');
    edited.child.kill('SIGTERM');
    await edited.exited;
    const local = runMain({ KNOWLEDGE_DIR: dir }, 'how much does a cso earn\n');
    expect((await local.exited).code).toBe(0);
    expect(local.output.stdout).toContain('(edited after the build)');
  });

  it('exits 1 naming the missing variable when the Slack environment is incomplete', async () => {
    const run = runMain({ SLACK_SIGNING_SECRET: 'x' });
    expect((await run.exited).code).toBe(1);
    expect(run.output.stderr).toContain('SLACK_BOT_TOKEN is missing');
  });

  it('starts in HTTP mode, says it is ready, answers, and exits 0 on SIGTERM with the question recorded', async () => {
    const fake = await fakeSlack();
    const database = join(tempDir(), 'rolebot.db');
    const run = runMain({
      SLACK_BOT_TOKEN: 'xoxb-main',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_PATH: database,
    });
    const port = Number((await run.waitForStdout(READY))[1]);
    expect(fake.callsTo('auth.test')).toHaveLength(1);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    const res = await fake.command(`http://127.0.0.1:${port}/slack/events`, 'cro', 'main');
    expect(res.status).toBe(200);
    expect(fake.responses.map((r) => [r.id, r.via, r.body.response_type])).toEqual([
      ['main', 'ack', 'ephemeral'],
    ]);

    // At once: the record still waits in the write buffer for others to batch with; the shutdown writes it.
    run.child.kill('SIGTERM');
    expect((await run.exited).code).toBe(0);
    expect(run.output.stderr).toBe('');
    const db = new Database(database, { readonly: true });
    cleanup.push(() => db.close());
    expect(db.prepare('select surface, question from questions').all()).toEqual([
      { surface: 'slash', question: 'cro' },
    ]);
  });

  it('logs JSON lines when not on a terminal: one per request, no token and no question text', async () => {
    const fake = await fakeSlack();
    const run = runMain({
      SLACK_BOT_TOKEN: 'xoxb-main-secret',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: fake.apiUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      RECORD_QUESTIONS: 'false',
    });
    const port = Number((await run.waitForStdout(READY))[1]);
    await fake.command(`http://127.0.0.1:${port}/slack/events`, 'what does a cro earn', 'json-log', {
      channel_id: 'C0JSONLOG',
    });
    const lines = () =>
      run.output.stdout
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
    const line = await fake.waitFor(() => lines().find((l) => l.msg === 'answered'));
    expect(line).toMatchObject({
      level: 'info',
      name: 'role-bot',
      type: 'slash_command',
      surface: 'slash',
      roles: 'cro',
      channel: 'C0JSONLOG',
      team: expect.any(String),
      kind: expect.any(String),
      coverage: expect.any(String),
      outcome: 'ok',
    });
    expect(new Date(String(line.time)).getTime()).not.toBeNaN();
    expect(run.output.stdout + run.output.stderr).not.toContain('xoxb-main-secret');
    expect(run.output.stdout).not.toContain('earn');
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/^rolebot_questions_total\{surface="slash",.*\} 1$/m);
  });

  it('reads .env from the working directory; variables already set win over it', async () => {
    const fake = await fakeSlack();
    const dir = tempDir();
    writeFileSync(
      join(dir, '.env'),
      [
        'SLACK_BOT_TOKEN=xoxb-from-dotenv',
        `SLACK_SIGNING_SECRET=${SIGNING_SECRET}`,
        `SLACK_API_URL=${fake.apiUrl}`,
        'PORT=1',
        'HOST=127.0.0.1',
      ].join('\n'),
    );
    // Unset (not blank) so the file can fill them in; PORT is set and wins over the file's.
    const env = Object.fromEntries(
      Object.entries(cleanEnv({ PORT: '0' })).filter(
        ([k]) => !['SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_API_URL'].includes(k),
      ),
    );
    const run = spawnProcess(process.execPath, [DIST_MAIN], { env, cwd: dir });
    running.push(run);
    await run.waitForStdout(READY);
    expect(fake.callsTo('auth.test')[0]?.token).toBe('xoxb-from-dotenv');
  });
});
