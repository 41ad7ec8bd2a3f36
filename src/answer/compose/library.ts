import type { KnowledgeBase } from '../../knowledge/load.js';
import { oldestReview } from '../../knowledge/review.js';
import type { Comparison, Fact, Role, Source, Topic } from '../../knowledge/schema.js';
import { factsIn } from '../../knowledge/walk.js';
import { compareFollowUp } from '../examples.js';
import type { Lang } from '../language.js';
import { factLabel, factText, sectionHeading, toLine } from '../localise.js';
import { type Messages, messages } from '../messages.js';
import { tokenize } from '../normalise.js';
import { RelatedWords } from '../related.js';
import type { Answer, Coverage, FollowUp, Line, Section, Subject } from '../types.js';

const MAX_FOLLOW_UPS = 5;
/** A word in more than this share of all facts is too common to pick a fact by. */
const COMMON_SHARE = 0.1;
/** Within one role, a word in more than this share of its facts says nothing about which is meant. */
const COMMON_IN_ROLE = 1 / 3;
/** Words whose alternatives are kept, per role; questions bring new words without end. */
const MAX_CACHED_WORDS = 5000;
/** Answers composed once and kept, per language: more than every role, facet and pair of roles. */
const MAX_COMPOSED = 2000;
/** A fact found through a related word ("spend" for "budget") counts a little less than the word itself. */
const RELATED_SHARE = 0.8;

/**
 * Crude English singular, enough to let "budgets" find "budget", and "bonuses" "bonus": a word in
 * -ss, -us or -is is already singular (bonus, status, analysis); -sses, -xes and the -uses of -us
 * words (bonuses, statuses, not causes) lose "es" (-ches may be of -che: "headaches").
 */
export const stem = (w: string) =>
  w.length <= 4 || !w.endsWith('s') || /(?:ss|us|is)$/.test(w)
    ? w
    : /(?:sses|xes|[nrtp]uses)$/.test(w)
      ? w.slice(0, -2)
      : w.slice(0, -1);

/** The map kept under `key` in `outer`, made empty on first use. */
function innerMap<K, IK, V>(
  outer: { get(key: K): Map<IK, V> | undefined; set(key: K, value: Map<IK, V>): unknown },
  key: K,
): Map<IK, V> {
  let inner = outer.get(key);
  if (!inner) {
    inner = new Map();
    outer.set(key, inner);
  }
  return inner;
}

/**
 * The knowledge base in one language, with the lookups the composers share, built once per language.
 * Every composer is a pure function of a Library and the question: the same entries always give the
 * same answer, in the Library's language.
 */
export class Library {
  private readonly roleById: ReadonlyMap<string, Role>;
  private readonly sourceList: readonly Source[];
  private readonly wordIndex = new Map<string, Array<[Fact, ReadonlySet<string>]>>();
  private readonly postingIndex = new Map<string, Map<string, number[]>>();
  private readonly factWordMaps = new Map<string, Map<Fact, ReadonlySet<string>>>();
  private readonly stemCache = new Map<string, ReadonlySet<string>>();
  private readonly factStemIndex = new WeakMap<Fact, ReadonlySet<string>>();
  /** The bot's own words (headings, buttons, declines) in this language. */
  readonly msg: Messages;
  private weights: Map<string, number> | undefined;
  private readonly sectionIndex = new WeakMap<object, string[]>();
  private readonly sectionCountIndex = new WeakMap<object, Map<string, number>>();
  private readonly summaryIndex = new WeakMap<Role, ReadonlySet<string>>();
  private readonly topicIndex = new WeakMap<Topic, ReadonlySet<string>>();
  private readonly disputedIndex = new WeakMap<Topic, ReadonlySet<string>>();
  private readonly roleWeights = new Map<string, Map<string, number>>();
  private readonly lines = new WeakMap<Fact, Line>();
  private readonly compareIndex = new WeakMap<Role, readonly FollowUp[]>();
  private readonly composed = new WeakMap<object, Map<string, Answer>>();
  private composedCount = 0;
  /** A word's alternatives, by role for role-local weights ('' for the knowledge base's). */
  private readonly alternativeIndex = new Map<
    string,
    Map<string, ReadonlyArray<readonly [string, number]>>
  >();
  /** Words that mean the same when finding a fact (knowledge/related-words.yml). */
  readonly related: RelatedWords;

  constructor(
    readonly kb: KnowledgeBase,
    readonly lang: Lang,
  ) {
    this.roleById = new Map(kb.roles.map((r) => [r.id, r]));
    this.sourceList = [...kb.sources.values()];
    this.msg = messages(lang);
    this.related = new RelatedWords(kb.relatedWords);
  }

