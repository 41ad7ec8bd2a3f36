import { FACETS, type FacetKey, type FacetWords } from '../knowledge/schema.js';
import { tokenize } from './normalise.js';
import { content, PhraseMatcher } from './phrases.js';

export interface FacetDetector {
  detect(contentTokens: readonly string[]): FacetKey | undefined;
  /** The facet and the words of the question that named it. */
  find(contentTokens: readonly string[]): { facet?: FacetKey; used: string[] };
  words(): Set<string>;
  /** Facet words that say the facet on their own ("salary"), not parts of phrases. */
  singles(): Set<string>;
}

/**
 * The facet the question asks about, from the ways people ask for each (knowledge/facet-words.yml).
 * Words are matched after plural folding and typo correction. "What does X do" asks for the overview,
 * not a facet.
 */
export function createFacetDetector(facetWords: FacetWords): FacetDetector {
  /**
   * `detail`: the phrase names one detail of the facet rather than the facet itself: "equity" asks
   * about pay, but an answer about pay that never mentions equity has not answered it. Kept on the
   * phrase, not its span: a span also holds the small words skipped inside ("how long do they stay").
   */
  // ("where did the title even come from": a word of emphasis may sit inside a phrase.)
  const matcher = new PhraseMatcher<{ facet: FacetKey | undefined; detail: boolean }>(EMPHASIS);
  // Phrases that hold a facet's word but ask no facet ("customer success", "right now", "leads they bring in").
  for (const phrase of NO_FACET_PHRASES) matcher.add(tokenize(phrase), { facet: undefined, detail: false });
  for (const facet of FACETS) {
    const { words, details = [] } = facetWords[facet];
    const named = new Set(details.map((d) => content(tokenize(d)).join(' ')));
    for (const phrase of words) {
      const tokens = tokenize(phrase);
      matcher.add(tokens, { facet, detail: named.has(content(tokens).join(' ')) });
    }
  }
  return {
    words: () => matcher.words(),
    singles: () => matcher.singles(),
    detect(tokens) {
      return this.find(tokens).facet;
    },
    find(tokens) {
      // The facet named with the most words wins; on a tie the earliest, which is usually the subject.
      const all = matcher.match(tokens);
      const hits = all.some((h) => !h.value.facet) ? all.filter((h) => h.value.facet) : all;
      const used: string[] = [];
      if (hits.length === 0) return { used };
      let best: FacetKey | undefined;
      let bestCount = 0;
      // "skills-wise", "pay-wise": a facet word with "-wise" names the facet asked, over any other.
      const wise = hits.find((h) => h.value.facet && tokens[h.end] === WISE);
      if (wise) {
        best = wise.value.facet;
        bestCount = Number.POSITIVE_INFINITY;
      }
      // ("hiring a CSO - what skills should i screen for": each hit in the clause that asks counts half a
      // word more, so on a tie the facet that clause names wins.)
      const asking = lastAsking(tokens);
      for (const hit of hits) {
        if (hit.value.facet === best) continue;
        let n = 0;
        for (const h of hits)
          if (h.value.facet === hit.value.facet) n += h.size + (h.start > asking ? 0.5 : 0);
        // Hits come in the question's order: a later facet must say more to win.
        if (n > bestCount) {
          best = hit.value.facet;
          bestCount = n;
        }
      }
      // A detail word ("equity") counts as used only if the answer itself speaks of it.
      // (Before the clause that asks, the other facets' words frame it: "hiring a CSO - what skills".)
      const asked = hits.find((h) => h.value.facet === best && h.start > asking);
      for (const h of hits) {
        // (With "-wise", the other facets' words frame what is asked: "a job description, skills-wise".)
        const framing = wise || (asked !== undefined && h.end <= asking);
        if ((h.value.facet !== best && !framing) || h.value.detail) continue;
        for (let k = h.start; k < h.end; k++) used.push(tokens[k] as string);
        if (tokens[h.end] === WISE) used.push(WISE);
      }
      return best ? { facet: best, used } : { used };
    },
  };
}

/**
 * Where the last clause that asks begins: its question word ("what", "cosa"), after the first word
 * (a question that opens with one asks throughout); none (infinity) when there is none.
 */
function lastAsking(tokens: readonly string[]): number {
  for (let i = tokens.length - 1; i > 0; i--) if (ASKING.has(tokens[i] as string)) return i;
  return Number.POSITIVE_INFINITY;
}
const ASKING = new Set(['what', 'whats', 'which', 'how', 'who', 'cosa', 'quale', 'quali', 'come', 'chi']);

