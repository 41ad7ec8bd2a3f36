import { FACETS, type FacetKey, type Fact, type Role } from '../../knowledge/schema.js';
import {
  facetFollowUp,
  fullName,
  nextFacets,
  overviewFollowUp,
  shortName,
  withArticle,
} from '../examples.js';
import { tokenize } from '../normalise.js';
import type { Answer, Section } from '../types.js';
import { Body, type Library, stem, withinBudget } from './library.js';
import { akin } from './relation.js';
import { bareWord, nameAt } from './role-names.js';
import { teamsInGeneral } from './topic.js';

/** Room for a facet asked across every role. */
const ACROSS_BUDGET = 2600;

/** A reporting fact about the people under the role ("Oversees", "Supervises", "Leads"). */
export const isDownward = (f: Fact) =>
  /overs|supervis|lead|manage|direct report|assisted by|supported by/i.test(f.label ?? '') &&
  // ("Supervised by" is who is above; "Gets leads from", "Hands leads to" are hand-offs.)
  !/\b(?:supervised|managed|overseen|led|directed) by\b|\bleads? (?:to|from)\b/i.test(f.label ?? '');
/** A reporting fact about the roles beside it ("Works with", "When there is also a CSO", "Takes over"). */
const isSideways = (f: Fact) =>
  /\bworks? with|^with |also a|takes over|alongside|partner/i.test(f.label ?? '');

/**
 * A role's profile. `words` are the question's other words ("pricing" in "does the CRO handle
 * pricing"): facts that mention them lead the answer, so a specific question gets a specific reply.
 */
export function roleOverview(
  lib: Library,
  question: string,
  role: Role,
  words: readonly string[] = [],
): Answer {
  const relevant = factsMentioning(lib, role, words).slice(0, 3);
  // Nothing of the question's own: the role's profile, the same for every such question.
  if (relevant.length === 0) return lib.once(role, OVERVIEW, question, (q) => overviewOf(lib, q, role, []));
  return { ...overviewOf(lib, question, role, relevant), point: pointOf(words) };
}

/** The words a follow-up carries on as the point asked (a few: they lead, they never decide). */
const pointOf = (words: readonly string[]) => words.slice(0, MAX_POINT);
const MAX_POINT = 4;

const OVERVIEW = 'overview';

function overviewOf(lib: Library, question: string, role: Role, relevant: readonly Fact[]): Answer {
  const duties = role.facets.responsibilities
    ?.filter((f) => !relevant.includes(f))
    .slice(0, relevant.length ? 3 : 4);
  const reporting = role.facets.reporting
    ?.filter((f) => f.label && !/disagree/i.test(f.label) && !relevant.includes(f))
    .slice(0, 2);
  const sections: Section[] = [];
  const line = (f: Fact) => lib.line(f);
  const { headings } = lib.msg;
  if (relevant.length) sections.push({ heading: headings.onYourQuestion, lines: relevant.map(line) });
  if (duties?.length) sections.push({ heading: headings.whatTheyDo, lines: duties.map(line) });
  if (reporting?.length) sections.push({ heading: headings.whereTheySit, lines: reporting.map(line) });
  return lib.answer({
    kind: 'role',
    entries: [role],
    subject: { roles: [role.id] },
    question,
    title: fullName(role),
    intro: lib.text(role.summary),
    sections,
    facts: [role.summary, ...relevant, ...(duties ?? []), ...(reporting ?? [])],
    followUps: [
      ...nextFacets(role, ['responsibilities', 'reporting']).map((f) => facetFollowUp(role, f, lib.lang)),
      ...lib.compareFollowUps(role),
    ],
  });
}

/**
 * One facet of a role. `downward` puts who the role oversees first ("who reports to the CRO"),
 * `sideways` the roles it works with ("who does the CSO work closest with"); facts that speak of the
 * question's other `words` ("advertising ROI") come first too.
 */
export function roleFacet(
  lib: Library,
  question: string,
  role: Role,
  facet: FacetKey,
  downward = false,
  words: readonly string[] = [],
  sideways = false,
): Answer {
  const all = role.facets[facet];
  const relevant = all && words.length > 0 ? factsMentioning(lib, role, words, all) : [];
  const leaning = downward ? isDownward : sideways ? isSideways : undefined;
  // Nothing of the question's own: the facet as the knowledge base has it, the same every time.
  if (relevant.length === 0) {
    const keys = !all?.length ? FACET_KEYS : downward ? DOWNWARD_KEYS : sideways ? SIDEWAYS_KEYS : FACET_KEYS;
    return lib.once(role, keys[facet], question, (q) => facetOf(lib, q, role, facet, leaning, all, relevant));
  }
  return { ...facetOf(lib, question, role, facet, leaning, all, relevant), point: pointOf(words) };
}

