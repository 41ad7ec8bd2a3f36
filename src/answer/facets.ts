import type { FacetKey } from '../knowledge/schema.js';
import { tokenize } from './normalise.js';
import { PhraseMatcher } from './phrases.js';

/**
 * How people ask for each facet, in English and Italian. Words are matched after plural folding and
 * typo correction, so list the base form once. "What does X do" asks for the overview, not a facet.
 */
// biome-ignore format: word lists read best packed
export const FACET_WORDS: Record<FacetKey, string[]> = {
  responsibilities: [
    'responsible', 'responsibility', 'responsibilities', 'duty', 'duties', 'task', 'tasks', 'in charge',
    'job description', 'accountable', 'accountabilities', 'main focus', 'focus on', 'remit', 'scope',
    'responsabile', 'responsabilita', 'compiti', 'compito', 'mansioni', 'mansione', 'di cosa si occupa',
    'occupa',
  ],
  daily: [
    'day', 'all day', 'daily', 'day to day', 'typical day', 'everyday', 'routine', 'week', 'daily life',
    'what happens', 'spend time', 'spend their time', 'agenda', 'to do list', 'giornata', 'quotidiano', 'quotidiana', 'giorno',
    'giornaliero', 'giornaliera', 'cose da fare',
  ],
  skills: [
    'skill', 'skills', 'skillset', 'skill set', 'qualification', 'qualifications', 'qualities', 'quality',
    'competency', 'competencies', 'competence', 'abilities', 'ability', 'traits', 'trait', 'strengths',
    'requirements', 'required', 'what it takes', 'does it take', 'what makes good', 'makes good', 'good at', 'need to know', 'capabilities', 'attributes',
    'competenze', 'competenza', 'capacita', 'qualita', 'requisiti', 'abilita',
  ],
  career: [
    'career', 'path', 'career path', 'become', 'becoming', 'became', 'background', 'come from', 'comes from',
    'get into', 'get there', 'move up', 'step up', 'grow into', 'work up', 'promoted', 'promotion', 'progression', 'route', 'journey', 'ladder', 'climb',
    'experience needed', 'years of experience', 'years', 'how long', 'take to become', 'previous experience', 'prior', 'start out', 'started',
    'carriera', 'diventare', 'diventa', 'diventano', 'si diventa', 'percorso', 'provenienza', 'esperienza',
    'formazione', 'fondo professionale',
  ],
  reporting: [
    'report to', 'reports to', 'reporting', 'reporting line', 'report', 'reports', 'boss', 'who manages',
    'manages them', 'manage', 'supervise', 'supervises', 'supervised', 'supervisor', 'above', 'below', 'under',
    'underneath', 'direct reports', 'oversee', 'oversees', 'overseen', 'in charge of', 'chain of command',
    'help out', 'helps out', 'who help', 'who helps', 'who support', 'who supports', 'keep an eye on', 'keeps an eye on', 'sit', 'sits', 'fit in', 'fits in', 'superior', 'answer to', 'answers to', 'work with', 'works with', 'collaborate', 'riporta', 'riportano',
    'riferisce', 'capo', 'superiore', 'responde', 'risponde', 'sotto', 'sopra',
  ],
  metrics: [
    'metric', 'metrics', 'kpi', 'kpis', 'measure', 'measured', 'measuring', 'judged', 'judge', 'evaluated',
    'evaluate', 'evaluation', 'assessed', 'performance', 'success measured', 'scorecard', 'okr', 'okrs',
    'win rate', 'success look like', 'numbers', 'benchmarks', 'held accountable', 'tracked', 'metriche',
    'metrica', 'misurato', 'misurata', 'valutato', 'valutata', 'valutazione', 'indicatori',
  ],
  compensation: [
    'salary', 'salaries', 'pay', 'paid', 'pays', 'earn', 'earns', 'earning', 'earnings', 'make a year',
    'how much make', 'how much do make', 'how much does make', 'compensation', 'comp', 'wage', 'wages',
    'income', 'take home', 'take home pay', 'bonus', 'bonuses', 'ote', 'money', 'package', 'remuneration', 'commission', 'commissions',
    'base salary', 'equity', 'payscale', 'stipendio', 'stipendi', 'guadagna', 'guadagnano', 'guadagno',
    'retribuzione', 'compenso', 'compensi', 'ral', 'paga', 'pagato', 'pagata', 'pagati', 'guadagnare',
    'guadagni', 'quanto prende',
  ],
  challenges: [
    'challenge', 'challenges', 'challenging', 'problem', 'problems', 'difficult', 'difficulty', 'difficulties',
    'hard', 'hardest', 'struggle', 'struggles', 'pain point', 'pain points', 'obstacle', 'obstacles',
    'pressure', 'stress', 'stressful', 'run into', 'risk', 'risks', 'pitfalls', 'issues', 'tough', 'sfide',
    'sfida', 'difficolta', 'problemi', 'pressione', 'complessita', 'complicato', 'stressante',
  ],
  technology: [
    'technology', 'technologies', 'tech', 'tool', 'tools', 'software', 'crm', 'automation', 'digital',
    'tech stack', 'stack', 'platform', 'platforms', 'system', 'systems', 'tecnologia', 'tecnologie',
    'strumenti', 'strumento',
  ],
  trends: [
    'ai', 'artificial intelligence', 'machine learning', 'intelligenza artificiale',
    'trend', 'trends', 'future', 'evolve', 'evolving', 'evolution', 'changing', 'change', 'emerging',
    'next years', 'outlook', 'tendenze', 'tendenza', 'futuro', 'evoluzione',
  ],
  hiring: [
    'hire', 'hiring', 'when to hire', 'should we hire', 'need one', 'do we need', 'worth', 'recruit',
    'bring in', 'right for', 'right fit', 'fit for', 'good fit', 'better fit', 'startup', 'scaleup',
    'fit', 'fits', 'suit', 'suits', 'suited', 'make sense', 'makes sense', 'adding', 'add a', 'worth it', 'assumere', 'assunzione', 'serve',
    'conviene', 'ha senso',
  ],
  history: [
    'history', 'historical', 'origin', 'origins', 'originate', 'emerge', 'emerged', 'roots', 'came about', 'come about', 'comes about',
    'invented', 'new role', 'role come from', 'role came from', 'position come from', 'role originate',
    'where come from', 'storia', 'origine', 'origini', 'nata', 'nato', 'nuova posizione',
  ],
};

