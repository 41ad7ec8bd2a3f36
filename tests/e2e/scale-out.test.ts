import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, postgresBackend } from '../store/backends.js';
import { type Balancer, type Instance, nginxOrReason, startInstance, startNginx } from './cluster.js';
import { FakeSlack } from './fake-slack.js';
import { pool } from './pool.js';
import { commandBody, eventBody, type Sent, SIGNING_SECRET, sendSigned } from './sign.js';

/**
 * Two instances of the bot in OAuth mode, on one PostgreSQL database, behind nginx on loopback: what
 * an operator runs for uptime. Needs TEST_DATABASE_URL (CI sets it) and nginx (installed here when
 * missing and possible).
 */
const databaseUrl = process.env.TEST_DATABASE_URL;
const found = databaseUrl ? nginxOrReason() : { reason: 'TEST_DATABASE_URL is not set (PostgreSQL)' };
const skip = 'reason' in found ? found.reason : undefined;
if (skip) console.warn(`skipping the scale-out tests: ${skip}`);

let mentions = 0;
/**
 * An @-mention with its own event id and ts (the reply goes to its thread, so ts names the answer),
 * each in a channel of its own: Slack takes about one post a second per channel, and the bot paces
 * its posts to that, so a burst into one channel would take minutes.
 */
function mention(text: string): { body: string; ts: string; eventId: string } {
  const n = ++mentions;
  const ts = `1700001000.${String(n).padStart(6, '0')}`;
  const event = {
    type: 'app_mention',
    user: 'U0ASKER',
    text: `<@UROLEBOT> ${text}`,
    channel: `C0CHAN${n}`,
    ts,
    event_ts: ts,
  };
  const eventId = `Ev${randomBytes(6).toString('hex')}`;
  return { body: eventBody(event, eventId), ts, eventId };
}

const upstreamOf = (sent: Sent) => sent.headers.get('x-upstream') ?? '';

