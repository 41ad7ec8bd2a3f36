import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { BACKENDS } from '../store/backends.js';
import { BOT_USER_ID } from './fake-slack.js';
import { postsIn } from './flows.js';
import { type Harness, startHarness } from './harness.js';
import { eventBody, sendSigned } from './sign.js';

const mention = (text: string, ts: string, thread_ts?: string) => ({
  type: 'app_mention',
  user: 'U0ASKER',
  text: `<@${BOT_USER_ID}> ${text}`,
  ts,
  channel: 'C0SHARED',
  event_ts: ts,
  ...(thread_ts ? { thread_ts } : {}),
});

describe.each(BACKENDS)('two instances on one $name database share each thread', (backend) => {
  const instances: Harness[] = [];
  const stores: Store[] = [];
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await backend.fresh();
    drop = db.drop;
    for (let i = 0; i < 2; i++) {
      const store = await Store.open({ location: db.location });
      stores.push(store);
      instances.push(await startHarness({ conversations: store.conversations(), greeted: store.greeted() }));
    }
  });
  afterAll(async () => {
    for (const h of instances) await h.stop();
    for (const s of stores) await s.close();
    await drop();
  });

  it('answers a follow-up sent to the other instance about the role asked in the first', async () => {
    const [a, b] = instances as [Harness, Harness];
    const top = '1700000500.000001';
    await sendSigned(
      a.events,
      eventBody(mention('what does a cro do', top), 'EvShared1'),
      'application/json',
    );
    await a.fake.waitFor(() => postsIn(a.fake, 'C0SHARED')[0]);
    // The turn is saved just after the reply goes out: wait until it is in the database.
    const thread = { team: 'T0TEAM', channel: 'C0SHARED', thread: top };
    for (let i = 0; i < 100 && !(await stores[1]?.conversations().get(thread)); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    await sendSigned(
      b.events,
      eventBody(mention('and their salary?', '1700000500.000003', top), 'EvShared2'),
      'application/json',
    );
    const reply = await b.fake.waitFor(() => postsIn(b.fake, 'C0SHARED')[0]);
    expect(JSON.stringify(reply.args.blocks)).toContain('180,797');
    expect(String(reply.args.text)).toContain('CRO');
    expect(reply.args.thread_ts).toBe(top);
  });
});
