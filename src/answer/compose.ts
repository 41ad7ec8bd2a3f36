import type { KnowledgeBase } from '../knowledge/load.js';
import {
  type Comparison,
  FACET_LABELS,
  type FacetKey,
  type Fact,
  type Role,
  type Topic,
} from '../knowledge/schema.js';
import {
  compareFollowUp,
  facetFollowUp,
  fullName,
  nextFacets,
  overviewFollowUp,
  shortName,
  topicFollowUp,
  withArticle,
} from './examples.js';
import { tokenize } from './normalise.js';
import type { Answer, FollowUp, Line, Section } from './types.js';
import { STOPWORDS } from './words.js';

/** A facet as it reads inside a sentence: "nothing about {how performance is measured}". */
const FACET_PHRASES: Record<FacetKey, string> = {
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

/** Room for the body of one answer: a focused reply reads in Slack without scrolling. */
const BODY_BUDGET = 2600;
/** Topics are broad: show the most relevant sections and let buttons lead on. */
const TOPIC_BUDGET = 2400;
/** An unfocused comparison shows its first dimensions; buttons lead to the rest. */
const OVERVIEW_DIMENSIONS = 5;
const MAX_FOLLOW_UPS = 5;

/** Crude English singular, enough to let "budgets" find "budget". */
const stem = (w: string) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);

/** "When there is" -> "when there is", leaving acronyms ("CRO first") alone. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);

/** A reporting fact about the people under the role ("Oversees", "Supervises", "Leads"). */
const isDownward = (f: Fact) => /overs|supervis|lead|manage|direct report/i.test(f.label ?? '');

const toLine = (f: Fact): Line => (f.label ? { label: f.label, text: f.text } : { text: f.text });
const sectionSize = (s: Section) =>
  (s.heading?.length ?? 0) + s.lines.reduce((n, l) => n + l.text.length + (l.label?.length ?? 0) + 4, 0);

/** Turns knowledge-base entries into Answers. Pure: the same entries always give the same answer. */
export class Composer {
  private readonly roleById: ReadonlyMap<string, Role>;

  constructor(private readonly kb: KnowledgeBase) {
    this.roleById = new Map(kb.roles.map((r) => [r.id, r]));
  }

  role(id: string): Role | undefined {
    return this.roleById.get(id);
  }

  comparisonFor(a: Role, b: Role): Comparison | undefined {
    return this.kb.comparisons.find((c) => c.roles.includes(a.id) && c.roles.includes(b.id));
  }

  /**
   * A role's profile. `words` are the question's other words ("pricing" in "does the CRO handle
   * pricing"): facts that mention them lead the answer, so a specific question gets a specific reply.
   */
  roleOverview(question: string, role: Role, words: readonly string[] = []): Answer {
    const relevant = this.factsMentioning(role, words).slice(0, 3);
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
    return this.build({
      kind: 'role',
      question,
      title: fullName(role),
      intro: role.summary.text,
      sections,
      facts: [role.summary, ...relevant, ...(duties ?? []), ...(reporting ?? [])],
      followUps: [
        ...nextFacets(role, ['responsibilities', 'reporting']).map((f) => facetFollowUp(role, f)),
        ...this.compareFollowUps(role),
      ],
    });
  }

  /** The role's facts that mention the most of `words`, best first. */
  private factsMentioning(role: Role, words: readonly string[]): Fact[] {
    const wanted = new Set(words.map(stem).filter((w) => w.length >= 3));
    if (wanted.size === 0) return [];
    const scored: Array<{ fact: Fact; score: number }> = [];
    for (const [fact, factWords] of this.factWords(role)) {
      let score = 0;
      for (const w of wanted) if (factWords.has(w)) score++;
      if (score > 0) scored.push({ fact, score });
    }
    // Only the facts that mention the most of the words: one strong match beats three loose ones.
    const best = Math.max(0, ...scored.map((s) => s.score));
    return scored.filter((s) => s.score === best).map((s) => s.fact);
  }

  private readonly wordIndex = new Map<string, Array<[Fact, Set<string>]>>();

  private factWords(role: Role): Array<[Fact, Set<string>]> {
    let index = this.wordIndex.get(role.id);
    if (!index) {
      index = Object.values(role.facets)
        .flatMap((facts) => facts ?? [])
        .map((f): [Fact, Set<string>] => [f, new Set(tokenize(`${f.label ?? ''} ${f.text}`).map(stem))]);
      this.wordIndex.set(role.id, index);
    }
    return index;
  }