/**
 * Characters of facts one facet's answer shows, as the other answers' budgets: the CRO has sixteen
 * responsibilities, and all of them (with an intro) ran past the 4,000 characters of a focused reply.
 */
const FACET_BUDGET = 2600;

/** What `Library.once` keeps a role's facet under (and the same read from the top down). */
const keys = (suffix: string) =>
  Object.fromEntries(FACETS.map((f) => [f, `facet ${f}${suffix}`])) as Record<FacetKey, string>;
const FACET_KEYS = keys('');
const DOWNWARD_KEYS = keys(' downward');
const SIDEWAYS_KEYS = keys(' sideways');
const ACROSS_KEYS = Object.fromEntries(FACETS.map((f) => [f, `across ${f}`])) as Record<FacetKey, string>;

function facetOf(
  lib: Library,
  question: string,
  role: Role,
  facet: FacetKey,
  leaning: ((f: Fact) => boolean) | undefined,
  all: readonly Fact[] | undefined,
  relevant: readonly Fact[],
): Answer {
  const ordered =
    all && relevant.length > 0 ? [...relevant, ...all.filter((f) => !relevant.includes(f))] : all;
  const facts = leaning ? [...(ordered ?? [])].sort((a, b) => +leaning(b) - +leaning(a)) : ordered;
  if (!facts?.length) {
    // Say plainly that the sources are silent, then give what they do say about the role.
    const overview = roleOverview(lib, question, role);
    const { msg } = lib;
    const silent = msg.silentOnFacet(facet, withArticle(role, lib.lang));
    // ... or what the sources say of sales teams in general, where a topic covers the facet.
    const general = teamsInGeneral(lib, question, [role], facet, silent);
    if (general) return general;
    return {
      ...overview,
      coverage: 'partial',
      subject: { roles: [role.id], facet },
      intro: `${silent} ${msg.hereIsWhatTheySay} ${lib.text(role.summary)}`,
    };
  }
  const shown = withinBudget(lib, facts, FACET_BUDGET);
  const left = facts.length - shown.length;
  const lines = shown.map((f) => lib.line(f));
  return lib.answer({
    kind: 'facet',
    entries: [role],
    subject: { roles: [role.id], facet },
    question,
    title: `${shortName(role)}: ${lib.msg.facetLabels[facet]}`,
    sections: [{ lines: left > 0 ? [...lines, { text: lib.msg.leftOut(left) }] : lines }],
    facts: shown,
    followUps: [
      ...nextFacets(role, [facet])
        .slice(0, 3)
        .map((f) => facetFollowUp(role, f, lib.lang)),
      // Roles the facts name ("Reports to: the CRO") are natural next questions.
      ...lib
        .roles([...new Set(facts.flatMap((f) => f.roles ?? []))].filter((id) => id !== role.id))
        .slice(0, 2)
        .map((r) => overviewFollowUp(r, lib.lang)),
      overviewFollowUp(role, lib.lang),
      ...lib.compareFollowUps(role),
    ],
  });
}

/** A facet asked about sales roles in general ("how much do sales leaders earn"). */
export function facetAcrossRoles(lib: Library, question: string, facet: FacetKey): Answer | undefined {
  if (!lib.kb.roles.some((r) => r.facets[facet])) return undefined;
  return lib.once(lib.kb, ACROSS_KEYS[facet], question, (q) => acrossRoles(lib, q, facet));
}

function acrossRoles(lib: Library, question: string, facet: FacetKey): Answer {
  const roles = lib.kb.roles.filter((r) => r.facets[facet]);
  const body = new Body(ACROSS_BUDGET);
  for (const role of roles) {
    const chosen = (role.facets[facet] ?? []).slice(0, 3);
    if (!body.add({ heading: role.name, lines: chosen.map((f) => lib.line(f)) }, chosen)) break;
  }
  // ("how much do reps earn": the sources give pay for two executives only, and say so first.)
  const some = roles.length < lib.kb.roles.length;
  return lib.answer({
    kind: 'facet',
    entries: roles,
    subject: { roles: roles.map((r) => r.id), facet },
    ...(some ? { coverage: 'partial' as const } : {}),
    ...(some ? { intro: lib.msg.onlyFor(lib.msg.facetLabels[facet], roles.map(shortName)) } : {}),
    question,
    title: lib.msg.acrossRoles(lib.msg.facetLabels[facet]),
    sections: body.sections,
    facts: body.facts,
    followUps: roles.map((r) => facetFollowUp(r, facet, lib.lang)),
  });
}

