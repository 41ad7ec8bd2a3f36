import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exampleQuestions } from '../../src/answer/examples.js';
import { createAnswerer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { type RenderOptions, toSlackMessage } from '../../src/render/blocks.js';
import { messageJson, sharedBlock, sharedString } from '../../src/render/json.js';

const kb = loadKnowledge();
const answer = createAnswerer(kb);
const ID = '0b6f2c1e-1111-4222-8333-944445555666';

const own = (
  parse(readFileSync(new URL('../answer/questions.yml', import.meta.url), 'utf8')) as Array<{ q: string }>
).map((i) => i.q);
const questions = [
  ...exampleQuestions(kb.roles, kb.comparisons, kb.topics, 'en').map((e) => e.question),
  ...exampleQuestions(kb.roles, kb.comparisons, kb.topics, 'it').map((e) => e.question),
  ...own,
  'help',
  'qwerty',
];

const OPTIONS: RenderOptions[] = [
  {},
  { share: true, feedbackId: ID },
  { share: true, feedbackId: ID, askExpert: { questionId: ID }, previous: { kind: 'role', roles: ['cro'] } },
  { sharedBy: 'U0SHARER', followUps: false },
  { tables: false, feedbackId: ID },
];

/** The same answer with sections nobody shares: rendered without any cache. */
const unshared = (a: Answer): Answer => ({
  ...a,
  sections: a.sections.map((s) => ({ ...s, lines: [...s.lines] })),
});

const reply = (a: Answer, options: RenderOptions) => ({
  response_type: 'ephemeral',
  ...toSlackMessage(a, options),
});

describe('messageJson', () => {
  it('gives exactly JSON.stringify, and the same reply as a render without shared blocks, for every answer', () => {
    const problems: string[] = [];
    for (const q of questions) {
      const a = answer(q);
      for (const options of OPTIONS) {
        // Twice: the second render reuses the blocks the first one kept.
        for (let round = 0; round < 2; round++) {
          const message = reply(a, options);
          const json = messageJson(message).toString();
          if (json !== JSON.stringify(message))
            problems.push(`${q} ${JSON.stringify(options)}: not JSON.stringify`);
          if (json !== JSON.stringify(reply(unshared(a), options)))
            problems.push(`${q} ${JSON.stringify(options)}: differs from an unshared render`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps an answer's variants apart: a follow-up's note, missing words, another intro or title", () => {
    const base = answer('cro');
    expect(Object.isFrozen(base.sections)).toBe(true);
    const variants: Answer[] = [
      base,
      { ...base, assumed: { roles: ['cro'], about: 'About the CRO', note: 'About the CRO, from earlier' } },
      { ...base, missing: ['interim'], coverage: 'partial', intro: 'Nothing on “interim”.' },
      { ...base, missing: ['part-time'], coverage: 'partial', intro: 'Nothing on “part-time”.' },
      { ...base, missing: ['interim'], coverage: 'partial' },
      { ...base, missing: ['part-time'], coverage: 'partial' },
      { ...base, title: 'Another title' },
      { ...base, reviewed: '2020-01-01' },
      { ...base, lang: 'it' },
    ];
    for (let round = 0; round < 2; round++) {
      for (const v of variants) {
        expect(messageJson(reply(v, { feedbackId: ID })).toString()).toBe(
          JSON.stringify(reply(unshared(v), { feedbackId: ID })),
        );
      }
    }
  });

  it('shares the blocks of an answer composed once, frozen, and builds the buttons per reply', () => {
    const first = toSlackMessage(answer('cro'), { share: true, feedbackId: 'a' });
    const second = toSlackMessage(answer('cro'), { share: true, feedbackId: 'b' });
    expect(second.blocks[0]).toBe(first.blocks[0]);
    expect(Object.isFrozen(first.blocks[0])).toBe(true);
    expect(Object.isFrozen(first.blocks[0].text)).toBe(true);
    expect(second.blocks.at(-1)).not.toBe(first.blocks.at(-1));
    expect(JSON.stringify(second.blocks.at(-1))).toContain('up:b');
    // The follow-up buttons are shared too; the Share button, which carries the question, is not.
    const actions = (m: typeof first) => m.blocks.find((b: { type: string }) => b.type === 'actions');
    expect(actions(second).elements[0]).toBe(actions(first).elements[0]);
    expect(actions(second).elements.at(-1)).not.toBe(actions(first).elements.at(-1));
  });

  it('serializes any message like JSON.stringify', () => {
    const shared = sharedBlock({ type: 'section', text: { type: 'mrkdwn', text: 'Già “fatto” — ok' } });
    const cases: object[] = [
      { text: 'no blocks' },
      { blocks: [] },
      { blocks: [shared] },
      { text: 'x', blocks: [shared, { type: 'divider' }, shared], response_type: 'ephemeral' },
      { blocks: [undefined, null, shared, () => 1], skipped: undefined, fn: () => 2, n: 1 },
      { a: undefined, blocks: [{ type: 'divider' }] },
      { toJSON: () => ({ replaced: true }), blocks: [shared] },
      [shared],
      { blocks: 'not an array' },
      {
        text: sharedString('Già “kept” — text'),
        blocks: [
          {
            type: 'context_actions',
            elements: [{ a: shared, b: undefined, c: [shared, 'x'], d: 'Già' }, shared],
          },
        ],
      },
      // What JSON.stringify writes its own way: a Date (its toJSON), an instance of a class, an object
      // with no prototype holding a shared part, a boxed string.
      {
        blocks: [
          new Date(0),
          new (class {
            x = shared;
          })(),
          Object.assign(Object.create(null), { a: shared, n: 2 }),
          { s: new String('boxed') },
        ],
      },
    ];
    for (const message of cases) {
      expect(messageJson(message).toString()).toBe(JSON.stringify(message));
    }
  });

  it('shares the help too: its sections are made once per language, frozen', () => {
    const help = answer('help');
    expect(Object.isFrozen(help.sections)).toBe(true);
    expect(answer('what can you do?').sections).toBe(help.sections);
    expect(toSlackMessage(answer('help')).blocks[0]).toBe(toSlackMessage(help).blocks[0]);
    expect(answer('aiuto').sections).not.toBe(help.sections);
  });

  it('freezes a shared block all the way down', () => {
    const block = sharedBlock({ type: 'context', elements: [{ type: 'mrkdwn', text: 'x' }] });
    expect(Object.isFrozen(block.elements[0])).toBe(true);
  });
});
