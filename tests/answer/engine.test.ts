import { describe, expect, it } from 'vitest';
import { exampleQuestions, facetFollowUp, shortName } from '../../src/answer/examples.js';
import { createFacetDetector } from '../../src/answer/facets.js';
import { createAnswerer } from '../../src/answer/index.js';
import type { Lang } from '../../src/answer/language.js';
import { messages } from '../../src/answer/messages.js';
import { cleanSlackText, tokenize } from '../../src/answer/normalise.js';
import { content } from '../../src/answer/phrases.js';
import { RoleIndex } from '../../src/answer/roles.js';
import { namedHolder, otherTitles } from '../../src/answer/scope.js';
import { damerau, Speller } from '../../src/answer/speller.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { FACETS } from '../../src/knowledge/schema.js';

const kb = loadKnowledge();
const answer = createAnswerer(kb);
const LANGS: Lang[] = ['en', 'it'];

describe('normalise', () => {
  it('removes Slack mentions, broadcasts, emoji and formatting', () => {
    expect(cleanSlackText('<@U123|bob> <!channel> *cro* vs _cso_ :wave: 🚀 ?')).toBe('cro vs cso ?');
    expect(cleanSlackText('see <https://example.com|this page> in <#C1|sales>')).toBe(
      'see this page in #sales',
    );
    expect(cleanSlackText('R&amp;D &lt;b&gt;')).toBe('R&D <b>');
  });

  it('folds case, accents and punctuation', () => {
    expect(tokenize('Qual è la differenza? CRO/CSO!')).toEqual([
      'qual',
      'e',
      'la',
      'differenza',
      'cro',
      'cso',
    ]);
  });

  it('caps what it reads of a huge question', () => {
    expect(cleanSlackText('cro '.repeat(5000)).length).toBeLessThanOrEqual(500);
  });

  it('reads hands-on and hands-off as words of their own, one word per word typed', () => {
    expect(tokenize('is the VP hands-on?')).toEqual(['is', 'the', 'vp', 'handson', 'on']);
    expect(tokenize('more hands off than the CSO')).toEqual([
      'more',
      'handsoff',
      'off',
      'than',
      'the',
      'cso',
    ]);
    // someone handing something over
    expect(tokenize('who hands off leads')).toEqual(['who', 'hands', 'off', 'leads']);
    expect(tokenize('BDRs hands off the leads')).toEqual(['bdrs', 'hands', 'off', 'the', 'leads']);
  });
});

describe('speller', () => {
  const speller = new Speller(new Set(['revenue', 'officer', 'chief', 'sales', 'cro', 'ae', 'stack']));

  it('folds plurals and typos onto known words', () => {
    expect(speller.correct('officers')).toBe('officer');
    expect(speller.correct('aes')).toBe('ae');
    expect(speller.correct('revnue')).toBe('revenue');
    expect(speller.correct('cheif')).toBe('chief');
    expect(speller.correct('slaes')).toBe('sales');
  });

  it('never corrects short words or one changed letter in a five-letter word', () => {
    expect(speller.correct('cto')).toBe('cto');
    expect(speller.correct('cfo')).toBe('cfo');
    expect(speller.correct('stock')).toBe('stock');
  });

  it('folds a three-letter non-word onto the one title word it is a letter short of, and no other', () => {
    const titled = new Speller(
      new Set(['sales', 'team', 'lead', 'cto', 'capo']),
      ['sales', 'team', 'lead', 'head', 'capo'],
      () => false,
      ['sales', 'team', 'lead', 'head'],
    );
    expect(titled.correct('tem')).toBe('team');
    expect(titled.correct('hed')).toBe('head');
    expect(titled.correct('cto')).toBe('cto');
    // (Only words of the roles' names: "cpo" is no "capo", an Italian alias.)
    expect(titled.correct('cpo')).toBe('cpo');
    expect(new Speller(new Set(['team', 'term']), [], () => false, ['team', 'term']).correct('tem')).toBe(
      'tem',
    );
  });

  it('measures edit distance with swaps', () => {
    expect(damerau('slaes', 'sales')).toBe(1);
    expect(damerau('kitten', 'sitting')).toBe(3);
  });
});