/**
 * The role's facts that best match `words`, weighing each word by how rare it is (in the knowledge
 * base, or among the role's own facts) and finding related words too ("budget" finds "spend"): "set
 * revenue goals" is about goals, not about every fact that says "revenue". The best fact leads; a
 * word it does not speak of brings the best facts that do ("hands-on with product" gets the facts on
 * products too), then the facts as good as the first. `within`: only these of the role's facts.
 */
export function factsMentioning(
  lib: Library,
  role: Role,
  words: readonly string[],
  within?: readonly Fact[],
): Fact[] {
  const wanted = wantedWords(words);
  if (wanted.length === 0) return [];
  // Words common across the knowledge base ("marketing") pick facts only when no rarer word does.
  let local = true;
  for (const { parts } of wanted) for (const p of parts) if (rare(lib, p)) local = false;
  // Each part's words and weights once, not once per fact.
  const asked = wanted.map(({ key, parts }) => ({
    key,
    parts: parts.map((p) => lib.alternatives(role, p, local)),
  }));
  const scored = scoreFacts(lib, role, asked, within);
  return scored.length === 0 ? [] : chooseFacts(wanted, scored);
}

/** A question word, folded (stemmed) as facts are, and the parts a chunk like "part-time" needs. */
interface Wanted {
  key: string;
  parts: string[];
}

/** A word typed as one chunk ("part-time") is wanted whole: every part in the same fact. */
function wantedWords(words: readonly string[]): Wanted[] {
  const wanted: Wanted[] = [];
  for (const w of words) {
    const parts: string[] = [];
    if (w.includes('-')) {
      for (const p of w.split('-')) {
        const s = stem(p);
        if (s.length >= 2) parts.push(s);
      }
    } else {
      const s = stem(w);
      if (s.length >= 2) parts.push(s);
    }
    if (parts.length === 0) continue;
    const key = parts.length === 1 ? (parts[0] as string) : parts.join('-');
    if (!wanted.some((x) => x.key === key)) wanted.push({ key, parts });
  }
  return wanted;
}

const rare = (lib: Library, w: string) =>
  lib.weight(w) > 0 || lib.related.of(w, stem).some((o) => lib.weight(o) > 0);

interface Asked {
  key: string;
  parts: ReadonlyArray<ReadonlyArray<readonly [string, number]>>;
}

interface Scored {
  fact: Fact;
  score: number;
  covers: string[];
}

/** The role's facts that speak of some word asked, each with its score, in the knowledge base's order. */
function scoreFacts(lib: Library, role: Role, asked: readonly Asked[], within?: readonly Fact[]): Scored[] {
  // Only facts that use one of the words asked can score: find them through the role's postings.
  const facts = lib.factWords(role);
  const postings = lib.factPostings(role);
  const candidate = new Uint8Array(facts.length);
  let candidates = 0;
  for (const a of asked) {
    for (const alternatives of a.parts) {
      for (const alternative of alternatives) {
        const list = postings.get(alternative[0]);
        if (!list) continue;
        for (let k = 0; k < list.length; k++) {
          const i = list[k] as number;
          candidates += 1 - (candidate[i] as number);
          candidate[i] = 1;
        }
      }
    }
  }
  const scored: Scored[] = [];
  if (candidates === 0) return scored;
  for (let i = 0; i < facts.length; i++) {
    if (!candidate[i]) continue;
    const entry = facts[i] as [Fact, Set<string>];
    const fact = entry[0];
    if (within && !within.includes(fact)) continue;
    let score = 0;
    let covers: string[] | undefined;
    for (const a of asked) {
      let s = 0;
      for (const alternatives of a.parts) {
        const hit = firstIn(alternatives, entry[1]);
        if (hit === 0) {
          s = 0;
          break;
        }
        s += hit;
      }
      if (s > 0) {
        score += s;
        if (covers) covers.push(a.key);
        else covers = [a.key];
      }
    }
    if (covers) scored.push({ fact, score, covers });
  }
  return scored;
}