/** Words of emphasis, which may sit inside a facet's phrase. */
const EMPHASIS = ['even', 'originally', 'ever'];

/** The suffix of "skills-wise", "pay-wise", read as a word of its own. */
const WISE = 'wise';

/**
 * Phrases that hold a facet's word but ask no facet: "customer success, is that under them?" (the
 * department, not how success is measured), "how do I file an expense report" (a report written,
 * not a reporting line), "right now", "the leads BDRs bring in", "if we have both" (the situation).
 */
// biome-ignore format: a word list reads best packed
const NO_FACET_PHRASES = [
  'customer success', 'successo del cliente', 'expense report', 'expenses report', 'file report', 'write report',
  'submit report', 'send report', 'run report', 'pull report', 'build report', 'create report', 'status report',
  'bug report', 'report card', 'nota spese',
  // ("I'm an SDR right now": "right" here is no right fit or right time to hire.)
  'right now', 'right away', 'right after', 'right before',
  // ("who handles the leads BDRs bring in": leads brought in, not someone hired.)
  'leads bring in', 'lead bring in', 'leads they bring in', 'leads brought in',
  // ("if we have both, who handles marketing?": the situation, not how the two stand.)
  'if we have both', 'if you have both', 'if company has both', 'if they have both', 'se li abbiamo tutti e due',
  'se abbiamo entrambi', 'se li abbiamo entrambi',
  // ("what else is on the manager's plate": what the manager has, not who manages them.)
  'manager s', 'boss s',
  // ("do bdrs also work w existing customers?": the customers they serve, not whom they work beside.)
  'work with customers', 'work with clients', 'work with existing', 'work w customers', 'work w clients',
  'work w existing', 'works with customers', 'works with clients', 'works with existing',
  // ("who negotiates the final terms, me or my manager?": who might do it, not whom I answer to.)
  'me or my manager', 'me or my boss', 'or my manager', 'or my boss',
  // ("how long does it usually take to go from ae to team lead": time, not what it takes.)
  'how long does it take', 'how long does it usually take', 'how long will it take', 'how long would it take',
  // ("how does that stack up vs a cro": set side by side, not a tech stack.)
  'stack up', 'stacks up', 'stack against', 'stacks against',
  // ("where do those numbers come from" after pay: the figures' source, not someone's background.)
  'numbers come from', 'number come from', 'figures come from', 'figure come from', 'data come from',
  'numbers coming from', 'figures coming from',
  // ("i have an interview next week": when, not what the week holds.)
  'next week', 'last week', 'this week', 'next month', 'last month', 'settimana prossima', 'prossima settimana',
];

/** "how many", "quante", "number of": the question asks for a count. */
const COUNT = /\b(?:how many|quanti|quante|number of|numero di)\b/;
/** A count per period ("calls a day", "demos per week", "al giorno"): a rate, not the daily routine. */
const PER_PERIOD =
  /\b(?:a|an|per|each|every|in a|al|alla|ogni|in un|in una)\s+(day|week|month|quarter|year|giorno|settimana|mese|trimestre|anno)\b|\b(daily|weekly|monthly|quarterly)\b/;
/** Counting time itself ("how many hours a day") asks about the routine after all. */
const COUNTS_TIME = /\b(?:how many|quanti|quante|number of|numero di)\s+(?:hours?|minutes?|ore|minuti)\b/;

/**
 * "how many calls a day do they make", "quante chiamate al giorno": a count of work per period is an
 * activity metric (how the role's output is measured), not what their day is like, even though it
 * says "day". Returns the period words it read, or undefined when the question is no such rate.
 */
export function asksRate(words: readonly string[], joined?: string): string[] | undefined {
  const q = joined ?? words.join(' ');
  if (!COUNT.test(q) || COUNTS_TIME.test(q)) return undefined;
  const m = q.match(PER_PERIOD);
  const period = m?.[1] ?? m?.[2];
  return period ? [period] : undefined;
}

/**
 * "what would an SDR make", "what do AEs make a year", "what would the CRO cost us": "make" or
 * "cost" closing a question about someone asks their pay. Not "what would make a good CRO" or "what
 * makes an SDR quit", where "make" is followed by what is made; so only a verb that ends the
 * question, or is followed by a period of pay or a place ("what would one make in milan"), and
 * that follows a helper verb ("do", "would") with its subject in between.
 */