describe('role recognition', () => {
  const roles = new RoleIndex(kb.roles);
  const ids = (q: string) => roles.find(content(tokenize(q))).map((m) => m.role.id);

  it('prefers the longest name and keeps the order of mention', () => {
    expect(ids('sales team lead vs sales manager')).toEqual(['sales-team-lead', 'sales-manager']);
    expect(ids('vp of sales or cro')).toEqual(['vp-sales', 'cro']);
  });

  it('knows abbreviations, alternative titles and Italian forms', () => {
    expect(ids('head of sales')).toEqual(['vp-sales']);
    expect(ids('AE')).toEqual(['account-executive']);
  });

  it('does not see a role in unrelated words', () => {
    expect(ids('sales tax')).toEqual([]);
    expect(ids('cto')).toEqual([]);
  });
});

describe('facet recognition', () => {
  const facets = createFacetDetector(loadKnowledge().facetWords);
  const facet = (q: string) => facets.detect(content(tokenize(q)));

  it.each([
    ['how much do they earn', 'compensation'],
    ['quanto guadagna', 'compensation'],
    ['what skills are needed', 'skills'],
    ['who do they report to', 'reporting'],
    ['how are they measured', 'metrics'],
    ['what do they do all day', 'daily'],
    ['how do you become one', 'career'],
    ['biggest challenges', 'challenges'],
  ])('%s -> %s', (q, expected) => expect(facet(q)).toBe(expected));

  it('treats "what does X do" as the overview, not a facet', () => {
    expect(facet('what does a do')).toBeUndefined();
  });
});

describe('scope', () => {
  const titles = (q: string) => otherTitles(content(tokenize(q))).map((t) => t.title);

  it.each([
    ['what does a coo do', ['COO']],
    ['vp of marketing', ['vp marketing']],
    ['product manager', ['product manager']],
    ['cso vs vp', []],
    ['head of sales', []],
    ['sales manager', []],
  ])('%s -> %j', (q, expected) => expect(titles(q)).toEqual(expected));

  it.each([
    ['who is the CRO of Microsoft', 'Microsoft'],
    ['who is the vp of sales at oracle', 'oracle'],
    ["who is hubspot's chief sales officer", 'hubspot'],
    ["who's our cro", 'your company'],
    ['is jane still our vp of sales?', 'a particular company'],
  ])('%s asks about a person (%s)', (q, holder) => {
    expect(namedHolder(q, (w) => ['sales', 'cro', 'the', 'a', 'chief'].includes(w))).toBe(holder);
  });

  it('lets role questions through', () => {
    const known = (w: string) => ['sales', 'a', 'startup', 'the'].includes(w);
    expect(namedHolder('who is the CRO?', known)).toBeUndefined();
    expect(namedHolder('who does the VP of Sales report to', known)).toBeUndefined();
    expect(namedHolder('is a CRO paid more than a CSO', known)).toBeUndefined();
  });
});

