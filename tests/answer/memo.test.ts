import { describe, expect, it } from 'vitest';
import { nextTurn } from '../../src/answer/follow-up.js';
import { type Answerer, createAnswerer } from '../../src/answer/index.js';
import { memoizeAnswers } from '../../src/answer/memo.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { toPlainText } from '../../src/render/text.js';

const engine = createAnswerer(loadKnowledge());

/** The engine, counting the questions that reach it. */
function counted(): { answer: Answerer; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    answer: (question, previous) => {
      asked.push(question);
      return engine(question, previous);
    },
  };
}

describe('memoizeAnswers', () => {
  it('answers a repeated first question from the memo, with the same answer', () => {
    const { answer, asked } = counted();
    const memo = memoizeAnswers(answer, 10);
    const first = memo('what does a cro do');
    expect(memo('what does a cro do')).toBe(first);
    expect(first).toEqual(engine('what does a cro do'));
    expect(asked).toEqual(['what does a cro do']);
  });

  it('answers a follow-up again only after the same turn, however the turn was kept', () => {
    const { answer, asked } = counted();
    const memo = memoizeAnswers(answer, 10);
    const cro = nextTurn(undefined, memo('what does a cro do'));
    const cso = nextTurn(undefined, memo('what does a cso do'));
    expect(toPlainText(memo('and their salary?', cro))).toContain('180,797');
    expect(toPlainText(memo('and their salary?', cso))).toContain('178,514');
    // The store hands back a copy of the turn, not the object that was saved.
    expect(toPlainText(memo('and their salary?', structuredClone(cro)))).toContain('180,797');
    expect(asked).toEqual([
      'what does a cro do',
      'what does a cso do',
      'and their salary?',
      'and their salary?',
    ]);
  });

  it('forgets the least recently asked question first', () => {
    const { answer, asked } = counted();
    const memo = memoizeAnswers(answer, 2);
    memo('cro');
    memo('cso');
    memo('cro'); // now the most recent
    memo('sdr'); // the memo is full: "cso" goes
    memo('cro');
    memo('cso');
    expect(asked).toEqual(['cro', 'cso', 'sdr', 'cso']);
  });

  it('keeps no long question, and nothing at size 0', () => {
    const long = `what does a cro do ${'and what else '.repeat(20)}`;
    const { answer, asked } = counted();
    const memo = memoizeAnswers(answer, 10);
    memo(long);
    memo(long);
    expect(asked).toHaveLength(2);
    expect(memoizeAnswers(answer, 0)).toBe(answer);
  });
});
