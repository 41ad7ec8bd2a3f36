import type { Comparison, FacetKey, Fact, Role } from '../../knowledge/schema.js';
import { overviewFollowUp, shortName, topicFollowUp, withArticle } from '../examples.js';
import { dimensionName, factLabel } from '../localise.js';
import type { Answer, FollowUp, Table } from '../types.js';
import { Body, type Library, stem, withinBudget } from './library.js';
import { teamsInGeneral } from './topic.js';

/** Room for the body of a comparison. */
const BUDGET = 2600;
/** An unfocused comparison shows its first dimensions; buttons lead to the rest. */
const OVERVIEW_DIMENSIONS = 5;

/** "When there is" -> "when there is", leaving acronyms ("CRO first") alone. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);

/**
 * Two or more roles side by side: the curated comparison when there is one, else their profiles.
 * It depends only on the roles (in their order) and the facet, so each is composed once.
 */
export function compareRoles(
  lib: Library,
  question: string,
  roles: Role[],
  facet?: FacetKey,
  words: readonly string[] = [],
): Answer {
  const [first, second] = roles;
  // "which is more B2B, SDR or BDR?": the aspects that speak of the question's own words lead.
  // ("who owns the budget, the manager or the VP?": a duty asked, whose aspects lead likewise.)
  const led = !facet || (facet === 'responsibilities' && words.length > 0);
  const curated = led && roles.length === 2 && first && second ? lib.comparisonFor(first, second) : undefined;
  const lead = curated && words.length > 0 ? leadingDimensions(lib, curated, words) : [];
  if (curated && first && lead.length > 0) {
    // Composed once per order of roles and leading aspects.
    const key = `vs lead ${roles.map((r) => r.id).join(' ')}|${lead.map((d) => d.name).join('|')}`;
    return lib.once(first, key, question, (q) => curatedComparison(lib, q, curated, undefined, roles, lead));
  }
  if (!first) return composeComparison(lib, question, roles, facet);
  let key = `vs ${facet ?? ''}`;
  for (let i = 1; i < roles.length; i++) key += ` ${roles[i]?.id}`;
  return lib.once(first, key, question, (q) => composeComparison(lib, q, roles, facet));
}

function composeComparison(lib: Library, question: string, roles: Role[], facet?: FacetKey): Answer {
  const [a, b] = roles;
  const curated = roles.length === 2 && a && b ? lib.comparisonFor(a, b) : undefined;
  // The curated comparison, unless it has nothing on the facet asked and a role's own entry does.
  const onFacet = facet && curated?.dimensions.some((d) => d.facet === facet);
  // No role's own facts on the facet: the sentence that says so leads whatever follows.
  const silentAll = facet && !roles.some((r) => r.facets[facet]?.length);
  const silent = () =>
    lib.msg.silentOnFacet(facet as FacetKey, roles.map((r) => withArticle(r, lib.lang)).join(lib.msg.or));
  // ("what tools do BDRs and SDRs use?": neither's facts say; sales teams' tools in general do.)
  // ("should we hire SDRs or BDRs?": how the two differ is what the choice needs, not how teams recruit.)
  const choosing = facet === 'hiring' && curated;
  if (facet && silentAll && !onFacet && !choosing) {
    const general = teamsInGeneral(lib, question, roles, facet, silent());
    if (general) return general;
  }
  if (curated && (!facet || onFacet || silentAll)) {
    const answer = curatedComparison(lib, question, curated, facet, roles);
    if (!facet || onFacet) return answer;
    // Nothing on the facet anywhere: say so first, then how the two compare.
    return {
      ...answer,
      coverage: 'partial',
      intro: `${silent()} ${lib.msg.hereIsWhatTheySay} ${answer.intro ?? ''}`.trim(),
    };
  }
  const sections = [];
  const facts: Fact[] = [];
  for (const role of roles) {
    // Each role's share of the budget: the CRO's sixteen duties beside the SDR's ran past 4,000 characters.
    const own = facet && role.facets[facet];
    const chosen = (own && withinBudget(lib, own, BUDGET / roles.length)) || [
      role.summary,
      ...(role.facets.responsibilities?.slice(0, 3) ?? []),
    ];
    sections.push({ heading: role.name, lines: chosen.map((f) => lib.line(f)) });
    facts.push(...chosen);
  }
  const silentSome = facet && roles.some((r) => !r.facets[facet]?.length);
  return lib.answer({
    kind: 'comparison',
    entries: roles,
    subject: { roles: roles.map((r) => r.id), ...(facet ? { facet } : {}) },
    ...(silentSome ? { coverage: 'partial' as const } : {}),
    question,
    title: roles.map(shortName).join(' vs '),
    intro: silentSome ? lib.msg.silentForSome(lib.msg.facetPhrases[facet]) : undefined,
    sections,
    facts,
    followUps: roles.map((r) => overviewFollowUp(r, lib.lang)),
  });
}

/** Whether the curated comparison of `roles` has an aspect that speaks of `words` ("B2B": the type of selling). */
export function comparisonSpeaksOf(lib: Library, roles: readonly Role[], words: readonly string[]): boolean {
  const [a, b] = roles;
  const curated = roles.length === 2 && a && b ? lib.comparisonFor(a, b) : undefined;
  if (!curated || words.length === 0) return false;
  if (leadingDimensions(lib, curated, words).length > 0) return true;
  // ("who's more tactical?": the comparison's own summary says it, "the VP ... at the tactical level".)
  // ("which of the two has the broader scope?": an aspect it is named for, "Scope".)
  const named = curated.dimensions.some((d) => words.some((w) => stem(w) === stem(d.name.toLowerCase())));
  const wanted = words.map(stem).filter((w) => w.length >= 2 && lib.weight(w) > 0);
  const overall = [curated.summary, ...(curated.coexistence ?? [])];
  return named || (wanted.length > 0 && overall.some((f) => wanted.every((w) => lib.factStems(f).has(w))));
}

