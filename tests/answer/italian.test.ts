import { describe, expect, it } from 'vitest';
import { nextTurn } from '../../src/answer/follow-up.js';
import { createAnswerer } from '../../src/answer/index.js';
import { detectLanguage } from '../../src/answer/language.js';
import { messages } from '../../src/answer/messages.js';
import { tokenize } from '../../src/answer/normalise.js';
import type { Answer } from '../../src/answer/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { toSlackMessage } from '../../src/render/blocks.js';
import { toPlainText } from '../../src/render/text.js';
import { blockKitProblems } from '../helpers/block-kit.js';
import { slackText } from '../helpers/slack-text.js';

const kb = loadKnowledge();
const answer = createAnswerer(kb);
const it_ = messages('it');
const role = (id: string) => {
  const r = kb.roles.find((x) => x.id === id);
  if (!r) throw new Error(`no role ${id}`);
  return r;
};
/** Every string the reply shows: title, intro, headings, labels, lines and buttons. */
const shown = (a: Answer) => [
  a.title,
  a.intro ?? '',
  ...a.sections.flatMap((s) => [s.heading ?? '', ...s.lines.flatMap((l) => [l.label ?? '', l.text])]),
  ...a.followUps.map((f) => f.label),
];

describe('language detection', () => {
  const lang = (q: string) => detectLanguage(q, tokenize(q));

  it('hears Italian in its function words and accents', () => {
    for (const q of [
      'quanto guadagna un CRO?',
      'cosa fa un SDR?',
      'differenza tra CSO e CRO',
      'chi è il CSO',
    ]) {
      expect(lang(q), q).toBe('it');
    }
    expect(lang('CRO vs CSO differenze')).toBe('it');
  });

  it('keeps English for English questions and for bare titles', () => {
    for (const q of ['how much does a CRO earn?', 'cro', 'cso vs cro', 'what does a VP of Sales do', '']) {
      expect(lang(q), q).toBe('en');
    }
    // Words both languages share do not tip an English question into Italian.
    expect(lang('where does a CRO come from, and is it a new role?')).toBe('en');
  });
});