  /** One facet of a role. `downward` puts who the role oversees first ("who reports to the CRO"). */
  roleFacet(question: string, role: Role, facet: FacetKey, downward = false): Answer {
    const facts = downward
      ? [...(role.facets[facet] ?? [])].sort((a, b) => +isDownward(b) - +isDownward(a))
      : role.facets[facet];
    if (!facts) {
      // Say plainly that the sources are silent, then give what we do know about the role.
      const overview = this.roleOverview(question, role);
      return {
        ...overview,
        intro: `My sources say nothing about ${FACET_PHRASES[facet]} for ${withArticle(role)}. Here is what they do say. ${role.summary.text}`,
      };
    }
    return this.build({
      kind: 'facet',
      question,
      title: `${shortName(role)}: ${FACET_LABELS[facet]}`,
      sections: [{ lines: facts.map(toLine) }],
      facts,
      followUps: [
        ...nextFacets(role, [facet])
          .slice(0, 3)
          .map((f) => facetFollowUp(role, f)),
        ...this.rolesNamedIn(facts, role).map(overviewFollowUp),
        overviewFollowUp(role),
        ...this.compareFollowUps(role),
      ],
    });
  }

  /** Other roles the facts name (their `roles`), to offer as next questions. */
  private rolesNamedIn(facts: readonly Fact[], except: Role): Role[] {
    const ids = new Set(facts.flatMap((f) => f.roles ?? []).filter((id) => id !== except.id));
    return [...ids]
      .map((id) => this.roleById.get(id))
      .filter((r): r is Role => !!r)
      .slice(0, 2);
  }

  /** Two or more roles side by side: the curated comparison when there is one, else their profiles. */
  compare(question: string, roles: Role[], facet?: FacetKey): Answer {
    const [a, b] = roles;
    const comparison = roles.length === 2 && a && b ? this.comparisonFor(a, b) : undefined;
    if (comparison) return this.curatedComparison(question, comparison, facet);
    const sections: Section[] = [];
    const facts: Fact[] = [];
    for (const role of roles) {
      const chosen = (facet && role.facets[facet]) || [
        role.summary,
        ...(role.facets.responsibilities?.slice(0, 3) ?? []),
      ];
      sections.push({ heading: role.name, lines: chosen.map(toLine) });
      facts.push(...chosen);
    }
    return this.build({
      kind: 'comparison',
      question,
      title: roles.map(shortName).join(' vs '),
      intro:
        facet && roles.some((r) => !r.facets[facet])
          ? `My sources say nothing about ${FACET_PHRASES[facet]} for some of these roles; here is what they say about each.`
          : undefined,
      sections,
      facts,
      followUps: roles.map(overviewFollowUp),
    });
  }

  private curatedComparison(question: string, c: Comparison, facet?: FacetKey): Answer {
    const roles = c.roles.map((id) => this.roleById.get(id)).filter((r): r is Role => !!r);
    const name = (id: string) => {
      const r = this.roleById.get(id);
      return r ? shortName(r) : id;
    };
    const focused = facet ? c.dimensions.filter((d) => d.facet === facet) : [];
    const dimensions = focused.length > 0 ? focused : c.dimensions;
    const sections: Section[] = [];
    const facts: Fact[] = [c.summary];
    let size = c.summary.text.length;
    const add = (heading: string, entries: Fact[], lines: Line[]) => {
      const section = { heading, lines };
      if (sections.length > 0 && size + sectionSize(section) > BODY_BUDGET) return;
      sections.push(section);
      facts.push(...entries);
      size += sectionSize(section);
    };
    // Without a focus, one line per side keeps the whole comparison readable; a focus shows everything.
    const perSide = focused.length > 0 ? Number.POSITIVE_INFINITY : 1;
    for (const d of focused.length > 0 ? dimensions : dimensions.slice(0, OVERVIEW_DIMENSIONS)) {
      const entries: Array<[string, Fact]> = Object.entries(d.sides).flatMap(([id, fs]) =>
        fs.slice(0, perSide).map((f): [string, Fact] => [id, f]),
      );
      add(
        d.name,
        entries.map(([, f]) => f),
        entries.map(([id, f]) => ({
          label: f.label ? `${name(id)}, ${lowerFirst(f.label)}` : name(id),
          text: f.text,
        })),
      );
    }
    // How the two coexist is the whole answer to "who reports to whom"; otherwise a short note.
    const coexistence = facet === 'reporting' ? c.coexistence : c.coexistence?.slice(0, 2);
    if (coexistence && (facet === 'reporting' || focused.length === 0)) {
      add('When a company has both', coexistence, coexistence.map(toLine));
    }
    const [a, b] = roles;
    const followUps: FollowUp[] = [];
    const topic = a && b && this.kb.topics.find((t) => t.roles?.includes(a.id) && t.roles.includes(b.id));
    if (topic) followUps.push(topicFollowUp(topic));
    if (facet !== 'reporting' && c.coexistence) {
      followUps.push({
        label: 'Who reports to whom?',
        question: `When a company has both, who reports to whom, ${roles.map(shortName).join(' or ')}?`,
      });
    }
    followUps.push(...roles.map(overviewFollowUp));
    if (facet !== 'compensation' && roles.every((r) => r.facets.compensation)) {
      followUps.push({
        label: 'Who earns more?',
        question: `Who earns more, ${roles.map(shortName).join(' or ')}?`,
      });
    }
    return this.build({
      kind: 'comparison',
      question,
      title: `${roles.map(shortName).join(' vs ')}${focused.length > 0 && facet ? `: ${FACET_LABELS[facet]}` : ''}`,
      // A focused comparison goes straight to the point; the title says what it compares.
      ...(focused.length > 0 ? {} : { intro: c.summary.text }),
      sections,
      facts,
      followUps,
    });
  }