describe('answers', () => {
  it('answers a facet with that facet only', () => {
    const a = answer('how much does a CSO make');
    expect(a.kind).toBe('facet');
    expect(a.title).toBe('CSO: Compensation');
    expect(a.sources.map((s) => s.id)).toEqual(['cowen-cso-cro']);
  });

  it('answers two things asked of one role, in the order asked', () => {
    const a = answer('CSO skills and salary?');
    expect(a.sections.map((s) => s.heading)).toEqual(['Skills and qualifications', 'Compensation']);
    const b = answer('what would a CRO own, and how should we measure them?');
    expect(b.sections.map((s) => s.heading)).toEqual(['What they do', 'How performance is measured']);
    // Only one of the two in the sources: said up front, and the answer is partial.
    const c = answer('what does an SDR do and what do they earn');
    expect(c.coverage).toBe('partial');
    expect(c.intro).toMatch(/^My sources say nothing about pay for an SDR/);
    expect(c.sections[0]?.heading).toBe('What they do');
    // One facet named twice, or a detail of the same facet, is one question.
    expect(answer('how much does a CSO make and do they get equity').title).toBe('CSO: Compensation');
  });

  it('compares two roles, focused on the facet named', () => {
    const a = answer('who earns more, CSO or CRO');
    expect(a.kind).toBe('comparison');
    expect(a.title).toMatch(/Compensation/);
  });

  it('routes a hiring decision between two roles to the decision topic', () => {
    expect(answer('should a startup hire a CSO or a CRO').kind).toBe('topic');
  });

  it('says so when the sources do not cover a facet, instead of inventing one', () => {
    const a = answer('how much does an SDR earn');
    expect(a.matched).toBe(true);
    expect(a.intro).toMatch(/sources say nothing about pay for an SDR/);
  });

  it('declines with at most three suggestions it can answer', () => {
    const a = answer('what does a CTO do');
    expect(a.matched).toBe(false);
    expect(a.followUps.length).toBeGreaterThan(0);
    expect(a.followUps.length).toBeLessThanOrEqual(3);
    for (const f of a.followUps) expect(answer(f.question).matched).toBe(true);
  });

  it('offers follow-ups that each lead to a real answer', () => {
    for (const q of ['cro', 'cso vs cro', 'sales hierarchy', 'sdr', 'how much does a CRO earn']) {
      for (const f of answer(q).followUps) expect(answer(f.question).matched, f.question).toBe(true);
    }
  });

  it.each(LANGS)('answers every example question, in its language (%s)', (lang) => {
    for (const ex of exampleQuestions(kb.roles, kb.comparisons, kb.topics, lang)) {
      expect([answer(ex.question).matched, answer(ex.question).lang], ex.question).toEqual([true, lang]);
    }
  });

  it.each(LANGS)('answers each facet follow-up with exactly that facet of that role (%s)', (lang) => {
    for (const role of kb.roles) {
      for (const facet of FACETS.filter((f) => role.facets[f])) {
        const { question } = facetFollowUp(role, facet, lang);
        const a = answer(question);
        expect([a.kind, a.lang, a.title], question).toEqual([
          'facet',
          lang,
          `${shortName(role)}: ${messages(lang).facetLabels[facet]}`,
        ]);
      }
    }
  });

  it('puts the people under a role first when asked who reports to it', () => {
    const lines = answer('who reports to the CRO').sections[0]?.lines ?? [];
    expect(lines[0]?.label).toMatch(/Oversees/);
    expect(answer('who does the CRO report to').sections[0]?.lines[0]?.label).not.toMatch(/Oversees/);
  });

  it('puts the roles beside a role first when asked whom it works with', () => {
    for (const q of [
      'which other execs does a CSO work closest with',
      "who are the CSO's peers in the c-suite",
      'who does the CSO collaborate with',
      'con chi collabora il CSO?',
    ]) {
      const first = answer(q).sections[0]?.lines[0]?.text ?? '';
      expect(first, q).toMatch(/CMO/);
    }
    expect(answer('who does the CRO partner with').sections[0]?.lines[0]?.label).toBe('Works with');
  });

  it("leads a comparison with the aspect the question's own words speak of", () => {
    expect(answer('which is more B2B, SDR or BDR?').sections[0]?.heading).toBe('Type of selling');
    expect(answer('which of the two rep roles is more B2B').sections[0]?.heading).toBe('Type of selling');
    // Not a role's own name, nor half of a word typed as one ("mid-size" is no "deal size").
    const plain = answer('cso vs cro').sections[0]?.heading;
    expect(answer('CSO, chief sales officer, vs CRO').sections[0]?.heading).toBe(plain);
    expect(answer('cso or cro for a mid-size company?').sections[0]?.heading).toBe(plain);
  });

  it('is partial when one of ours is set against a title we do not cover', () => {
    const a = answer('CRO vs COO whats the difference');
    expect(a.matched).toBe(true);
    expect(a.coverage).toBe('partial');
    expect(a.missing).toContain('COO');
  });

  it('reads a word of the knowledge as itself, not as a typo of ours', () => {
    // "closes" is not "closest" (a facet word), and "qualifies" is what "qualified" says.
    expect(answer('AE vs SDR - who closes the deals?').missing).toBeUndefined();
    expect(answer('who closes deals').title).toMatch(/AE/);
  });

  it('keeps the question as typed (minus Slack markup) for echoing', () => {
    expect(answer('<@U1> cro?').question).toBe('cro?');
  });
});

