import { describe, expect, it } from 'vitest';
import { nextTurn } from '../../src/answer/follow-up.js';
import { createAnswerer } from '../../src/answer/index.js';
import type { Answer, Turn } from '../../src/answer/types.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { toSlackMessage } from '../../src/render/blocks.js';
import { toPlainText } from '../../src/render/text.js';
import { blockKitProblems } from '../helpers/block-kit.js';

const answer = createAnswerer(loadKnowledge());

/** Plays a conversation turn by turn, each question with the turn before it, like a thread does. */
function converse(...questions: string[]): Answer[] {
  let previous: Turn | undefined;
  return questions.map((q) => {
    const reply = answer(q, previous);
    previous = nextTurn(previous, reply);
    return reply;
  });
}

const about = (a: Answer | undefined) => ({ kind: a?.kind, ...a?.subject });

describe('follow-up questions', () => {
  it('a new facet of the same role, saying what it assumed', () => {
    const [, pay, boss] = converse(
      'what does a cro do',
      'and how much do they earn?',
      'who do they report to?',
    );
    expect(about(pay)).toEqual({ kind: 'facet', roles: ['cro'], facet: 'compensation' });
    expect(pay?.assumed).toEqual({
      roles: ['cro'],
      about: 'About the CRO',
      note: 'About the CRO, from earlier in this thread',
    });
    expect(toPlainText(pay as Answer)).toContain('$180,797');
    expect(about(boss)).toEqual({ kind: 'facet', roles: ['cro'], facet: 'reporting' });
  });

  it('the same facet of a new role', () => {
    const [, vp, cso] = converse('what skills does a CRO need', 'what about the VP of Sales?', 'and the cso');
    expect(about(vp)).toEqual({ kind: 'facet', roles: ['vp-sales'], facet: 'skills' });
    expect(vp?.assumed?.facet).toBe('skills');
    expect(about(cso)).toEqual({ kind: 'facet', roles: ['cso'], facet: 'skills' });
    expect(vp?.assumed?.roles).toEqual([]);
  });

  it('compares the new role with the one before', () => {
    const [, cso] = converse('what does a cro do', 'compare with the CSO');
    expect(cso?.kind).toBe('comparison');
    expect([...(cso?.subject.roles ?? [])].sort()).toEqual(['cro', 'cso']);
    expect(cso?.assumed?.note).toBe('Compared with the CRO, from earlier in this thread');
    const [, bdr] = converse('what does an SDR do', 'how is that different from a BDR?');
    expect([...(bdr?.subject.roles ?? [])].sort()).toEqual(['bdr', 'sdr']);
  });

  it('carries a comparison on to another facet', () => {
    const [, pay] = converse('cso vs cro', 'and their salaries?');
    expect(about(pay)).toMatchObject({ kind: 'comparison', facet: 'compensation' });
    expect([...(pay?.subject.roles ?? [])].sort()).toEqual(['cro', 'cso']);
  });

  it('pronouns and "tell me more" in Italian and English', () => {
    const [, pay, more] = converse('cso', 'e quanto guadagna?', 'tell me more about them');
    expect(about(pay)).toEqual({ kind: 'facet', roles: ['cso'], facet: 'compensation' });
    expect(about(more)).toEqual({ kind: 'role', roles: ['cso'] });
  });

  it('"who reports to them" asks downward', () => {
    const [, down] = converse('vp of sales', 'who reports to them?');
    expect(down?.subject.facet).toBe('reporting');
    expect(down?.sections[0]?.lines[0]?.label).toMatch(/overs|supervis|lead|manage|direct/i);
  });

  it('"their boss", "the job", "which one" point back too', () => {
    const [, boss] = converse('sales manager', "so who's their boss?");
    expect(about(boss)).toEqual({ kind: 'facet', roles: ['sales-manager'], facet: 'reporting' });
    const [, future] = converse('cso', 'is AI going to reshape the role?');
    expect(about(future)).toEqual({ kind: 'facet', roles: ['cso'], facet: 'trends' });
    // (The choice between them, weighed for a startup: its sources disagree, so no lean, section first.)
    const [, pick] = converse('cro vs cso', 'which one suits a startup?');
    expect(about(pick)).toMatchObject({ kind: 'topic', facet: 'hiring' });
    expect(pick?.sections[0]?.heading).toContain('sources disagree');
  });

  it("a pronoun outweighs a topic, and the question's words lead the answer", () => {
    const [, deals] = converse('bdr', 'do they work on B2B deals?');
    expect(about(deals)).toEqual({ kind: 'role', roles: ['bdr'] });
    expect(deals?.sections[0]?.heading).toBe('On your question');
    expect(deals?.sections[0]?.lines.map((l) => l.text).join(' ')).toContain('B2B');
  });

  it('plural reps are the sales team, not another job title', () => {
    const [, team] = converse('sales manager', 'how many reps report to them?');
    expect(team?.subject.roles).toEqual(['sales-manager']);
  });

  it("declines who holds the role at a company, still about the thread's role", () => {
    const [, holder] = converse('cro', 'and the one at Acme, what does she make?');
    expect(holder?.kind).toBe('not_found');
    expect(holder?.subject.roles).toEqual(['cro']);
  });

  it('two roles named after a question: both of them, on the facet asked before', () => {
    const [, both] = converse('how much does a cro make', 'what about the CSO and the VP of sales?');
    expect(about(both)).toMatchObject({ kind: 'comparison', facet: 'compensation' });
    expect([...(both?.subject.roles ?? [])].sort()).toEqual(['cso', 'vp-sales']);
    expect(both?.assumed?.note).toBe('About pay, from earlier in this thread');
    // Neither has a salary in the sources: said first, then how they compare.
    const [, none] = converse('how much does an SDR earn', 'BDR and SDR?');
    expect(none?.coverage).toBe('partial');
    expect(none?.intro).toMatch(/^My sources say nothing about pay for a BDR or an SDR\./);
  });

  it('a count per day or week is a metric, not the daily routine', () => {
    const [, calls] = converse('what does an SDR do', 'how many calls a day do they make?');
    expect(about(calls)).toMatchObject({ roles: ['sdr'], facet: 'metrics' });
    expect(calls?.coverage).toBe('partial');
    const [, hours] = converse('cso', 'how many hours a day do they work?');
    expect(hours?.subject.facet).toBe('daily');
  });

  it('"the one at Oracle": honest that it is the role in general, offering that instead', () => {
    const [, oracle] = converse('cso', 'how much does the one at Oracle make?');
    expect(oracle?.kind).toBe('not_found');
    expect(oracle?.subject).toEqual({ roles: ['cso'], facet: 'compensation' });
    expect(oracle?.intro).toContain('the CSO at Oracle in particular');
    expect(oracle?.followUps).toEqual([{ label: 'CSO salary', question: 'How much does a CSO earn?' }]);
    const [, guy] = converse('how much does a CRO earn', 'and the guy at Salesforce?');
    expect(guy?.subject).toEqual({ roles: ['cro'], facet: 'compensation' });
  });

  it("a role named after a topic carries the topic's facet, or its words", () => {
    const [, tools] = converse('what tools do sales teams use', 'what about the CRO?');
    expect(about(tools)).toEqual({ kind: 'facet', roles: ['cro'], facet: 'technology' });
    const [, sdr] = converse('how does lead generation work', 'and the SDR?');
    expect(about(sdr)).toEqual({ kind: 'role', roles: ['sdr'] });
    expect(sdr?.assumed?.note).toBe(
      'About lead generation and building the pipeline, from earlier in this thread',
    );
  });

  it('a question naming its own role never inherits', () => {
    const [, cso] = converse('how much does a CRO earn', 'what does a CSO do');
    expect(about(cso)).toEqual({ kind: 'role', roles: ['cso'] });
    expect(cso?.assumed).toBeUndefined();
    const [, both] = converse('what does a cro do', 'sdr vs bdr salary');
    expect(both?.assumed).toBeUndefined();
  });

  it('a question with a subject of its own stays on it', () => {
    const [, topic, general, other] = converse(
      'what does a cro do',
      'what tools help sales teams?',
      'how much do sales leaders earn?',
      'what about the CTO?',
    );
    expect(topic?.kind).toBe('topic');
    expect(topic?.assumed).toBeUndefined();
    expect(general?.assumed).toBeUndefined();
    expect(other?.kind).toBe('not_found');
  });

  it('without a previous turn, a follow-up is declined as before', () => {
    expect(answer('and how much do they earn?').kind).toBe('not_found');
    expect(answer('tell me more about them').kind).toBe('help');
  });

  it('a miss keeps the conversation on its last subject', () => {
    const [, miss, pay] = converse('what does a cro do', 'what is the weather', 'and their salary?');
    expect(miss?.kind).toBe('not_found');
    expect(about(pay)).toEqual({ kind: 'facet', roles: ['cro'], facet: 'compensation' });
  });

  it('ignores a previous turn naming roles that no longer exist', () => {
    const stale: Turn = { kind: 'role', roles: ['chief-happiness-officer'], facet: 'nonsense' };
    expect(answer('and their salary?', stale).kind).toBe('not_found');
    expect(answer('what about the CSO?', stale).subject).toEqual({ roles: ['cso'] });
  });

  it('a turn remembers the roles named before it, a couple at most, for "which of them"', () => {
    let previous: Turn | undefined;
    const turns: Turn[] = [];
    for (const q of ['cso salary', 'and the cro?', 'and the vp of sales?', 'and the sdr?']) {
      previous = nextTurn(previous, answer(q, previous));
      if (previous) turns.push(previous);
    }
    expect(turns.map((t) => t.earlier)).toEqual([undefined, ['cso'], ['cro', 'cso'], ['vp-sales', 'cro']]);
    // A turn across every role names none of them in particular.
    const across = nextTurn(turns[1], answer('what does the sales hierarchy look like'));
    expect(across?.roles.length).toBeGreaterThan(4);
    expect(nextTurn(across, answer('cso salary'))?.earlier).toBeUndefined();
  });

  it('reads a turn stored before it remembered earlier roles', () => {
    const stored: Turn = JSON.parse('{"kind":"facet","roles":["cro"],"facet":"compensation"}');
    expect(answer('which of them earns more?', stored).subject).toEqual({
      roles: ['cro'],
      facet: 'compensation',
    });
    const now: Turn = { ...stored, earlier: ['cso'] };
    expect(answer('which of them earns more?', now).subject).toEqual({
      roles: ['cso', 'cro'],
      facet: 'compensation',
    });
  });

  it('who feeds a role leads is the roles the leads come through, each feeding the next', () => {
    const [, leads, again] = converse(
      'what does an AE do',
      'who feeds them leads?',
      'do they negotiate too?',
    );
    expect(leads?.subject.roles).toEqual(['sdr', 'bdr']);
    expect(leads?.sections[0]?.lines.map((l) => l.label)).toEqual(
      expect.arrayContaining(['SDR, gets leads from', 'SDR, hands leads to']),
    );
    expect(leads?.assumed?.note).toBe('About the AE, from earlier in this thread');
    // ("they" is still the AE the thread is about.)
    expect(again?.subject.roles).toEqual(['account-executive']);
    expect(leads?.coverage).toBe('full');
    expect(blockKitProblems(toSlackMessage(leads as Answer))).toEqual([]);
  });

  it('shows the assumption first in Slack and in text, within Block Kit limits', () => {
    const [, pay] = converse('what does a cro do', 'and their salary?');
    const message = toSlackMessage(pay as Answer);
    expect(message.blocks[1]).toMatchObject({ type: 'context' });
    expect(message.blocks[1].elements[0].text).toBe('_About the CRO, from earlier in this thread_');
    expect(message.text).toContain('About the CRO, from earlier in this thread');
    expect(blockKitProblems(message)).toEqual([]);
    expect(toPlainText(pay as Answer).split('\n')[2]).toBe('(About the CRO, from earlier in this thread)');
  });
});