/**
 * The best fact leads; a word it does not speak of brings the best facts that do, then come the
 * facts as good as the first.
 */
function chooseFacts(wanted: readonly Wanted[], scored: Scored[]): Fact[] {
  // Stable: facts of equal score keep the knowledge base's order.
  scored.sort((a, b) => b.score - a.score);
  const first = scored[0] as Scored;
  const chosen = [first];
  const covered = new Set(first.covers);
  for (const { key } of wanted) {
    if (covered.has(key)) continue;
    const others = scored.filter((s) => !chosen.includes(s) && s.covers.includes(key));
    const top = others[0]?.score;
    for (const next of others) {
      if (next.score !== top) continue;
      chosen.push(next);
      for (const c of next.covers) covered.add(c);
    }
  }
  for (const s of scored) if (s.score === first.score && !chosen.includes(s)) chosen.push(s);
  return chosen.map((s) => s.fact);
}

/** The worth of the first of `alternatives` that `words` holds; 0 when it holds none. */
function firstIn(alternatives: ReadonlyArray<readonly [string, number]>, words: ReadonlySet<string>): number {
  for (const alternative of alternatives) if (words.has(alternative[0])) return alternative[1];
  return 0;
}

/** A role must share this many of the question's telling words to be the one a question means. */
const MIN_SHARED = 2;

/**
 * "who deals with complaints and discounts": the role whose summary and facts share the most
 * telling (rare) words with the question, at least two of them, if any. Among a few roles already
 * named ("which of them deals with complaints?" after two), one shared word will do, but only one
 * role may have the best score.
 */
export function roleDoing(
  lib: Library,
  words: readonly string[],
  among?: readonly Role[],
  {
    facet,
    alone = false,
    clearly = false,
    bySummary = false,
  }: { facet?: FacetKey; alone?: boolean; clearly?: boolean; bySummary?: boolean } = {},
): Role | undefined {
  return among
    ? roleAmong(lib, words, among, facet, alone ? 'alone' : clearly ? 'clearly' : 'most')
    : roleOfAll(lib, words, bySummary);
}

/**
 * Among every role: the one sharing the most telling words, weighed by how rare each is. With
 * `bySummary`, a question of the trade whose one telling word several roles' knowledge uses goes to
 * the only role whose summary says it ("who scores the leads": the SDR's).
 */
function roleOfAll(lib: Library, words: readonly string[], bySummary: boolean): Role | undefined {
  const wanted = [...new Set(words.map(stem).filter((w) => w.length >= 3 && lib.weight(w) > 0))];
  if (wanted.length === 0) return undefined;
  const scored = lib.kb.roles.flatMap((role) => {
    const summary = lib.summaryWords(role);
    const shared = wanted.filter((w) => summary.has(w) || lib.factPostings(role).has(w));
    return shared.length === 0
      ? []
      : [{ role, shared: shared.length, score: shared.reduce((n, w) => n + lib.weight(w), 0) }];
  });
  scored.sort((a, b) => b.score - a.score);
  const [first] = scored;
  // One shared word will do only when no other role's knowledge uses it ("which role handles
  // pricing": the CRO), or, `bySummary`, only one role's summary says it; else it takes two.
  if (first && first.shared < MIN_SHARED && scored.length > 1) {
    const inSummary = scored.filter((s) => wanted.some((w) => lib.summaryWords(s.role).has(w)));
    return (
      scored.find((s) => s.shared >= MIN_SHARED)?.role ??
      (bySummary && inSummary.length === 1 ? inSummary[0]?.role : undefined)
    );
  }
  return first?.role;
}

/**
 * Among a few roles already named: the one whose own texts say the words most. A word counts for a
 * role only where its text says it of that role ("SDRs focus on B2C, while BDRs handle B2B" gives
 * "B2B" to the BDR), and the more often, the more: "marketing" is in the VP of Sales's facts, but it
 * runs through the CRO's, summary first. A word every role uses still tells them apart this way; a
 * rare word weighs more. With `facet`, each role's facts of that facet only.
 */