  /** A fact as a line of the answer, in this language: one Line per fact, shared by every answer. */
  line(f: Fact): Line {
    let line = this.lines.get(f);
    if (!line) {
      line = toLine(f, this.lang);
      this.lines.set(f, line);
    }
    return line;
  }

  text(f: Fact): string {
    return factText(f, this.lang);
  }

  /**
   * How much a (stemmed) word says about which fact is meant: rare words say a lot, and a word found
   * in more than one fact in ten ("revenue", "team", "customer") says nothing (0), so sharing it with
   * a question does not make a fact an answer to it.
   */
  weight(word: string): number {
    if (!this.weights) {
      const df = new Map<string, number>();
      let n = 0;
      for (const entry of [...this.kb.roles, ...this.kb.comparisons, ...this.kb.topics]) {
        for (const [f] of factsIn(entry, '')) {
          n++;
          for (const w of new Set(tokenize(`${this.label(f)} ${this.text(f)}`).map(stem)))
            df.set(w, (df.get(w) ?? 0) + 1);
        }
      }
      this.weights = new Map([...df].map(([w, d]) => [w, d > n * COMMON_SHARE ? 0 : Math.log(n / d)]));
    }
    return this.weights.get(word) ?? 0;
  }

  /** Whether any fact of the knowledge base uses the (stemmed) word, in this language. */
  knows(word: string): boolean {
    this.weight(word);
    return this.weights?.has(word) ?? false;
  }

  /**
   * How much a word says about which of one role's facts is meant: its weight across the knowledge
   * base, or, for a word common there ("marketing"), how rare it is among this role's facts (it
   * picks the CSO's few facts about marketing, but none of the CRO's many).
   */
  weightIn(role: Role, word: string): number {
    const global = this.weight(word);
    if (global > 0) return global;
    let local = this.roleWeights.get(role.id);
    if (!local) {
      const facts = this.factWords(role);
      const df = new Map<string, number>();
      for (const [, words] of facts) for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
      local = new Map(
        [...df].map(([w, d]) => [w, d > facts.length * COMMON_IN_ROLE ? 0 : Math.log(facts.length / d)]),
      );
      this.roleWeights.set(role.id, local);
    }
    return local.get(word) ?? 0;
  }

  /**
   * The words a fact may use to speak of a (stemmed) question word, each with what it is worth: the
   * word itself, then the words of its related group ("spend" for "budget") at a little less. Either
   * way it is the question's word that is weighed: a rare synonym does not make a fact more of an
   * answer. `local` weighs words within the role (see `weightIn`), for a question whose words are
   * all common. Words worth nothing are left out.
   */
  alternatives(role: Role, word: string, local: boolean): ReadonlyArray<readonly [string, number]> {
    const key = local ? role.id : '';
    const known = innerMap(this.alternativeIndex, key);
    let out = known.get(word);
    if (!out) {
      out = this.findAlternatives(role, word, local);
      if (known.size > MAX_CACHED_WORDS) known.clear();
      known.set(word, out);
    }
    return out;
  }

  private findAlternatives(role: Role, word: string, local: boolean): Array<readonly [string, number]> {
    const weigh = (w: string) => (local ? this.weightIn(role, w) : this.weight(w));
    const own = weigh(word);
    const out: Array<readonly [string, number]> = own > 0 ? [[word, own]] : [];
    for (const other of this.related.of(word, stem)) {
      const w = RELATED_SHARE * (own || weigh(other));
      if (w > 0) out.push([other, w]);
    }
    return out;
  }

  /** A role's summary words, stemmed: read once, then kept. */
  summaryWords(role: Role): ReadonlySet<string> {
    let words = this.summaryIndex.get(role);
    if (!words) {
      words = new Set(tokenize(this.text(role.summary)).map(stem));
      this.summaryIndex.set(role, words);
    }
    return words;
  }

  /** A topic section's words (heading and facts, in this language), stemmed: read once, then kept. */
  sectionWords(section: Topic['sections'][number]): string[] {
    let words = this.sectionIndex.get(section);
    if (!words) {
      words = tokenize(
        [sectionHeading(section, this.lang), ...section.facts.map((f) => this.text(f))].join(' '),
      ).map(stem);
      this.sectionIndex.set(section, words);
    }
    return words;
  }

  /** How often each (stemmed) word occurs in a topic section: its relevance to a question's words. */
  sectionCounts(section: Topic['sections'][number]): ReadonlyMap<string, number> {
    let counts = this.sectionCountIndex.get(section);
    if (!counts) {
      counts = new Map();
      for (const w of this.sectionWords(section)) counts.set(w, (counts.get(w) ?? 0) + 1);
      this.sectionCountIndex.set(section, counts);
    }
    return counts;
  }

