import { FACET_LABELS, type FacetKey, type Fact, type Role } from '../../knowledge/schema.js';
import {
  facetFollowUp,
  fullName,
  nextFacets,
  overviewFollowUp,
  shortName,
  withArticle,
} from '../examples.js';
import type { Answer, Section } from '../types.js';
import { Body, type Library, stem, toLine } from './library.js';

/** Room for a facet asked across every role. */
const ACROSS_BUDGET = 2600;

/** A facet as it reads inside a sentence: "nothing about {how performance is measured}". */
export const FACET_PHRASES: Record<FacetKey, string> = {
  responsibilities: 'the responsibilities',
  daily: 'the day-to-day work',
  skills: 'the skills needed',
  career: 'the career path',
  reporting: 'the reporting line',
  metrics: 'how performance is measured',
  compensation: 'pay',
  challenges: 'the challenges',
  technology: 'the impact of technology',
  trends: 'trends',
  hiring: 'when to hire one',
  history: 'the history of the role',
};

/** A reporting fact about the people under the role ("Oversees", "Supervises", "Leads"). */
const isDownward = (f: Fact) => /overs|supervis|lead|manage|direct report/i.test(f.label ?? '');

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
  const duties = role.facets.responsibilities
    ?.filter((f) => !relevant.includes(f))
    .slice(0, relevant.length ? 3 : 4);
  const reporting = role.facets.reporting
    ?.filter((f) => f.label && !/disagree/i.test(f.label) && !relevant.includes(f))
    .slice(0, 2);
  const sections: Section[] = [];
  if (relevant.length) sections.push({ heading: 'On your question', lines: relevant.map(toLine) });
  if (duties?.length) sections.push({ heading: 'What they do', lines: duties.map(toLine) });
  if (reporting?.length) sections.push({ heading: 'Where they sit', lines: reporting.map(toLine) });
  return lib.answer({
    kind: 'role',
    subject: { roles: [role.id] },
    question,
    title: fullName(role),
    intro: role.summary.text,
    sections,
    facts: [role.summary, ...relevant, ...(duties ?? []), ...(reporting ?? [])],
    followUps: [
      ...nextFacets(role, ['responsibilities', 'reporting']).map((f) => facetFollowUp(role, f)),
      ...lib.compareFollowUps(role),
    ],
  });
}

/** One facet of a role. `downward` puts who the role oversees first ("who reports to the CRO"). */
export function roleFacet(
  lib: Library,
  question: string,
  role: Role,
  facet: FacetKey,
  downward = false,
): Answer {
  const facts = downward
    ? [...(role.facets[facet] ?? [])].sort((a, b) => +isDownward(b) - +isDownward(a))
    : role.facets[facet];
  if (!facts?.length) {
    // Say plainly that the sources are silent, then give what they do say about the role.
    const overview = roleOverview(lib, question, role);
    const silent = `My sources say nothing about ${FACET_PHRASES[facet]} for ${withArticle(role)}.`;
    return {
      ...overview,
      coverage: 'partial',
      subject: { roles: [role.id], facet },
      intro: `${silent} Here is what they do say. ${role.summary.text}`,
    };
  }
  return lib.answer({
    kind: 'facet',
    subject: { roles: [role.id], facet },
    question,
    title: `${shortName(role)}: ${FACET_LABELS[facet]}`,
    sections: [{ lines: facts.map(toLine) }],
    facts,
    followUps: [
      ...nextFacets(role, [facet])
        .slice(0, 3)
        .map((f) => facetFollowUp(role, f)),
      // Roles the facts name ("Reports to: the CRO") are natural next questions.
      ...lib
        .roles([...new Set(facts.flatMap((f) => f.roles ?? []))].filter((id) => id !== role.id))
        .slice(0, 2)
        .map(overviewFollowUp),
      overviewFollowUp(role),
      ...lib.compareFollowUps(role),
    ],
  });
}

/** A facet asked about sales roles in general ("how much do sales leaders earn"). */
export function facetAcrossRoles(lib: Library, question: string, facet: FacetKey): Answer | undefined {
  const roles = lib.kb.roles.filter((r) => r.facets[facet]);
  if (roles.length === 0) return undefined;
  const body = new Body(ACROSS_BUDGET);
  for (const role of roles) {
    const chosen = (role.facets[facet] ?? []).slice(0, 3);
    if (!body.add({ heading: role.name, lines: chosen.map(toLine) }, chosen)) break;
  }
  return lib.answer({
    kind: 'facet',
    subject: { roles: roles.map((r) => r.id), facet },
    question,
    title: `${FACET_LABELS[facet]} across sales roles`,
    sections: body.sections,
    facts: body.facts,
    followUps: roles.map((r) => facetFollowUp(r, facet)),
  });
}

/** The role's facts that mention the most of `words`: one strong match beats three loose ones. */
function factsMentioning(lib: Library, role: Role, words: readonly string[]): Fact[] {
  const wanted = new Set(words.map(stem).filter((w) => w.length >= 3));
  if (wanted.size === 0) return [];
  const scored: Array<{ fact: Fact; score: number }> = [];
  for (const [fact, factWords] of lib.factWords(role)) {
    let score = 0;
    for (const w of wanted) if (factWords.has(w)) score++;
    if (score > 0) scored.push({ fact, score });
  }
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored.filter((s) => s.score === best).map((s) => s.fact);
}