/** The dimensions whose facts speak of the question's rarer words, those that say most first. */
function leadingDimensions(lib: Library, c: Comparison, words: readonly string[]): Comparison['dimensions'] {
  // A word typed as one chunk ("mid-size") is wanted whole: every part in the same fact.
  const wanted = [...new Set(words)]
    .map((w) => w.split('-').map(stem))
    .filter((parts) => parts.every((p) => p.length >= 2 && lib.weight(p) > 0));
  if (wanted.length === 0) return [];
  const scored = c.dimensions.map((d) => {
    let score = 0;
    for (const parts of wanted) {
      const said = Object.values(d.sides).some((facts) =>
        facts.some((f) => parts.every((p) => lib.factStems(f).has(p))),
      );
      if (said) score += parts.reduce((n, p) => n + lib.weight(p), 0);
    }
    return { d, score };
  });
  return scored
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((x) => x.d);
}

/**
 * `asked`: the roles in the order the question named them, which the subject keeps ("the first one").
 * `lead`: dimensions that answer the question's own words, shown first and in full.
 */
function curatedComparison(
  lib: Library,
  question: string,
  c: Comparison,
  facet: FacetKey | undefined,
  asked: readonly Role[],
  lead: Comparison['dimensions'] = [],
): Answer {
  const roles = lib.roles(c.roles);
  const name = (id: string) => {
    const r = lib.role(id);
    return r ? shortName(r) : id;
  };
  // (What each does takes in the aspects of no single facet too: "Developing people" is work.)
  const focused = facet
    ? c.dimensions.filter((d) => d.facet === facet || (facet === 'responsibilities' && !d.facet))
    : [];
  const body = new Body(BUDGET, c.summary);
  // Without a focus, the first dimensions with one line per side keep it readable; a focus shows all.
  const perSide = focused.length > 0 ? Number.POSITIVE_INFINITY : 1;
  // The same aspects side by side, for renderers that can show a table: one cell per role.
  const rows: Table['rows'] = [];
  const shown =
    focused.length > 0
      ? focused
      : [...lead, ...c.dimensions.filter((d) => !lead.includes(d))].slice(0, OVERVIEW_DIMENSIONS);
  for (const d of shown) {
    const entries = Object.entries(d.sides).flatMap(([id, fs]) =>
      fs.slice(0, lead.includes(d) ? Number.POSITIVE_INFINITY : perSide).map((f) => ({ id, f })),
    );
    const lines = entries.map(({ id, f }) => {
      const label = factLabel(f, lib.lang);
      return { label: label ? `${name(id)}, ${lowerFirst(label)}` : name(id), text: lib.text(f) };
    });
    const heading = dimensionName(d, lib.lang);
    const added = body.add(
      { heading, lines },
      entries.map((e) => e.f),
    );
    if (!added) continue;
    const cells = c.roles.map((id) =>
      entries
        .filter((e) => e.id === id)
        .map(({ f }) => {
          const label = factLabel(f, lib.lang);
          return label ? { label, text: lib.text(f) } : { text: lib.text(f) };
        }),
    );
    rows.push({ label: heading, cells });
  }
  const table: Table = {
    columns: [lib.msg.headings.aspect, ...c.roles.map(name)],
    rows,
    sections: rows.length,
  };
  // How the two coexist is the whole answer to "who reports to whom"; otherwise a short note.
  const coexistence = facet === 'reporting' ? c.coexistence : c.coexistence?.slice(0, 2);
  if (coexistence && (facet === 'reporting' || focused.length === 0)) {
    body.add(
      { heading: lib.msg.headings.workTogether, lines: coexistence.map((f) => lib.line(f)) },
      coexistence,
    );
  }

  const [a, b] = roles;
  const [x, y] = roles.map(shortName) as [string, string];
  const { msg } = lib;
  const topic = a && b ? lib.topicFor(a, b) : undefined;
  const followUps: FollowUp[] = [
    ...(topic ? [topicFollowUp(topic, lib.lang)] : []),
    // Offered only where the sources say who reports to whom when both roles exist.
    ...(facet !== 'reporting' && c.coexistence?.some((f) => /\breports? to\b/i.test(f.text))
      ? [{ label: msg.whoReportsToWhom.label, question: msg.whoReportsToWhom.ask(x, y) }]
      : []),
    ...roles.map((r) => overviewFollowUp(r, lib.lang)),
    ...(facet !== 'compensation' && roles.every((r) => r.facets.compensation)
      ? [{ label: msg.whoEarnsMore.label, question: msg.whoEarnsMore.ask(x, y) }]
      : []),
  ];
  const answer = lib.answer({
    kind: 'comparison',
    entries: [c],
    subject: { roles: asked.map((r) => r.id), ...(facet ? { facet } : {}) },
    question,
    title: `${roles.map(shortName).join(' vs ')}${focused.length > 0 && facet ? `: ${msg.facetLabels[facet]}` : ''}`,
    // A focused comparison goes straight to the point; the title says what it compares.
    intro: focused.length > 0 ? undefined : lib.text(c.summary),
    sections: body.sections,
    facts: body.facts,
    followUps,
  });
  return rows.length > 0 ? { ...answer, table } : answer;
}
