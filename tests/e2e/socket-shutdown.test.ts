import { afterEach, describe, expect, it } from 'vitest';
import { BOT_USER_ID, FakeSlack } from './fake-slack.js';
import { FakeSocketMode } from './fake-socket.js';
import { alive, cleanEnv, DIST_MAIN, descendants, type Spawned, spawnProcess } from './process.js';

const mention = (i: number) => {
  const ts = `1700009000.${String(i).padStart(6, '0')}`;
  return {
    token: 'legacy-verification-token',
    team_id: 'T0TEAM',
    api_app_id: 'A0ROLEBOT',
    type: 'event_callback',
    event_id: `EvDrain${i}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T0TEAM', user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    event: {
      type: 'app_mention',
      user: 'U0ASKER',
      text: `<@${BOT_USER_ID}> cro`,
      ts,
      channel: `C0DRAIN${i}`,
      event_ts: ts,
    },
  };
};

/**
 * The compiled app in Socket Mode, signalled the way a supervisor does, in the middle of answering:
 * it closes the socket first (no new envelope is acked and then dropped), lets the answers already
 * acked go out, and exits 0 with no process left.
 */
describe('Socket Mode shutdown (node dist/main.js)', () => {
  let run: Spawned | undefined;
  let fake: FakeSlack | undefined;
  let socket: FakeSocketMode | undefined;
  afterEach(async () => {
    if (run?.child.exitCode === null) run.child.kill('SIGKILL');
    await socket?.stop();
    await fake?.stop();
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} mid-burst: every acked mention is answered, then the process is gone`, async () => {
      fake = await new FakeSlack().start();
      socket = await new FakeSocketMode(fake).start();
      run = spawnProcess(process.execPath, [DIST_MAIN], {
        env: cleanEnv({
          SLACK_BOT_TOKEN: 'xoxb-drain',
          SLACK_APP_TOKEN: 'xapp-drain',
          SLACK_API_URL: fake.apiUrl,
          RECORD_QUESTIONS: 'false',
        }),
      });
      await run.waitForStdout(/role bot ready: socket mode/);
      await socket.waitFor(() => socket?.connected);

      // A slow Web API: the answers are still on their way when the signal arrives.
      fake.delayMs = 1_000;
      const envelopes = Array.from({ length: 20 }, (_, i) => socket?.send('events_api', mention(i)) ?? '');
      await Promise.all(envelopes.map((id) => socket?.ackFor(id)));
      const pid = run.child.pid as number;
      run.child.kill(signal);

      expect((await run.exited).code).toBe(0);
      const answered = new Set(fake.appliedTo('chat.postMessage').map((c) => c.args.channel));
      expect(answered.size).toBe(20);
      expect(socket.connected).toBe(false);
      expect(descendants(pid).filter(alive)).toEqual([]);
      expect(run.output.stderr).toBe('');
    }, 30_000);
  }
});
