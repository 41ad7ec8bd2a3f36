import { rolesByLevel } from '../knowledge/ladder.js';
import type { KnowledgeBase } from '../knowledge/load.js';
import { type Comparison, FACETS, type FacetKey, type Role, type Topic } from '../knowledge/schema.js';
import type { Lang } from './language.js';
import { topicTitle } from './localise.js';
import { messages } from './messages.js';
import type { FollowUp } from './types.js';

/** "Salary" -> "salary", but "KPIs" stays "KPIs". */
const sentenceCase = (label: string) => (/^[A-Z]{2}/.test(label) ? label : label.toLowerCase());

/** The short name people use: "CRO", "VP of Sales". */
export const shortName = (role: Role) => role.abbreviation ?? role.name;

/** "Chief Revenue Officer (CRO)", "VP of Sales". */
export const fullName = (role: Role) =>
  role.abbreviation ? `${role.name} (${role.abbreviation})` : role.name;

/** "a CRO", "an SDR", "an Account Executive", "un CRO": abbreviations are read letter by letter. */
export const withArticle = (role: Role, lang: Lang) =>
  messages(lang).withArticle(shortName(role), !!role.abbreviation);

/** Facets in the order people most often want them next. */
const FOLLOW_UP_ORDER: FacetKey[] = [
  'compensation',
  'skills',
  'reporting',
  'metrics',
  'career',
  'daily',
  'challenges',
  'hiring',
  'responsibilities',
  'technology',
  'trends',
  'history',
];

/**
 * The follow-ups below are the same every time for the same entries: each is made once per entry and
 * language and then shared by every answer that offers it (answers are plain data, never changed).
 */
const made = new WeakMap<object, Map<string, FollowUp>>();
const remembered = (owner: object, key: string): FollowUp | undefined => made.get(owner)?.get(key);
function remember(owner: object, key: string, f: FollowUp): FollowUp {
  let byKey = made.get(owner);
  if (!byKey) {
    byKey = new Map();
    made.set(owner, byKey);
  }
  byKey.set(key, f);
  return f;
}
const FACET_KEYS: Record<Lang, Record<FacetKey, string>> = {
  en: Object.fromEntries(FACETS.map((f) => [f, `en ${f}`])) as Record<FacetKey, string>,
  it: Object.fromEntries(FACETS.map((f) => [f, `it ${f}`])) as Record<FacetKey, string>,
};

/** A question per facet that the engine answers with exactly that facet (tests hold it to that). */
export function facetFollowUp(role: Role, facet: FacetKey, lang: Lang): FollowUp {
  const key = FACET_KEYS[lang][facet];
  const known = remembered(role, key);
  if (known) return known;
  const q = messages(lang).facetQuestions[facet];
  return remember(role, key, {
    label: `${shortName(role)} ${sentenceCase(q.label)}`,
    question: q.ask(withArticle(role, lang), shortName(role)),
  });
}

export function overviewFollowUp(role: Role, lang: Lang): FollowUp {
  const known = remembered(role, lang);
  if (known) return known;
  const m = messages(lang).overview;
  return remember(role, lang, { label: m.label(shortName(role)), question: m.ask(withArticle(role, lang)) });
}

const compared = new WeakMap<Role, WeakMap<Role, Partial<Record<Lang, FollowUp>>>>();

export function compareFollowUp(a: Role, b: Role, lang: Lang): FollowUp {
  let withA = compared.get(a);
  if (!withA) {
    withA = new WeakMap();
    compared.set(a, withA);
  }
  let pair = withA.get(b);
  if (!pair) {
    pair = {};
    withA.set(b, pair);
  }
  const known = pair[lang];
  if (known) return known;
  const m = messages(lang).compare;
  const made = { label: m.label(shortName(a), shortName(b)), question: m.ask(shortName(a), shortName(b)) };
  pair[lang] = made;
  return made;
}

export const topicFollowUp = (topic: Topic, lang: Lang): FollowUp =>
  remembered(topic, lang) ??
  remember(topic, lang, { label: topicTitle(topic, lang), question: topicTitle(topic, lang) });

/** The facets of `role` worth offering next, leaving out those already shown. */
export function nextFacets(role: Role, shown: readonly FacetKey[]): FacetKey[] {
  return FOLLOW_UP_ORDER.filter((f) => role.facets[f] && !shown.includes(f));
}

/** Example questions covering the whole knowledge base, for help and for "did you mean". */
export function exampleQuestions(
  roles: readonly Role[],
  comparisons: readonly Comparison[],
  topics: readonly Topic[],
  lang: Lang,
): FollowUp[] {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const out: FollowUp[] = [];
  for (const role of roles) {
    out.push(overviewFollowUp(role, lang));
    for (const f of nextFacets(role, [])) out.push(facetFollowUp(role, f, lang));
  }
  for (const c of comparisons) {
    const [a, b] = c.roles.map((id) => byId.get(id));
    if (a && b) out.push(compareFollowUp(a, b, lang));
  }
  for (const t of topics) out.push(topicFollowUp(t, lang));
  return out;
}

/**
 * Three questions that show the best of the knowledge base: the most fully covered role, its
 * comparison with the next one, and an ordered topic such as the hierarchy.
 */
export function starterQuestions(kb: KnowledgeBase, lang: Lang): FollowUp[] {
  const richness = (r: Role) => Object.values(r.facets).reduce((n, facts) => n + (facts?.length ?? 0), 0);
  const [top, next] = [...kb.roles].sort((a, b) => richness(b) - richness(a));
  const out: FollowUp[] = [];
  if (top) out.push(overviewFollowUp(top, lang));
  if (top && next && kb.comparisons.some((c) => c.roles.includes(top.id) && c.roles.includes(next.id))) {
    out.push(compareFollowUp(top, next, lang));
  }
  const topic = kb.topics.find((t) => t.ladder) ?? kb.topics[0];
  if (topic) out.push(topicFollowUp(topic, lang));
  return out;
}

/** The roles from the top of the hierarchy down (by their level), those without a level after. */
export function rolesTopDown(kb: KnowledgeBase): Role[] {
  const ladder = rolesByLevel(kb.roles);
  return [...ladder, ...kb.roles.filter((r) => !ladder.includes(r))];
}
