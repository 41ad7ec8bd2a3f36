import { rolesByLevel } from '../../knowledge/ladder.js';
import type { FacetKey, Role, Topic } from '../../knowledge/schema.js';
import { compareFollowUp, fullName, overviewFollowUp, topicFollowUp, withArticle } from '../examples.js';
import { sectionHeading, topicTitle } from '../localise.js';
import type { Answer } from '../types.js';
import { STOPWORDS } from '../words.js';
import { Body, type Library, stem } from './library.js';

/** Topics are broad: show the most relevant sections and let buttons lead on. */
const BUDGET = 2400;

/**
 * A topic, its sections that mention the question's `words` first ("what crm should we use"), or the
 * section on the facet asked first (`facet`: "what should we track to know the team is performing?"
 * leads with monitoring performance, and the answer is on that facet).
 */
export function topicAnswer(
  lib: Library,
  question: string,
  topic: Topic,
  words: readonly string[] = [],
  facet?: FacetKey,
): Answer {
  const onFacet = facet ? topic.sections.find((s) => s.facet === facet) : undefined;
  const ordered = sectionsFor(lib, topic, words);
  // No section speaks of the question's words: the topic as it stands, the same every time.
  if (!ordered && !onFacet)
    return lib.once(topic, 'topic', question, (q) => topicOf(lib, q, topic, topic.sections));
  const sections = ordered ?? topic.sections;
  if (!onFacet) return topicOf(lib, question, topic, sections);
  const led = topicOf(lib, question, topic, [onFacet, ...sections.filter((s) => s !== onFacet)]);
  return { ...led, subject: { ...led.subject, facet: onFacet.facet } };
}

/** The topic's sections, those that speak most of `words` first; undefined when none speaks of them. */
function sectionsFor(
  lib: Library,
  topic: Topic,
  words: readonly string[],
): Topic['sections'][number][] | undefined {
  const wanted = new Set<string>();
  for (const w of words) if (!STOPWORDS.has(w)) wanted.add(stem(w));
  // Each section's relevance once (its stemmed words are cached by the Library), not once per comparison.
  let scores: Map<Topic['sections'][number], number> | undefined;
  if (wanted.size > 0) {
    for (const s of topic.sections) {
      const counts = lib.sectionCounts(s);
      let n = 0;
      for (const w of wanted) n += counts.get(w) ?? 0;
      if (n > 0 && !scores) scores = new Map();
      scores?.set(s, n);
    }
  }
  if (!scores) return undefined;
  const score = scores;
  return [...topic.sections].sort((x, y) => (score.get(y) ?? 0) - (score.get(x) ?? 0));
}

function topicOf(
  lib: Library,
  question: string,
  topic: Topic,
  ordered: readonly Topic['sections'][number][],
): Answer {
  const body = new Body(BUDGET, topic.summary);
  if (topic.ladder) {
    const ladder = rolesByLevel(lib.kb.roles).map((r) => ({ text: fullName(r) }));
    body.add({ heading: lib.msg.headings.topDown, lines: ladder, numbered: true });
  }
  // A section that does not fit is skipped, not the end: a shorter one after it may still fit.
  for (const s of ordered) {
    body.add({ heading: sectionHeading(s, lib.lang), lines: s.facts.map((f) => lib.line(f)) }, s.facts);
  }

  const related = lib.roles(topic.roles ?? []);
  const [a, b] = related;
  // A topic on a facet of its roles (choosing between a CSO and a CRO, the trends for them) is about
  // them; any other is about itself, its roles only bear on it (lead generation, the hierarchy).
  const aboutRoles = topic.facet !== undefined;
  return lib.answer({
    kind: 'topic',
    entries: [topic],
    ...(aboutRoles || !topic.roles?.length ? {} : { related: [...topic.roles] }),
    subject: {
      roles: aboutRoles ? [...(topic.roles ?? [])] : [],
      // (The hierarchy, top down, is where every role reports.)
      ...(topic.facet ? { facet: topic.facet } : topic.ladder ? { facet: 'reporting' as const } : {}),
      topic: topic.id,
    },
    question,
    title: topicTitle(topic, lib.lang),
    intro: lib.text(topic.summary),
    sections: body.sections,
    facts: body.facts,
    followUps: [
      ...(a && b && lib.comparisonFor(a, b) ? [compareFollowUp(a, b, lib.lang)] : []),
      ...related.map((r) => overviewFollowUp(r, lib.lang)),
      ...lib.kb.topics.filter((t) => t !== topic).map((t) => topicFollowUp(t, lib.lang)),
    ],
  });
}