const MAKES_PAY =
  /\b(?:do|does|did|would|will|could|can|might|d|whats|what s)\s+(?:\S+\s+){1,5}(make|cost|cost us|cost me|set us back)((?:\s+(?:a|per|each|every|in a|an)\s+(?:year|month|week|hour)|\s+(?:annually|yearly|monthly|roughly|typically|usually|normally|nowadays|on average|these days|now|starting out|to start)|(\s+(?:in|at)\s+(?!(?:a|an|the|that|this)\b)[a-z]+(?:\s+[a-z]+)?))?)$/;
/**
 * A place after "make" only where nothing is made: "what would one make in milan", not "what
 * decisions does a CRO make in meetings" (a noun between "what" and the helper verb is what is made).
 */
const PAY_QUESTION = /^(?:(?:and|so|ok) )?(?:what|how much) (?:do|does|did|would|will|could|can|might|d)\b/;

/** The words read as asking pay ("make", "a year"), or undefined when the question is no such thing. */
export function asksPayByMake(joined: string): string[] | undefined {
  if (!joined.includes('make') && !joined.includes('cost') && !joined.includes('set us back'))
    return undefined;
  const m = joined.match(MAKES_PAY);
  if (!m || (m[3] && !PAY_QUESTION.test(joined))) return undefined;
  return [...(m[1] ?? '').split(' '), ...(m[2] ?? '').split(' ').filter(Boolean)];
}

/**
 * Words that set the asker's scene rather than ask a facet: "just started as an AE, what am I
 * supposed to be doing" (not the AE's career), "my new boss is the VP of Sales, what's her actual
 * role" (not the VP's reporting line), "I'm an SDR at a startup, what's my job?" (not whom to hire).
 * "who's my boss?" still asks the reporting line.
 */
const SCENE =
  /\b(?:im|i m|i am) (?:a |an )?(?:brand new|newly hired|newly promoted)\b|(?<=\b(?:im|i m|i am|i work)(?: [\w-]+){0,5} )(?:at|in|for) (?:a|an|our|my) (?:small |tiny |big |early stage )?(?:startup|scale up|scaleup)\b|\b(?:i|we) (?:manage|run|lead|oversee|look after|have) (?:a team of |a |an )?(?:\d+|a few|few|several|two|three|four|five|six|seven|eight|nine|ten)\b|\b(?:gestisco|guido) (?:un team di )?\d+\b|\b(?:just|recently|newly|only) (?:got |been |was |got myself )?(?:started|joined|began|promoted)\b|\b(?:appena|da poco) (?:iniziato|entrato|entrata|promosso|promossa|diventato|diventata)\b|\b(?:just|recently|newly) became\b|\b(?:my|our|mio|il mio|nostro) (?:new |nuovo )?(?:boss|manager|supervisor|capo|responsabile) (?:is|s|will be|just became|e|sara) (?:the|a|an|our|il|la|un|una|nostro|nostra)\b|\b(?:my|our|mio|il mio|nostro) (?:boss|manager|supervisor|capo|responsabile) (?:says|said|thinks|told me|tells me|wants|keeps saying|dice|ha detto|pensa|vuole)\b|\b(?:my|our) (?:boss|manager) s (?:boss|manager) (?:is|s) (?:one|a|an|the|our)\b|\b(?:my|our) (?:boss|manager|supervisor) (?:the|our)\b(?= \w)|(?<=\b(?:cso|cro|vp|ae|sdr|bdr|lead|manager)s? )(?:that|who) (?:reports?|sits?) (?:in)?to (?:them|him|her)\b(?= \w)/g;

/**
 * The words of `joined` that only set the scene (see SCENE), every word of it; usually none. "I manage
 * 6 SDRs, what do they own?" asks their duties, not whom they report to; "my boss says our VP will
 * 'operationalize the strategy', what does that mean?" asks the VP's work; "the cso that reports
 * into them, whats their base?" asks the CSO's pay.
 */
export function sceneWords(joined: string): string[] {
  if (
    !/started|joined|began|promoted|became|boss|manager|supervisor|iniziato|entrat|promoss|diventat|capo|responsabile|manage|run|lead|oversee|look after|have|gestisco|guido|startup|scale|brand new|newly|report|sits/.test(
      joined,
    )
  )
    return [];
  return [...joined.matchAll(SCENE)].flatMap((m) => m[0].split(' '));
}