  /**
   * Every word a topic's summary and sections use, their facts' labels too ("Data-driven recruitment
   * platforms"), stemmed: what the topic can speak of.
   */
  topicWords(topic: Topic): ReadonlySet<string> {
    let words = this.topicIndex.get(topic);
    if (!words) {
      words = new Set([
        ...tokenize(this.text(topic.summary)).map(stem),
        ...topic.sections.flatMap((s) => this.sectionWords(s)),
        ...topic.sections.flatMap((s) => s.facts.flatMap((f) => tokenize(this.label(f)).map(stem))),
      ]);
      this.topicIndex.set(topic, words);
    }
    return words;
  }

  /** The stems of a topic's sections where the sources disagree (`disputed: true`). */
  disputedWords(topic: Topic): ReadonlySet<string> {
    let words = this.disputedIndex.get(topic);
    if (!words) {
      const facts = topic.sections.filter((s) => s.disputed).flatMap((s) => s.facts);
      words = new Set(facts.flatMap((f) => [...this.factStems(f)]));
      this.disputedIndex.set(topic, words);
    }
    return words;
  }

  private label(f: Fact): string {
    return factLabel(f, this.lang) ?? '';
  }

  role(id: string): Role | undefined {
    return this.roleById.get(id);
  }

  roles(ids: readonly string[]): Role[] {
    return ids.map((id) => this.roleById.get(id)).filter((r): r is Role => !!r);
  }

  comparisonFor(a: Role, b: Role): Comparison | undefined {
    return this.kb.comparisons.find((c) => c.roles.includes(a.id) && c.roles.includes(b.id));
  }

  /** The topic about exactly this pair's choice, e.g. choosing between a CSO and a CRO. */
  topicFor(a: Role, b: Role): Topic | undefined {
    return this.kb.topics.find((t) => t.roles?.includes(a.id) && t.roles.includes(b.id));
  }

  /** "CRO vs CSO", "CRO vs VP of Sales": every curated comparison the role is in. */
  compareFollowUps(role: Role): readonly FollowUp[] {
    let out = this.compareIndex.get(role);
    if (!out) {
      out = this.kb.comparisons
        .filter((c) => c.roles.includes(role.id))
        .flatMap((c) => this.roles(c.roles.filter((id) => id !== role.id)))
        .map((other) => compareFollowUp(role, other, this.lang));
      this.compareIndex.set(role, out);
    }
    return out;
  }

  /** A knowledge text's words, stemmed: read once, then kept (the texts are few; a bound all the same). */
  stemsOf(text: string): ReadonlySet<string> {
    let words = this.stemCache.get(text);
    if (!words) {
      words = new Set(tokenize(text).map(stem));
      if (this.stemCache.size > MAX_CACHED_WORDS) this.stemCache.clear();
      this.stemCache.set(text, words);
    }
    return words;
  }

  /** A fact's label and text as words, stemmed, in this language: read once, then kept. */
  factStems(f: Fact): ReadonlySet<string> {
    let words = this.factStemIndex.get(f);
    if (!words) {
      words = new Set(tokenize(`${factLabel(f, this.lang) ?? ''} ${factText(f, this.lang)}`).map(stem));
      this.factStemIndex.set(f, words);
    }
    return words;
  }

  /** Each of the role's facts to its (stemmed) words, as `factWords` has them. */
  factWordsOf(role: Role): ReadonlyMap<Fact, ReadonlySet<string>> {
    let index = this.factWordMaps.get(role.id);
    if (!index) {
      index = new Map(this.factWords(role));
      this.factWordMaps.set(role.id, index);
    }
    return index;
  }

  /**
   * For each (stemmed) word of the role's facts, the positions in `factWords(role)` of the facts that
   * use it, in order: a question's few words find their facts without reading every fact.
   */
  factPostings(role: Role): ReadonlyMap<string, readonly number[]> {
    let postings = this.postingIndex.get(role.id);
    if (!postings) {
      postings = new Map();
      for (const [i, [, words]] of this.factWords(role).entries()) {
        for (const w of words) {
          const list = postings.get(w);
          if (list) list.push(i);
          else postings.set(w, [i]);
        }
      }
      this.postingIndex.set(role.id, postings);
    }
    return postings;
  }

  /** Each of the role's facts with its (stemmed) words in this language, for finding the facts a question names. */
  factWords(role: Role): Array<[Fact, ReadonlySet<string>]> {
    let index = this.wordIndex.get(role.id);
    if (!index) {
      index = Object.values(role.facets)
        .flatMap((facts) => facts ?? [])
        .map((f): [Fact, ReadonlySet<string>] => [f, this.factStems(f)]);
      this.wordIndex.set(role.id, index);
    }
    return index;
  }

