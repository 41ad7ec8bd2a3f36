import { describe, expect, it } from 'vitest';
import { nextTurn } from '../../src/answer/follow-up.js';
import { createAnswerer } from '../../src/answer/index.js';
import type { Answer, Turn } from '../../src/answer/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { toTerminalText, wrap } from '../../src/render/terminal.js';

const answer = createAnswerer(loadKnowledge());
const longest = (text: string) => Math.max(...text.split('\n').map((l) => l.length));

describe('wrap', () => {
  it('keeps every line within the width, bullets hanging under their text', () => {
    const text = `Title\n  - ${'word '.repeat(40)}\n  12. ${'longer words here '.repeat(10)}`;
    const wrapped = wrap(text, 40);
    expect(longest(wrapped)).toBeLessThanOrEqual(40);
    const lines = wrapped.split('\n');
    expect(lines[1]?.startsWith('  - word')).toBe(true);
    expect(lines[2]?.startsWith('    word')).toBe(true);
    expect(lines.find((_l, i) => i > 0 && lines[i - 1]?.startsWith('  12.'))?.startsWith('      ')).toBe(
      true,
    );
  });

  it('cuts a word longer than a line', () => {
    expect(longest(wrap(`see https://example.com/${'x'.repeat(200)}`, 50))).toBeLessThanOrEqual(50);
  });

  it('leaves short lines alone', () => {
    expect(wrap('a\n\n  - b', 80)).toBe('a\n\n  - b');
  });
});

describe('answers in the terminal', () => {
  const questions = [
    'cro',
    'cso vs cro',
    'how much does a CSO earn',
    'help',
    'qwerty',
    'the sales hierarchy',
  ];

  it.each(questions)('"%s" fits 80 and 60 columns', (q) => {
    for (const width of [80, 60])
      expect(longest(toTerminalText(answer(q), width))).toBeLessThanOrEqual(width);
  });

  it('is short, the first lines answering the question', () => {
    const text = toTerminalText(answer('how much does a CRO earn'));
    expect(text.split('\n').slice(0, 4).join('\n')).toContain('$180,797');
    const overview = toTerminalText(answer('cso vs cro'));
    expect(overview.split('\n').length).toBeLessThan(30);
    expect(overview).toMatch(
      /\(\d+ more points left out to keep this short: ask about the part you need\.\)/,
    );
  });

  it('cuts a comparison short role by role, so every role compared keeps its first points', () => {
    for (const q of ['cso vs cro salary', 'what skills do a cso and a cro need']) {
      const a = answer(q);
      const text = toTerminalText(a);
      for (const role of a.table?.columns.slice(1) ?? []) expect(text).toContain(`  - ${role}`);
    }
    const pay = toTerminalText(answer('cso vs cro salary'));
    expect(pay).toContain('$178,514');
    expect(pay).toContain('$180,797');
  });

  it('says the assumption came from earlier in this conversation', () => {
    let previous: Turn | undefined;
    const replies: Answer[] = [];
    for (const q of ['what does a cro do', 'and their salary?']) {
      const reply = answer(q, previous);
      previous = nextTurn(previous, reply);
      replies.push(reply);
    }
    const text = toTerminalText(replies[1] as Answer);
    expect(text.split('\n')[2]).toBe('(About the CRO, from earlier in this conversation)');
    expect(text).not.toContain('thread');
  });

  it('describes the terminal in the help, in full, without slash commands', () => {
    const help = toTerminalText(answer('help'));
    expect(help).toContain('Type a question and press Enter');
    expect(help).toContain('exit or quit');
    expect(help).not.toContain('/role');
    expect(help).toContain('Sales Development Representative (SDR)');
    expect(help).not.toMatch(/left out/);
    expect(toTerminalText(answer('aiuto'))).toContain('Scrivi una domanda e premi Invio');
  });
});