describe('coverage and subject', () => {
  it('says what each answer was about, by knowledge-base ids', () => {
    expect(answer('how much does a cro earn')).toMatchObject({
      coverage: 'full',
      subject: { roles: ['cro'], facet: 'compensation' },
    });
    expect(answer('cso vs cro').subject.roles.sort()).toEqual(['cro', 'cso']);
    expect(answer('sales hierarchy').subject.topic).toBe('sales-hierarchy');
  });

  it('is partial when the role is ours but the detail asked is not, none when declined', () => {
    const silent = kb.roles.find((r) => !r.facets.compensation);
    if (silent) expect(answer(`how much does a ${silent.name} earn`).coverage).toBe('partial');
    expect(answer('what does a cto do')).toMatchObject({ coverage: 'none', matched: false });
    expect(answer('help').coverage).toBe('none');
  });
});

describe('other meanings of our abbreviations', () => {
  it.each([
    ['our CSO owns the SOC 2 audit, what else should they cover', 'Chief Security Officer'],
    ['CRO tips for a landing page', 'Conversion Rate Optimisation'],
    ['which CRO runs clinical trials in Europe', 'Contract Research Organisation'],
    ['what does the CRO of a bank do about credit risk', 'Chief Risk Officer'],
    ['our CSO leads the ESG and carbon reporting', 'Chief Sustainability Officer'],
  ])('%j is declined as %s', (q, meaning) => {
    const a = answer(q);
    expect(a).toMatchObject({ matched: false, coverage: 'none' });
    expect(a.intro).toContain(meaning);
  });

  it('answers ours when the title is spelled out, or when nothing signals another meaning', () => {
    expect(answer('our chief sales officer (CSO) worries about security of deals').matched).toBe(true);
    expect(answer('does the CRO handle pricing strategy').matched).toBe(true);
    expect(answer('what conversion rates does a CSO track').matched).toBe(true);
  });

  it('declines an abbreviation alone that is asked nothing the sources know, naming the words', () => {
    const a = answer('what is the CRO turnaround for a 200 patient study');
    expect(a).toMatchObject({ matched: false, coverage: 'none' });
    expect(a.intro).toMatch(/^I'm not sure CRO here means the Chief Revenue Officer: .*“patient study”/);
    expect(a.followUps.map((f) => f.question)).toEqual(['What does a CRO do?']);
    // Spelled out, or with one unknown word, it is ours: partial, with the word said up front.
    expect(answer('chief revenue officer turnaround for a 200 patient study').matched).toBe(true);
    expect(answer('what does an interim CRO do')).toMatchObject({ matched: true, coverage: 'partial' });
  });

  it('reads the signals from the knowledge base, not from code', () => {
    const none = createAnswerer({ ...kb, otherMeanings: [] });
    expect(none('CRO tips for a landing page').matched).toBe(true);
  });
});

describe('coverage: what the answer leaves out', () => {
  it.each([
    ['what does an interim CRO do', 'interim'],
    ['is a part-time CSO a thing', 'part-time'],
    ['what does a CRO at a hospital do', 'hospital'],
    ['what does the CRO of Oracle focus on', 'Oracle'],
    ['do CROs get equity', 'equity'],
    ['how many SDRs per AE', 'how many'],
  ])('%j is partial, says so up front and lists %j as missing', (q, word) => {
    const a = answer(q);
    expect(a).toMatchObject({ matched: true, coverage: 'partial' });
    expect(a.missing).toContain(word);
    expect(a.intro).toMatch(new RegExp(`^My sources don't cover[^.]*${word}`));
  });

  it.each([
    ['how much does an SDR earn', /say nothing about pay/],
    ['how do I hire a good CRO', /don't cover how to hire a CRO/],
    ['career path from SDR to VP of Sales', /career path from SDR to VP of Sales/],
  ])('%j: a detail the sources lack is said in the first sentence', (q, sentence) => {
    const a = answer(q);
    expect(a.coverage).toBe('partial');
    expect(a.intro?.split('. ')[0]).toMatch(sentence);
  });

  it('stays full when every meaningful word is used or neutral', () => {
    for (const q of [
      'what does an effective CRO do',
      'CRO salary',
      'cso vs cro',
      'when should we hire a CRO',
    ]) {
      expect(answer(q), q).toMatchObject({ coverage: 'full' });
      expect(answer(q).missing, q).toBeUndefined();
    }
  });

  it('answers a question that matches a topic that well instead of suggesting it', () => {
    const a = answer('how do I build an effective sales team');
    expect(a).toMatchObject({ matched: true, kind: 'topic', subject: { topic: 'building-a-sales-team' } });
  });

  it('promotes facts by rare shared words, never by a common or neutral one', () => {
    const onQuestion = (q: string) => answer(q).sections.find((s) => s.heading === 'On your question');
    expect(onQuestion('clear cro')).toBeUndefined();
    expect(onQuestion('how does a CSO set revenue goals')?.lines[0]?.text).toMatch(/goals/);
  });

  it('finds a fact by a related word and does not report the word missing', () => {
    const a = answer('does the CRO own the marketing budget');
    expect(a.coverage).toBe('full');
    expect(a.sections[0]?.lines[0]?.text).toMatch(/advertising and marketing spend/);
  });

  it('a word common everywhere but rare in the role picks its facts', () => {
    const a = answer('does the CSO deal with marketing');
    expect(a.sections[0]?.heading).toBe('On your question');
    expect(a.sections[0]?.lines.map((l) => l.text).join(' ')).toMatch(/marketing/);
  });

  it('each word of the question brings a fact; a hyphenated word must be whole in one fact', () => {
    const lines = answer('is a CRO hands-on with product').sections[0]?.lines.map((l) => l.text) ?? [];
    expect(lines.join(' ')).toMatch(/hands-off/);
    expect(lines.join(' ')).toMatch(/testing and features/);
    expect(answer('is a part-time CSO a thing').missing).toEqual(['part-time']);
  });

  it('puts the facet facts that speak of the question first', () => {
    const a = answer('is the CRO responsible for advertising ROI');
    expect(a.subject.facet).toBe('responsibilities');
    expect(a.sections[0]?.lines[0]?.text).toMatch(/ROI/);
  });
});

describe('answers composed once', () => {
  it('gives each question its own question and subject, and shares the rest frozen', () => {
    const a = answer('what does a CRO do?');
    const b = answer('tell me about the chief revenue officer');
    expect(a.question).toBe('what does a CRO do?');
    expect(b.question).toBe('tell me about the chief revenue officer');
    expect(b.sections).toEqual(a.sections);
    // What travels on (turns, the store) is each answer's own: sorting one leaves the other alone.
    expect(b.subject).not.toBe(a.subject);
    expect(b.subject.roles).not.toBe(a.subject.roles);
    // What is shared cannot be changed through one answer.
    expect(Object.isFrozen(a.sections)).toBe(true);
    expect(() => (a.sections as unknown[]).push({ lines: [] })).toThrow(TypeError);
    expect(answer('what does a CRO do?').sections).toEqual(b.sections);
  });

  it('composes afresh what the question leads (specific words reorder the facts)', () => {
    const plain = answer('what does a CRO do?');
    const specific = answer('does the CRO handle pricing?');
    expect(specific.sections[0]?.heading).not.toBe(plain.sections[0]?.heading);
    expect(Object.isFrozen(specific.sections)).toBe(false);
  });
});

describe('speller and distance', () => {
  it('measures the same distance whatever was measured before', () => {
    expect(damerau('a'.repeat(40), 'b'.repeat(40))).toBe(40);
    expect(damerau('slaes', 'sales')).toBe(1);
    expect(damerau('', 'abc')).toBe(3);
    expect(damerau('abc', '')).toBe(3);
    expect(damerau('ca', 'abc')).toBe(3);
  });
});