  /** A topic, its sections that mention the question's `words` first ("what crm should we use"). */
  topic(question: string, topic: Topic, words: readonly string[] = []): Answer {
    const sections: Section[] = [];
    const facts: Fact[] = [topic.summary];
    let size = topic.summary.text.length;
    if (topic.ladder) {
      const ladder = topic.ladder.map((id) => {
        const r = this.roleById.get(id);
        return { text: r ? fullName(r) : id };
      });
      sections.push({ heading: 'From the top down', lines: ladder, numbered: true });
      size += sectionSize(sections[0] as Section);
    }
    const wanted = new Set(words.filter((w) => !STOPWORDS.has(w)).map(stem));
    const relevance = (s: Topic['sections'][number]) =>
      tokenize([s.heading, ...s.facts.map((f) => f.text)].join(' ')).filter((w) => wanted.has(stem(w)))
        .length;
    const ordered =
      wanted.size > 0 ? [...topic.sections].sort((x, y) => relevance(y) - relevance(x)) : topic.sections;
    for (const s of ordered) {
      const section = { heading: s.heading, lines: s.facts.map(toLine) };
      if (sections.length > 0 && size + sectionSize(section) > TOPIC_BUDGET) continue;
      sections.push(section);
      facts.push(...s.facts);
      size += sectionSize(section);
    }
    const related = (topic.roles ?? []).map((id) => this.roleById.get(id)).filter((r): r is Role => !!r);
    const [a, b] = related;
    return this.build({
      kind: 'topic',
      question,
      title: topic.title,
      intro: topic.summary.text,
      sections,
      facts,
      followUps: [
        ...(a && b && this.comparisonFor(a, b) ? [compareFollowUp(a, b)] : []),
        ...related.map(overviewFollowUp),
        ...this.kb.topics.filter((t) => t !== topic).map(topicFollowUp),
      ],
    });
  }

  /** A facet asked about sales roles in general ("how much do sales leaders earn"). */
  facetAcrossRoles(question: string, facet: FacetKey): Answer | undefined {
    const roles = this.kb.roles.filter((r) => r.facets[facet]);
    if (roles.length === 0) return undefined;
    const sections: Section[] = [];
    const facts: Fact[] = [];
    let size = 0;
    for (const role of roles) {
      const chosen = (role.facets[facet] ?? []).slice(0, 3);
      const section = { heading: role.name, lines: chosen.map(toLine) };
      if (sections.length > 0 && size + sectionSize(section) > BODY_BUDGET) break;
      sections.push(section);
      facts.push(...chosen);
      size += sectionSize(section);
    }
    return this.build({
      kind: 'facet',
      question,
      title: `${FACET_LABELS[facet]} across sales roles`,
      sections,
      facts,
      followUps: roles.slice(0, MAX_FOLLOW_UPS).map((r) => facetFollowUp(r, facet)),
    });
  }

  private compareFollowUps(role: Role): FollowUp[] {
    return this.kb.comparisons
      .filter((c) => c.roles.includes(role.id))
      .map((c) => this.roleById.get(c.roles[0] === role.id ? c.roles[1] : c.roles[0]))
      .filter((other): other is Role => !!other)
      .map((other) => compareFollowUp(role, other));
  }

  private build(parts: {
    kind: Answer['kind'];
    question: string;
    title: string;
    intro?: string | undefined;
    sections: Section[];
    facts: Fact[];
    followUps: FollowUp[];
  }): Answer {
    const cited = new Set(parts.facts.flatMap((f) => f.sources));
    const seen = new Set<string>();
    const followUps = parts.followUps.filter((f) => !seen.has(f.question) && seen.add(f.question));
    return {
      kind: parts.kind,
      matched: true,
      question: parts.question,
      title: parts.title,
      ...(parts.intro ? { intro: parts.intro } : {}),
      sections: parts.sections,
      sources: [...this.kb.sources.values()].filter((s) => cited.has(s.id)),
      followUps: followUps.slice(0, MAX_FOLLOW_UPS),
    };
  }
}
