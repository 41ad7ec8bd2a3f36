import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../src/answer/common-words.js';
import { functionWordFixer, typoForms } from '../../src/answer/function-words.js';
import { STOPWORDS } from '../../src/answer/words.js';

describe('typo’d function words', () => {
  const fix = functionWordFixer(() => false);

  it('are read as the words meant', () => {
    const read = (q: string) => fix(q.split(' ')).join(' ');
    expect(read('hw much do tehy make')).toBe('how much do they make');
    expect(read('waht about the cso')).toBe('what about the cso');
    expect(read('wher do they report')).toBe('where do they report');
    expect(read('adn thier salary')).toBe('and their salary');
  });

  it('leave words people write on purpose, and forms two words could be, alone', () => {
    const forms = typoForms();
    const words = [...forms.keys()].filter((f) => COMMON_WORDS.has(f) || STOPWORDS.has(f));
    expect(words).toEqual([]);
    // "hwo" is "how" or "who"; "bot" and "sme" are words of their own; "ho" has a vowel.
    for (const f of ['hwo', 'bot', 'sme', 'ho', 'were']) expect(forms.has(f)).toBe(false);
  });

  it('leave a word of ours alone, and return the same array when nothing is typo’d', () => {
    const words = ['what', 'does', 'a', 'cro', 'do'];
    expect(fix(words)).toBe(words);
    expect(functionWordFixer((t) => t === 'wat')(['wat'])).toEqual(['wat']);
  });
});
