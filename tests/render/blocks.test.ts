import { describe, expect, it } from 'vitest';
import { exampleQuestions } from '../../src/answer/examples.js';
import { createAnswerer } from '../../src/answer/index.js';
import type { Answer } from '../../src/answer/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { ACTIONS, toSlackMessage } from '../../src/render/blocks.js';
import { escapeMrkdwn } from '../../src/render/escape.js';
import { toPlainText } from '../../src/render/text.js';
import { blockKitProblems } from '../helpers/block-kit.js';

const kb = loadKnowledge();
const answer = createAnswerer(kb);

/** Every entry the knowledge base can answer with, plus help and a miss. */
const questions = [
  ...exampleQuestions(kb.roles, kb.comparisons, kb.topics, 'en').map((e) => e.question),
  // The same entries answered in Italian, whose text runs longer.
  ...exampleQuestions(kb.roles, kb.comparisons, kb.topics, 'it').map((e) => e.question),
  ...kb.comparisons.flatMap((c) => [`${c.roles[0]} vs ${c.roles[1]}`]),
  'help',
  'aiuto',
  'qwerty',
  'cosa fa un qwerty?',
  'cso vs cro vs vp of sales vs sdr',
];

const ID = '0b6f2c1e-1111-4222-8333-944445555666';

describe('Block Kit limits hold for every entry', () => {
  it.each(questions)('%s', (q) => {
    const message = toSlackMessage(answer(q), {
      share: true,
      sharedBy: 'U123',
      feedbackId: ID,
      askExpert: { questionId: ID },
    });
    expect(blockKitProblems(message)).toEqual([]);
  });

  it('holds even for an answer far larger than any entry', () => {
    const huge: Answer = {
      kind: 'topic',
      lang: 'en',
      matched: true,
      coverage: 'full',
      subject: { roles: [], topic: 'x' },
      question: 'x'.repeat(5000),
      title: 'T'.repeat(400),
      intro: 'i'.repeat(5000),
      sections: Array.from({ length: 80 }, (_, i) => ({
        heading: `h${i}`,
        lines: Array.from({ length: 30 }, () => ({ label: 'L'.repeat(50), text: 'word '.repeat(200) })),
      })),
      sources: [...kb.sources.values()],
      followUps: Array.from({ length: 12 }, (_, i) => ({ label: 'b'.repeat(120), question: `q${i}` })),
    };
    const everything = { share: true, feedbackId: ID, askExpert: { questionId: ID } };
    expect(blockKitProblems(toSlackMessage(huge, everything))).toEqual([]);
  });
});

describe('closing the loop', () => {
  it('puts 👍 / 👎 under an answer, each pointing at the recorded question', () => {
    const { blocks } = toSlackMessage(answer('cro'), { feedbackId: ID });
    const last = blocks.at(-1);
    expect(last.type).toBe('context_actions');
    const [buttons] = last.elements;
    expect(buttons.type).toBe('feedback_buttons');
    expect([buttons.positive_button.value, buttons.negative_button.value]).toEqual([
      `up:${ID}`,
      `down:${ID}:cro`,
    ]);
    expect(JSON.stringify(toSlackMessage(answer('cro')).blocks)).not.toContain('feedback_buttons');
  });

  it('offers "Ask an expert" with the question it would send', () => {
    const { blocks } = toSlackMessage(answer('what does a cto do'), { askExpert: { questionId: ID } });
    const expert = blocks
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements)
      .find((e) => e.action_id === 'ask_expert');
    expect(JSON.parse(expert.value)).toEqual({ id: ID, q: 'what does a cto do' });
    expect(expert.text.text).toBe('Ask an expert');
    const italian = toSlackMessage(answer('cosa fa un qwerty?'), { askExpert: { questionId: ID } });
    expect(JSON.stringify(italian.blocks)).toContain('Chiedi a un esperto');
  });
});

/** Every text field of the blocks, where Slack would parse markup. */
const textsOf = (blocks: unknown): string[] => {
  const out: string[] = [];
  JSON.stringify(blocks, (key, value) => {
    if (key === 'text' && typeof value === 'string') out.push(value);
    return value;
  });
  return out;
};

