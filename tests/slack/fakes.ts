import { type Logger, LogLevel } from '@slack/bolt';
import { vi } from 'vitest';
import type { Answer } from '../../src/answer/types.js';
import { MemoryConversationContext } from '../../src/conversation/context.js';
import { MemoryGreeted } from '../../src/conversation/greeted.js';
import { Loop } from '../../src/slack/loop.js';

/** A logger that keeps its lines for assertions instead of printing them. */
export function recordingLogger(): Logger & { lines: Array<{ level: string; text: string }> } {
  const lines: Array<{ level: string; text: string }> = [];
  const at =
    (level: string) =>
    (...msg: unknown[]) =>
      lines.push({ level, text: msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ') });
  return {
    lines,
    debug: () => {},
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    setLevel: () => {},
    getLevel: () => LogLevel.INFO,
    setName: () => {},
  };
}

/** A small matched answer, so listener tests do not depend on the knowledge base. */
export function fakeAnswer(question: string, overrides: Partial<Answer> = {}): Answer {
  return {
    kind: 'role',
    lang: 'en',
    matched: true,
    coverage: 'full',
    subject: { roles: ['cro'] },
    question,
    title: `About ${question}`,
    intro: 'An intro line.',
    sections: [{ heading: 'What they do', lines: [{ text: 'Leads the team.' }] }],
    sources: [{ id: 'src', file: 'src.txt', title: 'A source', language: 'en' }],
    followUps: [{ label: 'Compare with VP Sales', question: `${question} vs vp sales` }],
    ...overrides,
  };
}

export const fakeAnswerer = vi.fn((question: string) => fakeAnswer(question));

/** An answerer that always throws, to exercise the apology paths. */
export const brokenAnswerer = () => {
  throw new Error('engine exploded');
};

export const HOME = { type: 'home' as const, blocks: [] };

/** The listeners' other dependencies, fresh for each listener so tests do not share a conversation. */
export const deps = () => ({
  homeView: HOME,
  conversations: new MemoryConversationContext(),
  greeted: new MemoryGreeted(),
  loop: new Loop(),
  welcome: { text: 'Welcome', blocks: [{ type: 'section', text: { type: 'mrkdwn', text: 'Welcome' } }] },
});
