import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createAnswerer } from '../../src/answer/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { toSlackMessage } from '../../src/render/blocks.js';
import { slackText } from '../helpers/slack-text.js';

interface Item {
  q: string;
  kind: 'in' | 'out' | 'gap' | 'help';
  expect?: Array<string | string[]>;
  forbid?: string[];
}

const answer = createAnswerer(loadKnowledge());
const items = parse(readFileSync(new URL('./questions.yml', import.meta.url), 'utf8')) as Item[];
const squash = (s: string) => s.replace(/\s+/g, ' ').toLowerCase();

describe.each(['in', 'out', 'gap', 'help'] as const)('our own %s questions', (kind) => {
  it.each(items.filter((i) => i.kind === kind).map((i) => [i.q, i] as const))('%j', (_, item) => {
    const result = answer(item.q);
    if (kind === 'out') {
      expect(result.matched).toBe(false);
      expect(result.kind).toBe('not_found');
      return;
    }
    if (kind === 'gap') {
      // A detail the sources lack: declined, or answered partially with a first sentence that says so.
      if (!result.matched) return;
      expect(result.coverage).toBe('partial');
      expect(result.intro).toMatch(/^(?:My sources (?:don't|say nothing)|Le mie fonti non)/);
      // (and what it offers instead, where the item says)
    }
    if (kind === 'in') expect(result.matched).toBe(true);
    const body = squash(slackText(toSlackMessage(result).blocks));
    for (const e of item.expect ?? []) {
      const alternatives = Array.isArray(e) ? e : [e];
      expect(
        alternatives.some((a) => body.includes(squash(String(a)))),
        `expected one of ${alternatives}`,
      ).toBe(true);
    }
    for (const f of item.forbid ?? []) expect(body).not.toContain(squash(f));
    expect(body.length).toBeLessThan(4000);
  });
});
