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

/**
 * More of the forms people use (synonyms, verbs, idioms, Italian), each asked of a role whose sources
 * cover the facet: read as that facet and answered in full, with no word of the question left out.
 * The words live in knowledge/facet-words.yml.
 */
const MORE_FORMS: Record<FacetKey, string[]> = {
  responsibilities: [
    "what's on a CSO's plate",
    'what is a CSO expected to deliver',
    'what does a CSO look after',
    'what are the key duties of a chief sales officer',
    'CSO obligations',
    "what falls under the CSO's purview",
    'what does the CSO role entail',
    'what is the CSO accountable for',
    'quali sono i compiti di un CSO',
    'di cosa si occupa un CSO',
    'mansioni del CSO',
  ],
  daily: [
    'cosa fa un CSO durante la giornata',
    'a day in the life of a CRO',
    "what does a CRO's typical week look like",
    'how do CROs spend their days',
    'what does a CRO do on a given day',
    "what is the CRO's workday like",
    'how busy is a CRO',
    "com'\u00e8 la giornata tipo di un CRO",
    'cosa fa un CRO tutti i giorni',
  ],
  skills: [
    'what does it take to be a great CSO',
    'what knowledge does a CSO need',
    'what expertise should a CSO have',
    'what to look for in a CSO',
    'soft skills for a CSO',
    'what characteristics make a good CSO',
    'what do you need to be good at to be a CSO',
    'how to succeed as a CSO',
    'quali doti servono a un CSO',
    'che caratteristiche deve avere un CSO',
    'cosa serve per essere un buon CSO',
  ],
  career: [
    'how do I break into a CRO role',
    "what's the path to CRO",
    'what is the next step after CRO',
    'what experience do you need to be a CRO',
    'how much experience does a CRO need',
    'how do CROs get promoted',
    'how do you rise to CRO',
    'come si diventa CRO',
    'percorso di carriera di un CRO',
  ],
  reporting: [
    'who sits above the CSO',
    "who is the CSO's manager",
    'where does the CSO sit in the org chart',
    "who are the CSO's peers",
    'who is senior to the CSO',
    'what rank is a CSO',
    'where does the CSO fit in the hierarchy',
    'a chi riporta il CSO',
    'chi sono i sottoposti del CSO',
    "dove si colloca il CSO nell'organigramma",
  ],
  metrics: [
    'what targets does a CSO have',
    'how do you know if a CSO is doing well',
    "how is a CSO's success tracked",
    'what results is a CSO measured on',
    "what does a CSO's scorecard look like",
    'how is a CSO graded',
    'come si misura il successo di un CSO',
    'su quali risultati viene valutato un CSO',
  ],
  compensation: [
    'CSO base plus bonus',
    'how is a CSO compensated',
    'what does a CSO bring home',
    'CSO total comp',
    'what is the salary range for a CSO',
    'is a CSO well paid',
    "what's the pay like for a CSO",
    'CSO pay scale',
    'quanto viene pagato un CSO',
    'quanto guadagna un chief sales officer',
    'stipendio di un CSO',
  ],
  challenges: [
    'quali sono le sfide principali di un CSO',
    'what are the biggest headaches for a CSO',
    'what keeps a CSO up at night',
    'what does a CSO worry about',
    'CSO roadblocks',
    'what hurdles does a CSO face',
    'what is the hardest part of being a CSO',
    'what are the downsides of being a CSO',
    'what can go wrong for a CSO',
    'what frustrations does a CSO deal with',
    'what is a CSO up against',
    'quali ostacoli incontra un CSO',
    'quali sono le preoccupazioni di un CSO',
  ],
  technology: [
    'what apps does a CSO use',
    'how can a CSO automate sales work',
    'what tooling does a CSO need',
    'what platforms do CSOs use',
    'which CRM should a CSO use',
    'che software usano i CSO',
    'quali piattaforme usano i CSO',
  ],
  trends: [
    'where is the CSO role going',
    'will the CSO role still exist in ten years',
    'where is the CSO role heading',
    "what's next for the CSO role",
    'what will the CSO role look like in 5 years',
    'how will the CSO role change in the future',
    'will AI replace the CSO',
    'is the CSO role becoming obsolete',
    'CSO role in the coming years',
    'come cambier\u00e0 il ruolo del CSO',
    'il CSO nei prossimi anni',
  ],
  hiring: [
    'when should we bring on a CSO',
    'is it time to hire a CSO',
    'when does a company need a CSO',
    'at what stage should a startup hire a CSO',
    'signs you need a CSO',
    'is my company ready for a CSO',
    'can a small company justify a CSO',
    'quando serve un CSO',
    'quando assumere un CSO',
  ],
  history: [
    'what is the origin story of the CSO',
    'why did the CSO role appear',
    'how has the CSO role changed over time',
    'how has the CSO role evolved',
    'when was the CSO role created',
    'what did the CSO role look like in the past',
    'why does the CSO role exist',
    'come \u00e8 nato il ruolo del CSO',
    'storia del ruolo di CSO',
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

  it('has more forms for every facet', () => {
    expect(Object.keys(MORE_FORMS).sort()).toEqual([...FACETS].sort());
  });

  const more = Object.entries(MORE_FORMS).flatMap(([facet, forms]) => forms.map((q) => [q, facet] as const));
  it.each(more)('%j asks for %s, answered in full', (q, facet) => {
    const a = answer(q);
    expect(a.subject.facet).toBe(facet);
    expect(a.coverage).toBe('full');
  });
});
