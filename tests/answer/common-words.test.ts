import { describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../src/answer/common-words.js';
import { createAnswerer, createSpeller } from '../../src/answer/index.js';
import { singulars } from '../../src/answer/speller.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const kb = loadKnowledge();
const speller = createSpeller(kb);
const answer = createAnswerer(kb);

describe('frequent English and Italian words', () => {
  it('are never folded onto a word of ours (a typo is a word nobody writes on purpose)', () => {
    const folded = [...COMMON_WORDS]
      .filter((w) => !speller.has(w))
      .map((w) => [w, speller.words(w).join(' ')])
      // Plurals fold onto their singular ("companies" -> "company"): that is no typo folding.
      .filter(([w, out]) => out !== w && !singulars(w as string).includes(out as string))
      .map(([w, out]) => `${w} -> ${out}`);
    expect(folded).toEqual([]);
  });

  it('still leave real typos to be folded', () => {
    expect(speller.correct('revnue')).toBe('revenue');
    expect(speller.correct('salery')).toBe('salary');
  });

  it.each([
    'what does a bdr do though',
    'what does a cro do, though?',
    'what does the cso actually do though',
  ])('"%s" asks what the role does, not its challenges', (q) => {
    const a = answer(q);
    expect(a.matched).toBe(true);
    expect(a.subject.facet).toBeUndefined();
    expect(a.coverage).toBe('full');
  });
});
