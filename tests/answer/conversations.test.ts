import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { play, type Step } from '../../bench/conversation-score.js';
import { createAnswerer } from '../../src/answer/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';

/**
 * Our own conversation set (issue 9's follow-up classes in many phrasings), scored by the same rules
 * as `npm run bench:conversations`: every turn about the right roles and facet, and its reply right
 * for its kind.
 */
const answer = createAnswerer(loadKnowledge());
const conversations = parse(readFileSync(new URL('./conversations.yml', import.meta.url), 'utf8')) as Array<{
  turns: Step[];
}>;

describe('conversations (tests/answer/conversations.yml)', () => {
  it.each(conversations.map((c) => [c.turns.map((t) => t.q).join(' → '), c.turns] as const))(
    '%s',
    (_, turns) => {
      const wrong = play(answer, turns)
        .filter((p) => p.problems.length > 0)
        .map((p) => `${p.step.q}: ${p.problems.join('; ')}`);
      expect(wrong).toEqual([]);
    },
  );
});
