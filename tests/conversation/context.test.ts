import { describe, expect, it } from 'vitest';
import type { Turn } from '../../src/answer/types.js';
import { type ConversationContext, MemoryConversationContext } from '../../src/conversation/context.js';
import { converse } from '../../src/conversation/converse.js';
import { MemoryGreeted } from '../../src/conversation/greeted.js';
import { fakeAnswer } from '../slack/fakes.js';

const key = (thread: string, channel = 'C1') => ({ team: 'T1', channel, thread });
const cro: Turn = { kind: 'role', roles: ['cro'] };
const cso: Turn = { kind: 'facet', roles: ['cso'], facet: 'compensation' };

describe('MemoryConversationContext', () => {
  it('keeps one last turn per team, channel and thread', async () => {
    const context = new MemoryConversationContext();
    await context.set(key('1'), cro);
    await context.set(key('2'), cso);
    await context.set({ ...key('1'), team: 'T2' }, cso);
    expect(await context.get(key('1'))).toEqual(cro);
    expect(await context.get(key('2'))).toEqual(cso);
    expect(await context.get(key('1', 'C2'))).toBeUndefined();
    await context.set(key('1'), cso);
    expect(await context.get(key('1'))).toEqual(cso);
  });

  it('forgets a conversation after the time limit, counted from its last turn', async () => {
    let now = 0;
    const context = new MemoryConversationContext({ ttlMs: 1000, now: () => now });
    await context.set(key('1'), cro);
    now = 900;
    await context.set(key('1'), cso);
    now = 1800;
    expect(await context.get(key('1'))).toEqual(cso);
    now = 2000;
    expect(await context.get(key('1'))).toBeUndefined();
    expect(context.size).toBe(0);
  });

  it('is bounded: the least recently written conversation goes first', async () => {
    const context = new MemoryConversationContext({ maxEntries: 2 });
    await context.set(key('1'), cro);
    await context.set(key('2'), cro);
    await context.set(key('1'), cso);
    await context.set(key('3'), cro);
    expect(context.size).toBe(2);
    expect(await context.get(key('2'))).toBeUndefined();
    expect(await context.get(key('1'))).toEqual(cso);
  });
});

describe('converse', () => {
  const echo = (q: string, previous?: Turn) =>
    fakeAnswer(q, { subject: { roles: previous ? [...previous.roles, 'sdr'] : ['cro'] } });

  it('reads the first key that has a turn and writes the new turn under every key', async () => {
    const context = new MemoryConversationContext();
    await context.set(key(''), cro);
    const reply = await converse(echo, context, 'q', {
      read: [key('5'), key('')],
      write: [key('5')],
    });
    expect(reply.answer.subject.roles).toEqual(['cro', 'sdr']);
    expect(await context.get(key('5'))).toBeUndefined(); // not before remember()
    await reply.remember([key('6')]);
    expect(await context.get(key('5'))).toEqual({ kind: 'role', roles: ['cro', 'sdr'] });
    expect(await context.get(key('6'))).toEqual({ kind: 'role', roles: ['cro', 'sdr'] });
  });

  it('answers without context when the store fails, and reports the failure', async () => {
    const errors: unknown[] = [];
    const broken: ConversationContext = {
      get: async () => {
        throw new Error('database down');
      },
      set: async () => {
        throw new Error('database down');
      },
    };
    const reply = await converse(echo, broken, 'q', { read: [key('1')], write: [key('1')] }, (e) =>
      errors.push(e),
    );
    expect(reply.answer.subject.roles).toEqual(['cro']);
    await expect(reply.remember()).resolves.toBeUndefined();
    expect(errors).toHaveLength(2);
  });

  it('a miss leaves the conversation where it was', async () => {
    const context = new MemoryConversationContext();
    await context.set(key('1'), cso);
    const miss = (q: string) => fakeAnswer(q, { kind: 'not_found', matched: false, subject: { roles: [] } });
    const reply = await converse(miss, context, 'weather?', { read: [key('1')], write: [key('1')] });
    await reply.remember();
    expect(await context.get(key('1'))).toEqual(cso);
  });
});

describe('MemoryGreeted', () => {
  it('says yes once per person and workspace', async () => {
    const greeted = new MemoryGreeted(2);
    expect(await greeted.markGreeted('T1', 'U1')).toBe(true);
    expect(await greeted.markGreeted('T1', 'U1')).toBe(false);
    expect(await greeted.markGreeted('T2', 'U1')).toBe(true);
    expect(await greeted.markGreeted('T1', 'U2')).toBe(true);
    // Bounded: the oldest is forgotten.
    expect(await greeted.markGreeted('T1', 'U1')).toBe(true);
  });
});
