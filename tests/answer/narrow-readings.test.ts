import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const answer = createAnswerer(loadKnowledge());

/**
 * Readings added for one kind of question that must leave its look-alikes alone (each found by a
 * read of the whole change, on a question the engine answered before).
 */
describe('a reading stays as narrow as what it reads', () => {
  it('"at the same time" is no reporting line', () => {
    expect(answer('can an sdr prospect and qualify at the same time').subject.facet).not.toBe('reporting');
  });

  it('"make" followed by a place asks pay only when nothing is made', () => {
    expect(answer('what would a vp of sales make in milan').subject.facet).toBe('compensation');
    expect(answer('what decisions does a cro make in meetings').subject.facet).not.toBe('compensation');
  });

  it('hiring asked against a role is the choice; a mistake made while hiring is not', () => {
    expect(answer('when would a cso be the wrong pick').subject.roles).toEqual(['cso', 'cro']);
    expect(answer("what's the biggest mistake when hiring a cso").subject.roles).toEqual(['cso']);
  });

  it('a year after a word that dates is a detail no source gives; other numbers are counts', () => {
    expect(answer('will cros be replaced by ai by 2030').missing).toContain('2030');
    expect(answer('we grew from 200 to 2000 reps, do we need a cro').missing ?? []).not.toContain('2000');
  });

  it('"how big" asks a size only of a team', () => {
    expect(answer('how big should a sales managers team be').missing).toContain('how big');
    expect(answer('how big a deal is the cro role').missing ?? []).not.toContain('how big');
  });

  it('a performance review run is a duty; what one weighs is a metric', () => {
    expect(answer('does the vp of sales run performance reviews').subject.facet).toBe('responsibilities');
    expect(answer('what is in a cro performance review').subject.facet).toBe('metrics');
  });

  it('a sales congress is no country', () => {
    expect(answer('what does the vp do at the annual sales congress').matched).toBe(true);
    expect(answer('what does the vp do in the us senate').matched).toBe(false);
  });

  it('"who first" is no question of whom to hire first', () => {
    expect(answer('who first used the title cro').subject.facet).not.toBe('hiring');
  });
});