/**
 * The role a choice topic's reasons point to for the situation `words` describe: the role whose
 * `favours` facts share the most weight of those words, where the other's share none of them.
 * Undefined where they point both ways (a startup, on which the sources disagree) or nowhere.
 */
export function leaningOf(lib: Library, topic: Topic, words: readonly string[]): string | undefined {
  // (Not the words every reason uses; a word of no reason's, but related to one, counts.)
  // (A word the sources disagree on points nowhere: "smaller teams", on which one view favours a CSO
  // and the other a CRO only; the situation's other words still may.)
  const disputed = lib.disputedWords(topic);
  const wanted = [...new Set(words.map(stem))].filter(
    (w) =>
      w.length >= 3 &&
      !disputed.has(w) &&
      (lib.weight(w) > 0 || (!lib.knows(w) && lib.related.of(w, stem).length > 0)),
  );
  const score = new Map<string, number>();
  // (A word or one related to it: "siloed" is a reason given as "silos". Each word counts once for
  // a role, however many of its reasons say it: "model" is in both roles' reasons.)
  const forms = new Map(wanted.map((w) => [w, [w, ...lib.related.of(w, stem)]]));
  const counted = new Set<string>();
  for (const section of topic.sections) {
    for (const f of section.facts) {
      if (!f.favours) continue;
      const stems = lib.factStems(f);
      for (const w of wanted) {
        const key = `${f.favours} ${w}`;
        if (counted.has(key) || !forms.get(w)?.some((x) => stems.has(x))) continue;
        counted.add(key);
        score.set(f.favours, (score.get(f.favours) ?? 0) + Math.max(lib.weight(w), MIN_WEIGHT));
      }
    }
  }
  const [first, second] = [...score].sort((a, b) => b[1] - a[1]);
  // (Clearly more: twice the other's weight.)
  return first && (!second || first[1] >= LEAN * second[1]) ? first[0] : undefined;
}

/**
 * A choice between two roles for the asker's situation ("subscription SaaS with interconnected revenue
 * streams: CSO or CRO?"): the choice's topic, and where the situation's words are in one role's own
 * reasons to hire it, the sources point to that role, which the thread then carries on with ("what
 * skills should we look for in them?"). Where they point both ways, as for a startup, no lean.
 */
export function choiceAnswer(
  lib: Library,
  question: string,
  topic: Topic,
  situation: readonly string[],
): Answer {
  const weighed = topicAnswer(lib, question, topic, situation);
  const leaning = lib.role(leaningOf(lib, topic, situation) ?? '');
  if (!leaning) return weighed;
  return {
    ...weighed,
    subject: { ...weighed.subject, roles: [leaning.id] },
    among: topic.roles ?? [],
    intro: lib.msg.choiceLeans(withArticle(leaning, lib.lang)),
  };
}

/** What a word the knowledge base has never seen weighs in a reason ("siloed", read as "silos"). */
const MIN_WEIGHT = 1;

/** How much more one role's reasons must weigh than the other's to point to it. */
const LEAN = 2;

/**
 * Where `roles` have nothing on `facet` but a topic covers it for every sales team ("what tools
 * should I be using?" of an AE: sales technology; "what KPIs should I track?" of a Sales Manager:
 * building a team's section on monitoring performance): what the sources say of sales teams in
 * general, that part first, after `silent` (the sentence saying the roles' own facts are silent).
 */
export function teamsInGeneral(
  lib: Library,
  question: string,
  roles: readonly Role[],
  facet: FacetKey,
  silent: string,
): Answer | undefined {
  const general = teamTopicOn(lib.kb.topics, facet);
  if (!general) return undefined;
  return {
    ...topicAnswer(lib, question, general, [], facet),
    coverage: 'partial',
    subject: { roles: roles.map((r) => r.id), facet, topic: general.id },
    intro: `${silent} ${lib.msg.inGeneral}`,
  };
}

/**
 * The topic written for every sales team (no roles of its own) on `facet`: one whose facet it is
 * (sales technology), else, with `sections`, one with a section on it (building a team's section on
 * monitoring performance).
 */
export function teamTopicOn(topics: readonly Topic[], facet: FacetKey, sections = true): Topic | undefined {
  const forEveryTeam = topics.filter((t) => !t.roles?.length);
  return (
    forEveryTeam.find((t) => t.facet === facet) ??
    (sections ? forEveryTeam.find((t) => t.sections.some((s) => s.facet === facet)) : undefined)
  );
}