function roleAmong(
  lib: Library,
  words: readonly string[],
  among: readonly Role[],
  facet: FacetKey | undefined,
  margin: 'most' | 'clearly' | 'alone',
) {
  const wanted = [...new Set(words.filter((w) => !PLACING.has(w)).map(stem))].filter((w) => w.length >= 3);
  if (wanted.length === 0) return undefined;
  const score = (related: boolean) =>
    among.map((role) => {
      const others = among.filter((r) => r !== role);
      const texts = facet ? (role.facets[facet] ?? []) : undefined;
      let score = 0;
      for (const w of wanted) {
        const times = timesSaid(lib, role, others, w, texts, related);
        if (times > 0) score += (lib.weight(w) + 1) * Math.log2(1 + times);
      }
      return { role, score };
    });
  // The words as asked, in their forms; only where no role says them, their related words ("finance
  // chops": the CRO's financial acumen). ("hands-off" is said of the one that is not hands-on.)
  let scored = score(false);
  if (scored.every((s) => s.score === 0)) scored = score(true);
  scored.sort((a, b) => b.score - a.score);
  const [first, second] = scored;
  if (!first || first.score === 0 || (second && second.score === first.score)) return undefined;
  // `alone`: only a role that says it when the others don't ("who owns the budget, the manager or
  // the VP?": both do); `clearly`: at least twice as much as the next ("which of the two cares more
  // about retention?").
  if (margin === 'alone' && second && second.score > 0) return undefined;
  if (margin === 'clearly' && second && first.score < CLEARLY * second.score) return undefined;
  return first.role;
}

/** How much more one role must say a word than the next to be the one asked for "more" of it. */
const CLEARLY = 2;

/** "which one has marketing under them": where things sit, which the texts' words can't tell. */
const PLACING = new Set(['under', 'over', 'above', 'below', 'beneath', 'sotto', 'sopra']);

/** Where a text turns from one thing to another: a word after one is said of what follows. */
const CLAUSE_BREAK = /[.;:,!?]|\b(?:while|whereas|but|unlike|mentre|invece|ma)\b/i;

/**
 * How often `role`'s texts (summary or facts, or only `facts`) use `word`, in any of its forms (or
 * its `related` words too), of
 * the role itself: in a clause where the nearest role named before the word is not one of `others`.
 * The summary, which says what the role is, counts twice.
 */
function timesSaid(
  lib: Library,
  role: Role,
  others: readonly Role[],
  word: string,
  facts: readonly Fact[] | undefined,
  related: boolean,
): number {
  const forms = related ? [word, ...lib.related.of(word, stem)] : [word];
  const form = (w: string) => forms.some((x) => w === x || (w[0] === x[0] && akin(x, w)));
  const texts = facts
    ? facts.map((f) => [lib.text(f), 1] as const)
    : [
        [lib.text(role.summary), 2] as const,
        ...Object.values(role.facets).flatMap((fs) => (fs ?? []).map((f) => [lib.text(f), 1] as const)),
      ];
  let times = 0;
  for (const [text, counts] of texts) if (saysIn(text, role, others, form)) times += counts;
  return times;
}

/** Whether `text` uses a word that is `form` in a clause where the nearest role named before it is `role`'s, or none. */
function saysIn(text: string, role: Role, others: readonly Role[], form: (w: string) => boolean): boolean {
  for (const clause of text.split(CLAUSE_BREAK)) {
    const tokens = tokenize(clause);
    const bare = tokens.map(bareWord);
    let other = false;
    for (let i = 0; i < tokens.length; i++) {
      const theirs = Math.max(0, ...others.map((o) => nameAt(o, bare, i)));
      const own = nameAt(role, bare, i);
      if (theirs > 0 || own > 0) {
        other = theirs > own;
        i += Math.max(theirs, own) - 1;
        continue;
      }
      if (!other && form(stem(tokens[i] as string))) return true;
    }
  }
  return false;
}

/** Lines of each facet when a question asks two of one role: both fit on a screen. */
const PART_LINES = 4;

/**
 * Two facets of one role asked in one question ("CSO skills and salary?"), in the question's order:
 * the first lines answer the first part. A facet the sources say nothing of is said so up front; if
 * neither has facts, the role's profile follows. `words`: the question's other words, whose facts
 * come first within each part.
 */
export function roleParts(
  lib: Library,
  question: string,
  role: Role,
  parts: readonly FacetKey[],
  words: readonly string[] = [],
): Answer {
  // The same parts and words always compose the same answer: composed once.
  const key = `parts ${parts.join(' ')}|${words.join(' ')}`;
  return lib.once(role, key, question, (q) => composeParts(lib, q, role, parts, words));
}

