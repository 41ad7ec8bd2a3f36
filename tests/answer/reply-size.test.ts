import { describe, expect, it } from 'vitest';
import { compareRoles } from '../../src/answer/compose/comparison.js';
import { Library } from '../../src/answer/compose/library.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { FACETS } from '../../src/knowledge/schema.js';
import { toSlackMessage } from '../../src/render/blocks.js';
import { slackText } from '../helpers/slack-text.js';

const kb = loadKnowledge();

describe('two roles side by side', () => {
  // A focused reply stays under 4,000 characters, whichever two roles and facet: the CRO's sixteen
  // duties beside the SDR's ran to 4,334.
  const pairs = kb.roles.flatMap((a, i) => kb.roles.slice(i + 1).map((b) => [a, b] as const));
  it.each(['en', 'it'] as const)('stay under 4,000 characters on every facet (%s)', (lang) => {
    const lib = new Library(kb, lang);
    for (const [a, b] of pairs) {
      for (const facet of [undefined, ...FACETS]) {
        const answer = compareRoles(lib, `${a.name} vs ${b.name}`, [a, b], facet);
        const size = slackText(toSlackMessage(answer).blocks).length;
        expect(size, `${a.id} vs ${b.id} on ${facet ?? 'the whole'}`).toBeLessThan(4000);
      }
    }
  });
});
