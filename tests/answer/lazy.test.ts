import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/index.js';
import { lazyAnswerer } from '../../src/answer/lazy.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

const kb = loadKnowledge();

describe('lazyAnswerer', () => {
  it('builds the engine once, on the first question or when warmed, whichever comes first', () => {
    let builds = 0;
    const build = () => {
      builds++;
      return createAnswerer(kb);
    };
    const warmed = lazyAnswerer(build);
    expect(builds).toBe(0);
    warmed.warm();
    warmed.warm();
    expect(builds).toBe(1);
    expect(warmed.answer('what does a cro do').matched).toBe(true);
    expect(builds).toBe(1);

    const asked = lazyAnswerer(build);
    expect(asked.answer('cso salary').subject).toMatchObject({ roles: ['cso'], facet: 'compensation' });
    asked.warm();
    expect(builds).toBe(2);
  });
});