  /**
   * An answer that depends only on knowledge entries, composed once and kept: a role's profile, one
   * of its facets, a comparison, a topic with its sections in their own order. Every question about
   * it gets a copy that carries its own question and subject; what the copies share (sections,
   * table, sources, follow-ups) is frozen, so no consumer can change one answer through another.
   * `owner` is the entry, `key` what was asked of it.
   */
  once(owner: object, key: string, question: string, compose: (question: string) => Answer): Answer {
    const byKey = innerMap(this.composed, owner);
    let body = byKey.get(key);
    if (!body) {
      // Bounded: past the bound (every role, facet and pair asked, in both languages) compose afresh.
      if (this.composedCount >= MAX_COMPOSED) return compose(question);
      body = frozen(compose(''));
      byKey.set(key, body);
      this.composedCount++;
    }
    // Its own subject: what it was about travels on (turns, the store), where others may sort it.
    return { ...body, question, subject: { ...body.subject, roles: [...body.subject.roles] } };
  }

  /** The Answer, citing exactly the sources of the facts it shows, with distinct follow-ups. */
  answer(parts: {
    kind: Answer['kind'];
    /** The knowledge-base entries the answer draws on: it is as fresh as the oldest review. */
    entries: ReadonlyArray<{ reviewed: string }>;
    subject: Subject;
    /** Roles a topic bears on without being about them (see `Answer.related`). */
    related?: readonly string[];
    /** `partial` when the sources are silent on the detail asked; full by default. */
    coverage?: Coverage;
    question: string;
    title: string;
    intro?: string | undefined;
    sections: Section[];
    facts: readonly Fact[];
    followUps: FollowUp[];
  }): Answer {
    const cited = new Set<string>();
    for (const f of parts.facts) for (const id of f.sources) cited.add(id);
    const reviewed = oldestReview(parts.entries);
    const seen = new Set<string>();
    const followUps: FollowUp[] = [];
    for (const f of parts.followUps) {
      if (followUps.length === MAX_FOLLOW_UPS) break;
      if (!seen.has(f.question)) {
        seen.add(f.question);
        followUps.push(f);
      }
    }
    const answer: Answer = {
      kind: parts.kind,
      lang: this.lang,
      matched: true,
      coverage: parts.coverage ?? 'full',
      subject: parts.subject,
      question: parts.question,
      title: parts.title,
      sections: parts.sections,
      sources: this.sourceList.filter((s) => cited.has(s.id)),
      followUps,
    };
    if (parts.intro) answer.intro = parts.intro;
    if (parts.related) answer.related = parts.related;
    if (reviewed) answer.reviewed = reviewed;
    return answer;
  }
}

/** Freezes what an answer kept for many questions holds of its own (not the knowledge it cites). */
function frozen(answer: Answer): Answer {
  for (const s of answer.sections) {
    Object.freeze(s.lines);
    Object.freeze(s);
  }
  Object.freeze(answer.sections);
  Object.freeze(answer.followUps);
  Object.freeze(answer.sources);
  Object.freeze(answer.subject.roles);
  Object.freeze(answer.subject);
  if (answer.table) {
    for (const row of answer.table.rows) {
      for (const cell of row.cells) Object.freeze(cell);
      Object.freeze(row.cells);
      Object.freeze(row);
    }
    Object.freeze(answer.table.rows);
    Object.freeze(answer.table.columns);
    Object.freeze(answer.table);
  }
  if (answer.missing) Object.freeze(answer.missing);
  return Object.freeze(answer);
}

const sectionSize = (s: Section) =>
  (s.heading?.length ?? 0) + s.lines.reduce((n, l) => n + l.text.length + (l.label?.length ?? 0) + 4, 0);

/**
 * An answer's body filled up to a budget of characters, so a reply reads in Slack without
 * scrolling (and stays far inside Block Kit's limits). The first section always fits.
 */
export class Body {
  readonly sections: Section[] = [];
  readonly facts: Fact[] = [];
  private size = 0;

  constructor(
    private readonly budget: number,
    ...shown: Fact[]
  ) {
    for (const f of shown) this.size += f.text.length;
    this.facts.push(...shown);
  }

  /** Adds the section when it fits; `facts` are what it shows, for citing. */
  add(section: Section, facts: readonly Fact[] = []): boolean {
    const size = sectionSize(section);
    if (this.sections.length > 0 && this.size + size > this.budget) return false;
    this.sections.push(section);
    this.facts.push(...facts);
    this.size += size;
    return true;
  }
}

/** The leading facts whose text fits in `budget` characters (the first always). */
export function withinBudget(lib: Library, facts: readonly Fact[], budget: number): readonly Fact[] {
  let size = 0;
  for (let i = 0; i < facts.length; i++) {
    size += lib.text(facts[i] as Fact).length;
    if (i > 0 && size > budget) return facts.slice(0, i);
  }
  return facts;
}
