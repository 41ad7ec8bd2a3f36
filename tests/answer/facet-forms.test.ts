import { describe, expect, it } from 'vitest';
import { createAnswerer } from '../../src/answer/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { FACETS, type FacetKey } from '../../src/knowledge/schema.js';

const answer = createAnswerer(loadKnowledge());

/**
 * The forms people use for each facet, asked of a role that has it. Every facet has a list, so a
 * facet added to the schema without the ways people ask for it fails here.
 */
const FORMS: Record<FacetKey, string[]> = {
  responsibilities: [
    'what is a CRO responsible for',
    'CRO duties',
    'what are the main tasks of a CRO',
    "what's in a CRO's remit",
    'CRO job description',
    'what is the CRO in charge of',
  ],
  daily: [
    "what's a typical day for a CSO",
    'a day in the life of a CSO',
    'what does a CSO do day to day',
    "what's a CSO's daily routine",
    'how does a CSO spend their time',
    'what does a CSO do all day',
  ],
  skills: [
    'what skills does a CRO need',
    'CRO qualifications',
    'what makes a good CRO, what does it take',
    'what are the requirements for a CRO',
    'CRO competencies',
    'what qualities should a CRO have',
  ],
  career: [
    'how do you become a CRO',
    'CRO career path',
    'what background do CROs have',
    'how do people get promoted to CRO',
    'what prior experience do CROs have',
    'what experience is needed to be a CRO',
  ],
  reporting: [
    'who does the VP of Sales report to',
    "who's above the VP of Sales",
    "who's under the VP of Sales",
    'who is the VP of Sales boss',
    'who manages the VP of Sales',
    'VP of Sales reporting line',
    'who does the VP of Sales answer to',
  ],
  metrics: [
    'how is a CRO measured',
    'CRO KPIs',
    'what metrics is a CRO judged on',
    'how is CRO performance evaluated',
    'what numbers does a CRO get held accountable for',
    'what does success look like for a CRO',
  ],
  compensation: [
    'how much does a CRO earn',
    'what is a CRO paid',
    'CRO salary',
    'what does a CRO make a year',
    'CRO take-home pay',
    'CRO comp package',
    'what does a CRO earn',
    'CRO compensation',
    'how much money does a CRO make',
    'quanto guadagna un CRO',
  ],
  challenges: [
    'what challenges does a CRO face',
    "what's hard about being a CRO",
    'CRO pain points',
    'what problems do CROs run into',
    'what are the risks for a CRO',
    'what obstacles does a CRO deal with',
  ],
  technology: [
    'how does technology affect a CRO',
    'what tools does a CRO use',
    'CRO tech stack',
    'what software do CROs rely on',
    'how does a CRO use a CRM',
  ],
  trends: [
    'what trends are shaping the CRO role',
    'future of the CRO role',
    'how is the CRO role evolving',
    'how will AI change the CRO',
    'CRO outlook for the next years',
  ],
  hiring: [
    'when should a company hire a CRO',
    'do we need a CRO',
    'is a CRO worth it for us',
    'when does it make sense to bring in a CRO',
    'is a CRO the right fit for a startup',
  ],
  history: [
    'history of the CRO role',
    'where did the CRO role come from',
    'when did the CRO role emerge',
    'origins of the CRO',
    'how did the CRO role originate',
  ],
};

describe('facet words in the forms people use', () => {
  it('has a list of forms for every facet', () => {
    expect(Object.keys(FORMS).sort()).toEqual([...FACETS].sort());
  });

  const cases = Object.entries(FORMS).flatMap(([facet, forms]) => forms.map((q) => [q, facet] as const));
  it.each(cases)('%j asks for %s', (q, facet) => {
    const a = answer(q);
    expect(a.matched).toBe(true);
    expect(a.subject.facet).toBe(facet);
  });
});
