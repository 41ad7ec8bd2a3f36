import { afterEach, describe, expect, it } from 'vitest';
import { FakeSlack } from './fake-slack.js';
import { alive, cleanEnv, descendants, type Spawned, spawnProcess } from './process.js';

/**
 * `npm start` run the way docker, systemd and most supervisors run a service: they know the pid of
 * the process they spawned (npm) and signal that pid only, never the group. Everything under it must
 * get the signal, drain and be gone, with the port closed.
 */
describe('npm start under a supervisor', () => {
  const running: Spawned[] = [];
  let fake: FakeSlack | undefined;
  afterEach(async () => {
    for (const r of running.splice(0)) if (r.child.exitCode === null) r.child.kill('SIGKILL');
    await fake?.stop();
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} to the npm pid alone stops the app: port closed, no process left`, async () => {
      fake = await new FakeSlack().start();
      const npm = spawnProcess('npm', ['start'], {
        env: cleanEnv({
          SLACK_BOT_TOKEN: 'xoxb-supervised',
          SLACK_SIGNING_SECRET: 'supervised-secret',
          SLACK_API_URL: fake.apiUrl,
          PORT: '0',
          HOST: '127.0.0.1',
        }),
      });
      running.push(npm);
      const port = Number((await npm.waitForStdout(/role bot ready: http on port (\d+)/))[1]);
      const pid = npm.child.pid as number;
      const under = descendants(pid);
      expect(under.length).toBeGreaterThan(0);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

      process.kill(pid, signal);
      const { code } = await npm.exited;

      expect(code).toBe(0);
      expect(npm.output.stderr).toBe('');
      expect(under.filter(alive)).toEqual([]);
      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
    });
  }
});
