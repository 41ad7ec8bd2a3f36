import type { KnowledgeBase } from '../knowledge/load.js';
import type { Comparison, FacetKey, Role, Topic } from '../knowledge/schema.js';
import type { FollowUp } from './types.js';

/** "Salary" -> "salary", but "KPIs" stays "KPIs". */
const sentenceCase = (label: string) => (/^[A-Z]{2}/.test(label) ? label : label.toLowerCase());

/** The short name people use: "CRO", "VP of Sales". */
export const shortName = (role: Role) => role.abbreviation ?? role.name;

/** "Chief Revenue Officer (CRO)", "VP of Sales". */
export const fullName = (role: Role) =>
  role.abbreviation ? `${role.name} (${role.abbreviation})` : role.name;

/** "a CRO", "an SDR", "an Account Executive": abbreviations are read letter by letter. */
export function withArticle(role: Role): string {
  const name = shortName(role);
  const vowelSound = role.abbreviation ? /^[AEFHILMNORSX]/.test(name) : /^[AEIOU]/i.test(name);
  return `${vowelSound ? 'an' : 'a'} ${name}`;
}

/** A question per facet that the engine answers with exactly that facet (tests hold it to that). */
const FACET_QUESTIONS: Record<FacetKey, { label: string; ask: (r: string, name: string) => string }> = {
  responsibilities: { label: 'Responsibilities', ask: (r) => `What is ${r} responsible for?` },
  daily: { label: 'Day to day', ask: (r) => `What does ${r} do day to day?` },
  skills: { label: 'Skills', ask: (r) => `What skills does ${r} need?` },
  career: { label: 'Career path', ask: (r) => `How do you become ${r}?` },
  reporting: { label: 'Reporting line', ask: (r) => `Who does ${r} report to?` },
  metrics: { label: 'KPIs', ask: (r) => `How is ${r} measured?` },
  compensation: { label: 'Salary', ask: (r) => `How much does ${r} earn?` },
  challenges: { label: 'Challenges', ask: (r) => `What challenges does ${r} face?` },
  technology: { label: 'Technology', ask: (r) => `How does technology affect ${r}?` },
  trends: { label: 'Trends', ask: (_, name) => `What trends are shaping the ${name} role?` },
  hiring: { label: 'When to hire', ask: (r) => `When should a company hire ${r}?` },
  history: { label: 'History', ask: (_, name) => `What is the history of the ${name} role?` },
};

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

export function facetFollowUp(role: Role, facet: FacetKey): FollowUp {
  const q = FACET_QUESTIONS[facet];
  return {
    label: `${shortName(role)} ${sentenceCase(q.label)}`,
    question: q.ask(withArticle(role), shortName(role)),
  };
}

export function overviewFollowUp(role: Role): FollowUp {
  return { label: `About the ${shortName(role)}`, question: `What does ${withArticle(role)} do?` };
}

export function compareFollowUp(a: Role, b: Role): FollowUp {
  return { label: `${shortName(a)} vs ${shortName(b)}`, question: `${shortName(a)} vs ${shortName(b)}` };
}

export const topicFollowUp = (topic: Topic): FollowUp => ({ label: topic.title, question: topic.title });

/** The facets of `role` worth offering next, leaving out those already shown. */
export function nextFacets(role: Role, shown: readonly FacetKey[]): FacetKey[] {
  return FOLLOW_UP_ORDER.filter((f) => role.facets[f] && !shown.includes(f));
}

/** Example questions covering the whole knowledge base, for help and for "did you mean". */
export function exampleQuestions(
  roles: readonly Role[],
  comparisons: readonly Comparison[],
  topics: readonly Topic[],
): FollowUp[] {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const out: FollowUp[] = [];
  for (const role of roles) {
    out.push(overviewFollowUp(role));
    for (const f of nextFacets(role, [])) out.push(facetFollowUp(role, f));
  }
  for (const c of comparisons) {
    const [a, b] = c.roles.map((id) => byId.get(id));
    if (a && b) out.push(compareFollowUp(a, b));
  }
  for (const t of topics) out.push(topicFollowUp(t));
  return out;
}

/**
 * Three questions that show the best of the knowledge base: the most fully covered role, its
 * comparison with the next one, and an ordered topic such as the hierarchy.
 */
export function starterQuestions(kb: KnowledgeBase): FollowUp[] {
  const richness = (r: Role) => Object.values(r.facets).reduce((n, facts) => n + (facts?.length ?? 0), 0);
  const [top, next] = [...kb.roles].sort((a, b) => richness(b) - richness(a));
  const out: FollowUp[] = [];
  if (top) out.push(overviewFollowUp(top));
  if (top && next && kb.comparisons.some((c) => c.roles.includes(top.id) && c.roles.includes(next.id))) {
    out.push(compareFollowUp(top, next));
  }
  const topic = kb.topics.find((t) => t.ladder) ?? kb.topics[0];
  if (topic) out.push(topicFollowUp(topic));
  return out;
}

/** The roles in the order of the hierarchy topic's ladder when there is one, the rest after. */
export function rolesTopDown(kb: KnowledgeBase): Role[] {
  const ladder = kb.topics.find((t) => t.ladder)?.ladder ?? [];
  const rank = (r: Role) => (ladder.includes(r.id) ? ladder.indexOf(r.id) : ladder.length);
  return [...kb.roles].sort((a, b) => rank(a) - rank(b));
}