describe('Italian questions get Italian replies', () => {
  it('a facet: "quanto guadagna un CRO?" gives the CRO pay in Italian, figures unchanged', () => {
    const a = answer('quanto guadagna un CRO?');
    expect(a).toMatchObject({ lang: 'it', kind: 'facet', matched: true, title: 'CRO: Retribuzione' });
    const pay = role('cro').facets.compensation ?? [];
    expect(a.sections[0]?.lines).toEqual(pay.map((f) => ({ label: f.label_it, text: f.text_it })));
    const text = slackText(toSlackMessage(a, { share: true }).blocks);
    expect(text).toContain('$180,797');
    expect(text).toContain('Stipendio medio');
    expect(text).toContain('Fonti:');
    expect(text).toContain('Condividi nel canale');
    expect(text).not.toMatch(/Sources:|Share in channel|Average salary/);
  });

  it('an overview: "cosa fa un SDR?" gives the SDR profile in Italian', () => {
    const a = answer('cosa fa un SDR?');
    const sdr = role('sdr');
    expect(a).toMatchObject({ lang: 'it', kind: 'role', intro: sdr.summary.text_it });
    expect(a.sections.map((s) => s.heading)).toContain(it_.headings.whatTheyDo);
    for (const line of a.sections.flatMap((s) => s.lines)) {
      const facts = Object.values(sdr.facets).flat();
      expect(facts.some((f) => f?.text_it === line.text)).toBe(true);
    }
    expect(a.followUps.map((f) => f.question)).toContain('Differenza tra SDR e BDR?');
  });

  it('a comparison: dimension names, labels and lines in Italian', () => {
    const a = answer('differenza tra SDR e BDR');
    const c = kb.comparisons.find((x) => x.id === 'sdr-vs-bdr');
    expect(a).toMatchObject({ lang: 'it', kind: 'comparison', intro: c?.summary.text_it });
    const headings = a.sections.map((s) => s.heading);
    expect(headings).toContain(c?.dimensions[0]?.name_it);
    expect(headings).toContain(it_.headings.workTogether);
    expect(shown(a).join('\n')).not.toMatch(/\bthe\b|\band\b|How they work together/i);
  });

  it('a topic: the hierarchy in Italian, ladder included', () => {
    const a = answer('la gerarchia commerciale');
    const t = kb.topics.find((x) => x.id === 'sales-hierarchy');
    expect(a).toMatchObject({ lang: 'it', kind: 'topic', title: t?.title_it, intro: t?.summary.text_it });
    expect(a.sections[0]).toMatchObject({ heading: it_.headings.topDown, numbered: true });
    const headings = new Set(t?.sections.map((s) => s.heading_it));
    for (const s of a.sections.slice(1)) expect(headings.has(s.heading ?? '')).toBe(true);
  });

  it('declines in Italian: another title, a person, or nothing we know', () => {
    expect(answer('cosa fa un CTO?')).toMatchObject({
      lang: 'it',
      matched: false,
      title: it_.notFound.title,
      intro: it_.otherRole('CTO'),
    });
    expect(answer('chi è il CSO di Enel?').intro).toBe(it_.person('Enel'));
    // Another meaning of our abbreviation, given away by Italian words.
    for (const q of [
      'quale CRO scegliere per uno studio clinico di fase III',
      'il CSO segue la sicurezza informatica?',
    ]) {
      expect(answer(q), q).toMatchObject({ lang: 'it', matched: false, kind: 'not_found' });
    }
    const miss = answer('quanto costa un caffè?');
    expect(miss).toMatchObject({
      lang: 'it',
      matched: false,
      intro: it_.notFound.couldNotMatch('quanto costa un caffè?'),
    });
    expect(miss.sections[0]?.heading).toBe(it_.headings.questionsICanAnswer);
    for (const f of miss.followUps) expect(answer(f.question).lang, f.question).toBe('it');
  });

  it('says in Italian when the sources are silent on the facet asked', () => {
    const silent = kb.roles.find((r) => !r.facets.compensation);
    if (!silent) return;
    const a = answer(`quanto guadagna un ${silent.abbreviation ?? silent.name}?`);
    expect(a).toMatchObject({ lang: 'it', coverage: 'partial' });
    expect(a.intro).toMatch(/^Le mie fonti non dicono nulla sulla retribuzione per un /);
  });

  it('help in Italian, with examples that are answered in Italian', () => {
    const a = answer('aiuto');
    expect(a).toMatchObject({ kind: 'help', lang: 'it', title: it_.help.title });
    for (const ex of it_.help.examples) {
      const reply = answer(ex.replace(/^\/role /, ''));
      expect(reply.matched, ex).toBe(true);
      if (ex !== '/role cro') expect(reply.lang, ex).toBe('it');
    }
  });

  it('every button of an Italian reply asks an Italian question answered in Italian, like its English twin', () => {
    const pairs: Array<[string, string]> = [
      ['quanto guadagna un CRO?', 'how much does a CRO earn?'],
      ['cosa fa un SDR?', 'what does an SDR do?'],
      ['differenza tra CSO e CRO', 'cso vs cro'],
      ['la gerarchia commerciale', 'the sales hierarchy'],
    ];
    for (const [italian, english] of pairs) {
      const [a, b] = [answer(italian), answer(english)];
      expect(a.followUps.length, italian).toBe(b.followUps.length);
      for (const [i, f] of a.followUps.entries()) {
        const [x, y] = [answer(f.question), answer(b.followUps[i]?.question ?? '')];
        expect([x.lang, x.kind, x.subject], f.question).toEqual(['it', y.kind, y.subject]);
      }
    }
  });

  it('follow-ups in a thread: Italian replies that say in Italian what they assumed', () => {
    const first = answer('cosa fa un CRO?');
    const pay = answer('e quanto guadagna?', nextTurn(undefined, first));
    expect(pay).toMatchObject({ lang: 'it', subject: { roles: ['cro'], facet: 'compensation' } });
    expect(pay.assumed?.note).toBe('Ruolo: CRO, dai messaggi precedenti del thread');
    expect(toPlainText(pay)).toContain('$180,797');
  });

  it('renders Italian replies within Block Kit limits, and as plain text', () => {
    for (const q of ['differenza tra CSO e CRO', 'cosa fa un CRO', 'la gerarchia commerciale', 'aiuto']) {
      const a = answer(q);
      expect(blockKitProblems(toSlackMessage(a, { share: true, sharedBy: 'U1' })), q).toEqual([]);
      expect(toPlainText(a)).not.toMatch(/^Sources:|^Try:/m);
    }
  });
});

describe('English questions keep English replies', () => {
  it('answers in English with the English text', () => {
    const a = answer('how much does a CRO earn?');
    expect(a).toMatchObject({ lang: 'en', title: 'CRO: Compensation' });
    expect(a.sections[0]?.lines[0]).toEqual({
      label: 'Average salary',
      text: '$180,797, according to Payscale.',
    });
    expect(slackText(toSlackMessage(a, { share: true }).blocks)).toMatch(/Sources:[\s\S]*Share in channel/);
  });
});