describe('escaping', () => {
  it('makes echoed text unable to ping anyone', () => {
    const message = toSlackMessage(answer('<!channel> <!here> what is a zorblax <@U1>'));
    const json = JSON.stringify(message);
    expect(json).not.toMatch(/<!channel>|<!here>|<@U1>/);
  });

  it('keeps broadcasts typed as entities inert: Slack sends a typed <!channel> as &lt;!channel&gt;', () => {
    for (const q of [
      '&lt;!channel&gt; zorblax',
      'what is &lt;!here&gt;',
      '&lt;@U123&gt; qwerty',
      'cro &lt;!everyone&gt;',
    ]) {
      const message = toSlackMessage(answer(q), { share: true });
      for (const text of [message.text, ...textsOf(message.blocks)]) {
        expect(text, q).not.toMatch(/<[!@]/);
      }
    }
  });

  it('escapes the three control characters', () => {
    expect(escapeMrkdwn('a & <!channel> > b')).toBe('a &amp; &lt;!channel&gt; &gt; b');
  });

  it('escapes user text that survives cleaning', () => {
    const message = toSlackMessage(answer('what is 1 < 2 & 3 > 2 <!subteam^S1>'));
    expect(JSON.stringify(message.blocks)).not.toMatch(/[^&]<!/);
  });
});

describe('buttons', () => {
  it('carries follow-up questions and the share action', () => {
    const message = toSlackMessage(answer('cro'), { share: true });
    const actions = message.blocks.find((b) => b.type === 'actions');
    const ids = actions.elements.map((e: { action_id: string }) => e.action_id);
    expect(ids.at(-1)).toBe(ACTIONS.share);
    expect(ids.slice(0, -1).every((id: string) => ACTIONS.followUpPattern.test(id))).toBe(true);
  });

  it('leaves follow-ups off a shared answer and credits the sharer', () => {
    const message = toSlackMessage(answer('cro'), { followUps: false, sharedBy: 'U42' });
    expect(message.blocks.some((b) => b.type === 'actions')).toBe(false);
    expect(JSON.stringify(message.blocks)).toContain('Shared by <@U42>');
  });
});

describe('plain text', () => {
  it('shows the same answer with its sources', () => {
    const text = toPlainText(answer('how much does a CRO earn'));
    expect(text).toContain('$180,797');
    expect(text).toMatch(/Sources: .*Cowen Partners/);
  });
});

describe('words the answer left out', () => {
  it('lists them in the context line, escaped, and in the plain text', () => {
    const partial = answer('what does an interim CRO do at a <hospital>');
    expect(partial.missing).toEqual(['interim', 'hospital']);
    const context = toSlackMessage(partial).blocks.find((b) => b.type === 'context');
    expect(JSON.stringify(context)).toContain('Missing: interim, hospital');
    expect(toPlainText(partial)).toContain('Missing: interim, hospital');
  });

  it('shows no Missing line when every word was used', () => {
    expect(JSON.stringify(toSlackMessage(answer('what does a CRO do')).blocks)).not.toContain('Missing');
  });
});

describe('how fresh an answer is', () => {
  const contextTexts = (q: string) =>
    toSlackMessage(answer(q))
      .blocks.filter((b) => b.type === 'context')
      .flatMap((b) => b.elements.map((e: { text: string }) => e.text));

  it('shows when the entry answering was last reviewed, in the reply language', () => {
    const cso = kb.roles.find((r) => r.id === 'cso');
    expect(answer('what does a cso do').reviewed).toBe(cso?.reviewed);
    const [y, m, d] = (cso?.reviewed ?? '').split('-').map(Number);
    const month = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d)).toLocaleString('en-GB', {
      month: 'short',
      timeZone: 'UTC',
    });
    expect(contextTexts('what does a cso do')).toContain(`Reviewed ${d} ${month} ${y}`);
    expect(toPlainText(answer('what does a cso do'))).toContain(`Reviewed ${d} ${month} ${y}`);
    expect(contextTexts('cosa fa un cso?').some((t) => /^Rivisto il \d+ \w+ \d{4}$/.test(t))).toBe(true);
  });

  it('is the oldest review among the entries an answer draws on; help and misses have none', () => {
    const across = answer('cso vs cro vs vp of sales vs sdr');
    const dates = kb.roles.filter((r) => across.subject.roles.includes(r.id)).map((r) => r.reviewed);
    expect(across.reviewed).toBe(dates.sort()[0]);
    expect(answer('help').reviewed).toBeUndefined();
    expect(answer('qwerty').reviewed).toBeUndefined();
  });
});