function composeParts(
  lib: Library,
  question: string,
  role: Role,
  parts: readonly FacetKey[],
  words: readonly string[],
): Answer {
  const { msg } = lib;
  const sections: Section[] = [];
  const facts: Fact[] = [];
  const silent: string[] = [];
  for (const facet of parts) {
    const all = role.facets[facet];
    if (!all?.length) {
      silent.push(msg.silentOnFacet(facet, withArticle(role, lib.lang)));
      continue;
    }
    const relevant = words.length > 0 ? factsMentioning(lib, role, words, all) : [];
    const shown = [...relevant, ...all.filter((f) => !relevant.includes(f))].slice(0, PART_LINES);
    const heading = facet === 'responsibilities' ? msg.headings.whatTheyDo : msg.facetLabels[facet];
    sections.push({ heading, lines: shown.map((f) => lib.line(f)) });
    facts.push(...shown);
  }
  const subject = { roles: [role.id], facet: parts[0] as FacetKey };
  if (sections.length === 0) {
    const overview = roleOverview(lib, question, role);
    return {
      ...overview,
      coverage: 'partial',
      subject,
      intro: `${silent.join(' ')} ${msg.hereIsWhatTheySay} ${lib.text(role.summary)}`,
    };
  }
  return lib.answer({
    kind: 'facet',
    entries: [role],
    subject,
    ...(silent.length > 0 ? { coverage: 'partial' as const, intro: silent.join(' ') } : {}),
    question,
    title: `${shortName(role)}: ${parts.map((f) => msg.facetLabels[f]).join(' · ')}`,
    sections,
    facts,
    followUps: [
      ...nextFacets(role, [...parts])
        .slice(0, 3)
        .map((f) => facetFollowUp(role, f, lib.lang)),
      overviewFollowUp(role, lib.lang),
      ...lib.compareFollowUps(role),
    ],
  });
}

/** Roles a duty asked of no role may name, and the facts each shows. */
const MAX_DOERS = 3;
const DOER_FACTS = 1;

/**
 * "who closes deals", "who sets quotas": a duty several roles' knowledge speaks of, each role with
 * the fact that says it best, the role whose facts share the rarest words first. Roles scoring under half
 * the best are left out; none when no role's facts speak of the words.
 */
export function whoDoes(lib: Library, question: string, words: readonly string[]): Answer | undefined {
  const key = `who does ${words.join(' ')}`;
  const none = lib.once(lib.kb, key, question, (q) => composeWhoDoes(lib, q, words) ?? NOBODY);
  return none.matched ? none : undefined;
}

/** What a composer kept once keeps when nothing answers (never shown). */
export const NOBODY = {
  kind: 'not_found',
  lang: 'en',
  matched: false,
  coverage: 'none',
  subject: { roles: [] },
  question: '',
  title: '',
  sections: [],
  sources: [],
  followUps: [],
} as Answer;

function composeWhoDoes(lib: Library, question: string, words: readonly string[]): Answer | undefined {
  const wanted = [...new Set(words.map(stem).filter((w) => w.length >= 3 && lib.weight(w) > 0))];
  if (wanted.length === 0) return undefined;
  const scored = lib.kb.roles
    .map((role) => {
      const facts = factsMentioning(lib, role, words).slice(0, DOER_FACTS);
      const said = new Set(facts.flatMap((f) => wanted.filter((w) => lib.factStems(f).has(w))));
      return { role, facts, score: [...said].reduce((n, w) => n + lib.weight(w), 0) };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  const best = scored[0]?.score ?? 0;
  const doers = scored.filter((s) => s.score >= best / 2).slice(0, MAX_DOERS);
  if (doers.length === 0) return undefined;
  const lines = doers.flatMap(({ role, facts }) =>
    facts.map((f) => {
      const line = lib.line(f);
      const label =
        line.label && /^[A-Z][a-z]/.test(line.label)
          ? line.label[0]?.toLowerCase() + line.label.slice(1)
          : line.label;
      return { label: label ? `${shortName(role)}, ${label}` : shortName(role), text: line.text };
    }),
  );
  return lib.answer({
    kind: 'comparison',
    entries: doers.map((d) => d.role),
    subject: { roles: doers.map((d) => d.role.id) },
    question,
    title: lib.msg.whoDoesIt(doers.map((d) => shortName(d.role))),
    sections: [{ heading: lib.msg.headings.onYourQuestion, lines }],
    facts: doers.flatMap((d) => d.facts),
    followUps: doers.map((d) => overviewFollowUp(d.role, lib.lang)),
  });
}