/**
 * Facet words that name one detail of the facet rather than the facet itself: "equity" asks about
 * pay, but an answer about pay that never mentions equity has not answered it.
 */
// biome-ignore format: a word list reads best packed
export const DETAIL_WORDS = new Set([
  'equity', 'bonus', 'bonuses', 'commission', 'commissions', 'ote', 'base salary', 'stock options',
  'benefits', 'perks', 'okr', 'okrs', 'win rate', 'crm', 'ai', 'automation', 'startup', 'scaleup',
]);

export interface FacetDetector {
  detect(contentTokens: readonly string[]): FacetKey | undefined;
  /** The facet and the words of the question that named it. */
  find(contentTokens: readonly string[]): { facet?: FacetKey; used: string[] };
  words(): Set<string>;
}

/** The facet the question asks about. */
export function createFacetDetector(): FacetDetector {
  const matcher = new PhraseMatcher<FacetKey>();
  for (const [facet, phrases] of Object.entries(FACET_WORDS) as Array<[FacetKey, string[]]>) {
    for (const phrase of phrases) matcher.add(tokenize(phrase), facet);
  }
  return {
    words: () => matcher.words(),
    detect(tokens) {
      return this.find(tokens).facet;
    },
    find(tokens) {
      // The facet named with the most words wins; on a tie the earliest, which is usually the subject.
      const counts = new Map<FacetKey, number>();
      const hits = matcher.match(tokens);
      let best: FacetKey | undefined;
      for (const hit of hits) {
        const n = (counts.get(hit.value) ?? 0) + hit.size;
        counts.set(hit.value, n);
        if (best === undefined || n > (counts.get(best) ?? 0)) best = hit.value;
      }
      // A detail word ("equity") counts as used only if the answer itself speaks of it.
      const used = hits
        .filter((h) => h.value === best && !DETAIL_WORDS.has(tokens.slice(h.start, h.end).join(' ')))
        .flatMap((h) => tokens.slice(h.start, h.end));
      return best ? { facet: best, used } : { used };
    },
  };
}