describe.skipIf(skip !== undefined)('several instances behind nginx, one PostgreSQL database', () => {
  const fake = new FakeSlack();
  const instances: Instance[] = [];
  let a: Instance;
  let b: Instance;
  let lb: Balancer;
  let db: Awaited<ReturnType<Backend['fresh']>>;
  let env: Record<string, string>;

  beforeAll(async () => {
    await fake.start();
    db = await postgresBackend(databaseUrl as string).fresh();
    env = {
      SLACK_CLIENT_ID: '123.456',
      SLACK_CLIENT_SECRET: 'client-secret',
      SLACK_STATE_SECRET: 'state-secret-0123456789abcdef',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      SLACK_API_URL: fake.apiUrl,
      DATABASE_URL: db.url as string,
    };
    // Both at once, as a deployment starts them: migrations and the key check run once between them.
    [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
    instances.push(a, b);
    lb = await startNginx((found as { nginx: string }).nginx, [a.port, b.port]);
  }, 120_000);

  afterAll(async () => {
    await lb?.stop();
    await Promise.all(instances.map((i) => i.stop()));
    await fake.stop();
    await db?.drop();
  });

  it('an install completed through one instance serves requests arriving at the other', async () => {
    // Before any install a workspace gets no answer: there is no token to answer with.
    const before = mention('what does a cro do');
    await sendSigned(`http://127.0.0.1:${b.port}/slack/events`, before.body, 'application/json');

    expect(a.run.output.stdout).toContain('(any workspace: add it at /slack/install; 0 installed)');
    const page = await fetch(`http://127.0.0.1:${a.port}/slack/install`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Add to Slack');
    const state = decodeURIComponent(html.match(/state=([^"&]+)/)?.[1] ?? '');
    const cookie = page.headers.get('set-cookie')?.split(';')[0] ?? '';
    expect(state).not.toBe('');

    const done = await fetch(
      `http://127.0.0.1:${a.port}/slack/oauth_redirect?code=alpha&state=${encodeURIComponent(state)}`,
      { headers: { cookie } },
    );
    expect(done.status).toBe(200);
    expect(fake.callsTo('oauth.v2.access')).toHaveLength(1);

    const after = mention('what does a cro do');
    expect(
      (await sendSigned(`http://127.0.0.1:${b.port}/slack/events`, after.body, 'application/json')).status,
    ).toBe(200);
    const reply = await fake.waitFor(() =>
      fake.callsTo('chat.postMessage').find((c) => c.args.thread_ts === after.ts),
    );
    expect(reply.token).toBe('xoxb-installed-alpha');
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === before.ts)).toEqual([]);
    expect(String(reply.args.text)).toMatch(/CRO|Chief Revenue Officer/);
  });

  it('a burst of 1,000 commands and mentions through nginx: every one acked and answered once, by both instances', async () => {
    fake.reset();
    const questions = [
      'cro',
      'what does a cso do',
      'vp of sales salary',
      'bdr vs sdr',
      'who does the cro report to',
    ];
    const sent: Array<{ kind: 'command' | 'mention'; res: Sent; ts?: string }> = await pool(
      1_000,
      20,
      async (i) => {
        const q = questions[i % questions.length] as string;
        if (i % 2 === 0) {
          const res = await sendSigned(
            `${lb.url}/slack/events`,
            commandBody(q, fake.responseUrl(`c${i}`)),
            'application/x-www-form-urlencoded',
          );
          return { kind: 'command' as const, res };
        }
        const m = mention(q);
        return {
          kind: 'mention' as const,
          res: await sendSigned(`${lb.url}/slack/events`, m.body, 'application/json'),
          ts: m.ts,
        };
      },
    );
    expect(sent.filter((s) => s.res.status !== 200).map((s) => s.res.status)).toEqual([]);
    // Commands are answered in the ack itself.
    for (const s of sent.filter((x) => x.kind === 'command'))
      expect(JSON.parse(s.res.text).blocks?.length).toBeGreaterThan(0);
    // Mentions: one reply each in its thread, no more.
    const wanted = sent.flatMap((s) => (s.ts ? [s.ts] : []));
    await fake.waitFor(
      () => new Set(fake.callsTo('chat.postMessage').map((c) => c.args.thread_ts)).size >= wanted.length,
      30_000,
    );
    // A duplicate would come a little after the last first reply: give it the time to show.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const replies = fake.callsTo('chat.postMessage').map((c) => String(c.args.thread_ts));
    expect(replies.sort()).toEqual([...wanted].sort());
    // Both instances took a fair share.
    const byA = sent.filter((s) => upstreamOf(s.res).endsWith(`:${a.port}`)).length;
    console.log(`burst: ${byA} of 1000 answered by instance A, ${1000 - byA} by B`);
    expect(byA).toBeGreaterThan(300);
    expect(byA).toBeLessThan(700);
  }, 120_000);

  it('an event Slack retries to the other instance is answered once', async () => {
    fake.reset();
    const m = mention('cso vs cro');
    // The retry arrives at the other instance while the first is still being handled.
    const [first, retry] = await Promise.all([
      sendSigned(`http://127.0.0.1:${a.port}/slack/events`, m.body, 'application/json'),
      sendSigned(`http://127.0.0.1:${b.port}/slack/events`, m.body, 'application/json', {
        headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
        timestamp: Math.floor(Date.now() / 1000) - 1,
      }),
    ]);
    expect([first.status, retry.status]).toEqual([200, 200]);
    await fake.waitFor(() => fake.callsTo('chat.postMessage').some((c) => c.args.thread_ts === m.ts));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === m.ts)).toHaveLength(1);
  });

  it('one instance killed (SIGKILL) in the middle of a burst: the survivor takes every later request', async () => {
    fake.reset();
    let done = 0;
    let killing = false;
    let dead = false;
    const results = await pool(400, 20, async (i) => {
      if (done >= 150 && !killing) {
        killing = true;
        b.kill();
        await b.run.exited;
        dead = true;
      }
      // Requests sent while the process was dying are the ones in flight at the kill.
      const startedAfterKill = dead;
      const m = i % 2 ? mention('what does an sdr do') : undefined;
      const res = m
        ? await sendSigned(`${lb.url}/slack/events`, m.body, 'application/json')
        : await sendSigned(
            `${lb.url}/slack/events`,
            commandBody('cro', fake.responseUrl(`k${i}`)),
            'application/x-www-form-urlencoded',
          );
      done++;
      return { res, ts: m?.ts, startedAfterKill };
    });
    const later = results.filter((r) => r.startedAfterKill);
    expect(later.length).toBeGreaterThan(150);
    expect(later.filter((r) => r.res.status !== 200).map((r) => r.res.status)).toEqual([]);
    expect(later.every((r) => upstreamOf(r.res).endsWith(`:${a.port}`))).toBe(true);

    // Every mention the survivor acked is answered once; what the dead one acked may be lost.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const replies = fake.callsTo('chat.postMessage').map((c) => String(c.args.thread_ts));
    const ackedBy = (port: number) =>
      results.filter((r) => r.ts && r.res.status === 200 && upstreamOf(r.res).endsWith(`:${port}`));
    for (const r of ackedBy(a.port))
      expect(
        replies.filter((t) => t === r.ts),
        r.ts,
      ).toHaveLength(1);
    const lost = ackedBy(b.port).filter((r) => !replies.includes(r.ts as string)).length;
    const refused = results.filter((r) => r.res.status !== 200);
    const refusedCommands = refused.filter((r) => !r.ts).length;
    console.log(
      `SIGKILL after 150 of 400: ${later.length} later requests all answered by the survivor; ` +
        `${refused.length} in flight at the kill were refused with 502 (${refused.length - refusedCommands} events, which Slack retries; ` +
        `${refusedCommands} commands, whose askers see Slack's error and ask again); ` +
        `${lost} mentions acked by the killed instance were never answered`,
    );
    expect(new Set(replies).size).toBe(replies.length);

    // Uninstalled through the balancer: the survivor forgets the workspace at once.
    const uninstall = eventBody({ type: 'app_uninstalled' }, `Ev${randomBytes(6).toString('hex')}`);
    expect((await sendSigned(`${lb.url}/slack/events`, uninstall, 'application/json')).status).toBe(200);
    const unanswered = mention('what does a cro do');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await sendSigned(`${lb.url}/slack/events`, unanswered.body, 'application/json');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fake.callsTo('chat.postMessage').filter((c) => c.args.thread_ts === unanswered.ts)).toEqual([]);
  }, 120_000);

  it('an instance started with another ENCRYPTION_KEY refuses to start, saying so', async () => {
    const wrong = startInstance({ ...env, ENCRYPTION_KEY: randomBytes(32).toString('base64') });
    await expect(wrong).rejects.toThrow(
      /ENCRYPTION_KEY is not the key the stored installations were encrypted with/,
    );
  });
});