describe('comparisons as a table', () => {
  const tableOf = (message: { blocks: Array<{ type: string }> }) =>
    // biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON
    message.blocks.find((b) => b.type === 'table') as any;
  const cellText = (cell: { elements: Array<{ elements: Array<{ text: string }> }> }) =>
    cell.elements.flatMap((s) => s.elements.map((e) => e.text)).join('');

  it('shows the aspects side by side, a column per role, then the rest as sections', () => {
    const reply = answer('cro vs vp of sales');
    const message = toSlackMessage(reply);
    const table = tableOf(message);
    expect(table.rows[0].map(cellText)).toEqual(['Aspect', 'CRO', 'VP of Sales']);
    expect(table.rows.slice(1).map((r: unknown[]) => cellText(r[0] as never))).toEqual(
      reply.sections.slice(0, reply.table?.sections).map((s) => s.heading),
    );
    expect(table.column_settings).toEqual([{ is_wrapped: true }, { is_wrapped: true }, { is_wrapped: true }]);
    // The aspects are not repeated as bullets; how the two work together still is.
    const text = JSON.stringify(message.blocks.filter((b: { type: string }) => b.type === 'section'));
    expect(text).not.toContain('*Scope*');
    expect(text).toContain('How they work together');
    expect(message.text).toContain('CRO vs VP of Sales');
    expect(blockKitProblems(message)).toEqual([]);
  });

  it("puts each line's label in bold inside a cell", () => {
    const table = tableOf(toSlackMessage(answer('is a CRO paid more than a CSO')));
    const cro = table.rows[1][2].elements[0].elements;
    expect(cro[0]).toMatchObject({ text: 'Average salary: ', style: { bold: true } });
    expect(cellText(table.rows[1][2])).toContain('$180,797');
  });

  it('keeps paired bullets when asked, in the terminal, and when the table would break its limits', () => {
    const reply = answer('cro vs vp of sales');
    expect(tableOf(toSlackMessage(reply, { tables: false }))).toBeUndefined();
    expect(JSON.stringify(toSlackMessage(reply, { tables: false }).blocks)).toContain('*Scope*');
    expect(toPlainText(reply)).toContain('Scope');
    const long = { ...reply, table: { ...(reply.table as NonNullable<Answer['table']>) } };
    long.table.rows = long.table.rows.map((r) => ({
      ...r,
      cells: r.cells.map(() => [{ text: 'x'.repeat(3000) }]),
    }));
    const message = toSlackMessage(long);
    expect(tableOf(message)).toBeUndefined();
    expect(JSON.stringify(message.blocks)).toContain('*Scope*');
  });

  it('the limit checker knows the table block', () => {
    const cellOf = (text: string) => ({ type: 'raw_text', text });
    const table = (rows: unknown[][]) => ({ type: 'table', rows });
    const ok = { text: 't', blocks: [table([[cellOf('a'), cellOf('b')]])] };
    expect(blockKitProblems(ok)).toEqual([]);
    expect(blockKitProblems({ text: 't', blocks: [ok.blocks[0], ok.blocks[0]] })).toContain(
      'more than one table',
    );
    const many = Array.from({ length: 101 }, () => [cellOf('a')]);
    expect(blockKitProblems({ text: 't', blocks: [table(many)] }).join()).toMatch(/1-100 rows/);
    const wide = [Array.from({ length: 21 }, () => cellOf('a'))];
    expect(blockKitProblems({ text: 't', blocks: [table(wide)] }).join()).toMatch(/1-20 cells/);
    expect(blockKitProblems({ text: 't', blocks: [table([[cellOf('')]])] }).join()).toMatch(
      /raw_text needs text/,
    );
    const big = [[cellOf('x'.repeat(6000)), cellOf('y'.repeat(6000))]];
    expect(blockKitProblems({ text: 't', blocks: [table(big)] }).join()).toMatch(/> 10000/);
    expect(
      blockKitProblems({ text: 't', blocks: [table([[{ type: 'mrkdwn', text: 'a' }]])] }).join(),
    ).toMatch(/neither raw_text nor rich_text/);
  });
});
