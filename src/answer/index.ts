import { acknowledgement } from '../conversation/small-talk.js';
import { ladderNeighbour, rolesByLevel } from '../knowledge/ladder.js';
import type { KnowledgeBase } from '../knowledge/load.js';
import { FACETS, type FacetKey, type Role } from '../knowledge/schema.js';
import { MY_BOSS, readAsker } from './asker.js';
import { COMMON_WORDS } from './common-words.js';
import { compareRoles, comparisonSpeaksOf } from './compose/comparison.js';
import { Library, stem } from './compose/library.js';
import { overseerOf, relatedRoles, relationAnswer } from './compose/relation.js';
import {
  facetAcrossRoles,
  isDownward,
  NOBODY,
  roleDoing,
  roleFacet,
  roleOverview,
  roleParts,
  whoDoes,
} from './compose/role.js';
import { choiceAnswer, leaningOf, teamTopicOn, topicAnswer } from './compose/topic.js';
import {
  exampleQuestions,
  facetFollowUp,
  overviewFollowUp,
  shortName,
  starterQuestions,
  withArticle,
} from './examples.js';
import { asksPayByMake, asksRate, createFacetDetector, type FacetDetector, sceneWords } from './facets.js';
import {
  AGAIN_IN,
  answerFollowUp,
  continuesOn,
  followUpPlan,
  JOB_CHANGE,
  OR_IS_THAT,
  pointerWords,
  pointsBack,
  supposedWords,
  type TopicCarry,
} from './follow-up.js';
import { functionWordFixer } from './function-words.js';
import {
  asksNames,
  asksOwnFigures,
  asksTaxes,
  asksToolPrice,
  asksToWrite,
  asksWorkplace,
  clashReason,
  HELP_WORDS,
  helpAnswer,
  namesReason,
  notFoundAnswer,
  opinionReason,
  otherRoleReason,
  ownFiguresReason,
  personReason,
  personsOpinion,
  taxesReason,
  toolPriceReason,
  workplaceReason,
  writingReason,
} from './help.js';
import { detectLanguage, type Lang } from './language.js';
import { OtherMeaningIndex } from './meanings.js';
import { messages } from './messages.js';
import { chunksOf, hasCompounds, MissingWords, type Piece } from './missing.js';
import { cleanSlackText, tokenize } from './normalise.js';
import { askedParts, DOING } from './parts.js';
import { content } from './phrases.js';
import { RelatedWords } from './related.js';
import { asksRemit } from './remit.js';
import { roleHires } from './role-hires.js';
import { RoleIndex, rolesInGroup } from './roles.js';
import { namedHolder, otherTitles, YOUR_COMPANY } from './scope.js';
import { Speller } from './speller.js';
import { type TopicHit, TopicIndex } from './topics.js';
import type { Answer, FollowUp, Turn } from './types.js';
import {
  aboutSalesPeople,
  COMPARE_WORDS,
  DOMAIN_WORDS,
  FILLERS,
  isChatter,
  QUANTITY,
  SALES_WORDS,
  SIDEWAYS,
  STOPWORDS,
} from './words.js';

/** `previous`: the conversation's last turn, for follow-ups ("and their salary?"). */
export type Answerer = (question: string, previous?: Turn) => Answer;

/** Share of a question's meaningful words that the matcher knows, at or below which a question is off-topic. */
const MIN_TOPIC_COVERAGE = 0.5;
const MAX_WORDS = 60;
const MIN_FACET_COVERAGE = 0.6;

/**
 * "who reports to the CRO", "who does the CSO manage": the people under the role, not above it.
 * (Compare "who does the CRO report to", "who manages the VP of Sales".)
 */
function asksDownward(tokens: readonly string[], mention?: { start: number; end: number }): boolean {
  if (!mention) return false;
  const before = tokens.slice(Math.max(0, mention.start - 2), mention.start).join(' ');
  const after = tokens.slice(mention.end, mention.end + 2);
  return /\breports? to$/.test(before) || after.some((t) => /^(?:manage|oversee|supervise|lead)s?$/.test(t));
}

/** The words of the roles' own names ("sales", "team", "lead"). */
const nameWords = (kb: KnowledgeBase) => kb.roles.flatMap((r) => tokenize(r.name));

/** Signals of another meaning that are one word ("tls", "soc"): words of their own, never folded onto ours. */
const signalWords = (kb: KnowledgeBase) =>
  new Set(
    kb.otherMeanings
      .flatMap((e) => e.meanings.flatMap((m) => m.signals))
      .map((s) => tokenize(s))
      .filter((t) => t.length === 1)
      .map(([t]) => t as string),
  );

/** Every word the matcher knows: what the speller folds typos onto. */
function matcherVocabulary(roles: RoleIndex, facets: FacetDetector, topics: TopicIndex): Set<string> {
  return new Set([...roles.words(), ...facets.words(), ...topics.words(), ...DOMAIN_WORDS]);
}

/** The speller the engine uses for `kb`, for tests of what it folds. */
export function createSpeller(kb: KnowledgeBase): Speller {
  const topics = new TopicIndex(kb.topics, kb.neutralWords);
  const roles = new RoleIndex(kb.roles);
  const libs = [new Library(kb, 'en'), new Library(kb, 'it')];
  return new Speller(
    matcherVocabulary(roles, createFacetDetector(kb.facetWords), topics),
    roles.words(),
    (t) => libs.some((lib) => lib.knows(stem(t))),
    nameWords(kb),
    signalWords(kb),
  );
}

/**
 * Builds the matcher's indexes once and returns the pure question -> Answer function.
 * Order of resolution: roles named (exact alias, then plural and typo folding), then the facet asked
 * about, then topics; a question that clears none of these is declined with suggestions.
 */
/**
 * "what does an interim CRO do", "cosa fa un CRO", "do SDRs book the meetings themselves": the
 * question asks what a role does.
 */
const ASKS_DOING =
  /\bwhat (?:does|do|did|would|will|should) (?:\S+ ){1,4}(?:do|be doing)\b|\bcosa fa(?:nno)?\b|^(?:do|does|should|would|will|can) (?:(?:the|an?|our|your|their) )?\S+ (?!(?:have|need|get)\b)[a-z]+|\b(?:would|will|could|can|does|do) (?:an?|the|our) \S+ (?:help|handle|own|fix|lead|manage|drive|run)\b/;

/**
 * What answerQuestion read of a question, handed to the parts that answer it. They are functions of
 * their own, not one: V8 optimizes a function only after running it a number of times that grows
 * with its size, and compiles a large one (with all it inlines) as one unit: as one function of 500
 * lines the answerer ran unoptimized for the first few thousand questions after a start, and took
 * 150-550 ms of compiling each time it was optimized again.
 */
interface Reading {
  question: string;
  words: string[];
  said: string;
  lang: Lang;
  lib: Library;
  pieces: Piece[];
  tokens: string[];
  meaningful: string[];
  /** "who's at the very top?": an end of the hierarchy asked for, read once. */
  ladderEnd: RegExpMatchArray | null;
  decline: (reason?: string) => Answer;
  titles: ReturnType<typeof otherTitles>;
  found: Mention[];
  byName: (m: Mention) => boolean;
  mentions: Mention[];
  named: Role[];
  outside: (i: number) => boolean;
  rest: string[];
  parts: ReturnType<typeof askedParts> | undefined;
  facet: FacetKey | undefined;
  facetWords: readonly string[];
  ranked: ReturnType<TopicIndex['rank']>;
  other: string | undefined;
  done: (answer: Answer, read?: readonly string[]) => Answer;
  noting: (answer: Answer) => Answer;
  holder: string | undefined;
  own: ReturnType<typeof ownWords> | undefined;
  plan: ReturnType<typeof followUpPlan> | undefined;
  previous: Turn | undefined;
}

export function createAnswerer(kb: KnowledgeBase): Answerer {
  const roles = new RoleIndex(kb.roles);
  const manager = kb.roles.find((r) => r.id === 'sales-manager');
  const facets = createFacetDetector(kb.facetWords);
  const facetSingles = facets.singles();
  const asking = (t: string) => facetSingles.has(t) || COMPARE_WORDS.has(t);
  const topics = new TopicIndex(kb.topics, kb.neutralWords);
  const meanings = new OtherMeaningIndex(kb.otherMeanings, kb.roles);
  const missingWords = new MissingWords(kb.neutralWords, new RelatedWords(kb.relatedWords));
  const vocabulary = matcherVocabulary(roles, facets, topics);
  const roleWords = roles.words();
  // A word of the knowledge's own text is never split into two of ours ("upselling", not "up selling").
  const speller: Speller = new Speller(
    vocabulary,
    roles.words(),
    (t): boolean => (['en', 'it'] as const).some((lang) => languages[lang].lib.knows(stem(t))),
    nameWords(kb),
    signalWords(kb),
  );
  // Words that mean something on their own; a word of a phrase ("home" of "bring home") only counts
  // when the question uses the whole phrase.
  const standalone = new Set([...facets.singles(), ...topics.singles(), ...DOMAIN_WORDS]);
  // One Library and one set of example questions per language; the question picks which.
  const perLang = (lang: Lang) => {
    const examples = exampleQuestions(kb.roles, kb.comparisons, kb.topics, lang);
    let exampleWords: ReadonlyArray<ReadonlySet<string>> | undefined;
    return {
      lib: new Library(kb, lang),
      examples,
      // Each example's words, folded like a question's, so a miss can offer the examples closest to
      // it. Folded on the first miss that needs them: spelling every example's words is most of
      // what building the answerer would cost at start.
      exampleWords: () =>
        (exampleWords ??= examples.map(
          (e) => new Set(content(tokenize(e.question).map((t) => speller.correct(t)))),
        )),
      starters: starterQuestions(kb, lang),
    };
  };
  const languages = { en: perLang('en'), it: perLang('it') };
  // What each topic carries to a follow-up naming a role: the facet its title names, else its words.
  const topicCarries = (lang: Lang) =>
    new Map<string, TopicCarry>(
      kb.topics.map((t) => {
        const words = content(tokenize(t.title).map((w) => speller.correct(w)));
        const facet = t.facet ?? facets.find(words).facet;
        const title = lang === 'it' ? (t.title_it ?? t.title) : t.title;
        return [t.id, { title, words, ...(facet ? { facet } : {}) }];
      }),
    );
  const carries = { en: topicCarries('en'), it: topicCarries('it') };
  // "hw much do tehy make": typo'd question words and pronouns, read as the words meant.
  const fixWords = functionWordFixer(
    (t) => vocabulary.has(t) || (['en', 'it'] as const).some((lang) => languages[lang].lib.knows(stem(t))),
  );

  /** Our own words, which never name a company ("of sales", "in a startup"). */
  const ownWord = (w: string) => vocabulary.has(w) || STOPWORDS.has(w);

  const suggest = (lang: Lang, meaningful: readonly string[]): FollowUp[] => {
    const { examples, exampleWords, starters } = languages[lang];
    // "sales" is in half the examples: only the other words say which ones are close.
    const telling = meaningful.filter((t) => !SALES_WORDS.has(t));
    if (telling.length === 0) return starters;
    const wordsOf = exampleWords();
    // The three best, the earliest first among equals.
    const best: Array<{ e: FollowUp; score: number }> = [];
    for (let i = 0; i < examples.length; i++) {
      const words = wordsOf[i];
      let score = 0;
      for (const t of telling) if (words?.has(t)) score++;
      if (score === 0 || (best.length === 3 && score <= (best[2] as { score: number }).score)) continue;
      let at = best.length;
      while (at > 0 && (best[at - 1] as { score: number }).score < score) at--;
      best.splice(at, 0, { e: examples[i] as FollowUp, score });
      if (best.length > 3) best.pop();
    }
    return best.length > 0 ? best.map((s) => s.e) : starters;
  };

  /**
   * A matched answer, told what it left out: words of the question it did not use are listed
   * ("Missing: interim") and said plainly up front, and the answer is then partial.
   */
  const accounted = (
    answer: Answer,
    question: string,
    pieces: readonly Piece[],
    said: string,
    used: (token: string) => boolean,
  ): Answer => {
    if (!answer.matched) return answer;
    const missing = missingWords.find(pieces, question, (t) => STOPWORDS.has(t) || used(t), answer);
    // "how many", "ratio": the sources give no counts, whatever else the answer uses.
    const quantity =
      answer.subject.facet === 'compensation'
        ? undefined
        : (QUANTITY.exec(said)?.[0] ?? (question.includes('%') ? '%' : undefined));
    if (quantity && !missing.some((m) => m.toLowerCase().includes(quantity))) missing.unshift(quantity);
    if (missing.length === 0) return answer;
    const quoted = missing.map((m) => `“${m}”`).join(', ');
    return {
      ...answer,
      coverage: 'partial',
      missing: [...(answer.missing ?? []), ...missing],
      intro: `${messages(answer.lang).notCovered(quoted)} ${answer.intro ?? ''}`.trim(),
    };
  };

  /** Whether the turn was the hierarchy, or one role's place in it (an end of it, say). */
  const onLadder = (turn?: Turn) =>
    !!turn &&
    (turn.topic
      ? !!kb.topics.find((t) => t.id === turn.topic)?.ladder
      : turn.facet === 'reporting' && turn.roles.length === 1);

  /** A question read against the thread: the answer its plan gives, or undefined when there is none. */
  const inThread = (r: Reading): Answer | undefined => {
    const {
      previous,
      question,
      words,
      said,
      lang,
      decline,
      named,
      facet,
      facetWords,
      done,
      holder,
      own,
      plan,
      lib,
    } = r;
    // "no, the security one: who owns our firewall?" after a CSO answer: the thread's abbreviation,
    // now meant in another of its senses.
    if (plan && named.length === 0) {
      // ("sustainability angle?" after the trends, which speak of sustainable growth: still ours.)
      const topic = plan.topic ?? kb.topics.find((t) => t.id === previous?.topic);
      const spoken = topic ? lib.topicWords(topic) : undefined;
      // (Another form of the word counts: "sustainability" and "sustainable" share their first seven letters.)
      const spokenList = spoken ? [...spoken] : [];
      const said = (w: string) =>
        !!spoken?.has(w) || (w.length >= 7 && spokenList.some((x) => x.startsWith(w.slice(0, 7))));
      const ours = (sense: { signal: string }) =>
        !!spoken && tokenize(sense.signal).every((w) => said(stem(w)));
      for (const role of plan.roles) {
        const sense = meanings.clash(words, role.id);
        if (sense && !ours(sense))
          return notFoundAnswer(
            question,
            [overviewFollowUp(role, lang)],
            lang,
            clashReason(sense, role, lang),
          );
      }
    }
    // "who's their boss?" right after an answer means that role's boss, not someone's company.
    if (holder && !(plan && holder === YOUR_COMPANY)) {
      if (!plan) return decline(personReason(holder, lang));
      // "how much does the one at Oracle make": still about the thread's role and the facet asked
      // (or, for "and the guy at Salesforce?", asked before), which is what gaps are grouped by. The
      // sources know the role only in general: say so, and offer the general question instead.
      const prevFacet = continuesOn(words) ? previous?.facet : undefined;
      const asked = facet ?? plan.facet ?? (isFacet(prevFacet) ? prevFacet : undefined);
      const reason = lib.msg.personInRole(plan.roles.map(shortName).join(' / '), holder);
      const general = plan.roles.map((r) =>
        asked ? facetFollowUp(r, asked, lang) : overviewFollowUp(r, lang),
      );
      const declined = notFoundAnswer(question, general, lang, reason);
      return {
        ...declined,
        subject: { roles: plan.roles.map((r) => r.id), ...(asked ? { facet: asked } : {}) },
      };
    }
    // "which of them deals with complaints?", "which one owns customer success?" after two roles: the
    // one whose facts say so. ("which of them earns more?" asks a facet of both: the comparison.)
    // (A facet the thread gives, as "which one's higher up?" gets the reporting line, is no duty.)
    const duty = !(facet ?? plan?.facet) || (facet ?? plan?.facet) === 'responsibilities';
    const whichOfThem = WHICH_OF_THEM.test(said) || OR_IS_THAT.test(said) || plan?.pick === true;
    // ("or is that only the manager's job?" asks whether both do it.) "which of the two cares more
    // about retention?", "which one is more hands-on with the reps?": the one whose facts say it
    // clearly more than the other's; else both, side by side on that point.
    // ("which one is more hands-on?", "which one's more B2B" are the one whose facts say so.)
    const both = ONLY.test(said);
    const clearly = COMPARATIVE_ON.test(said);
    // "which one is more senior?", "which of the two is more B2B?", "so which is the older role":
    // a quality set on the two, which most readers want side by side (a duty, "which one owns
    // renewals", is the one whose facts say it).
    // (Where no aspect of the two speaks of it, "which one is more hands-on?", the one whose facts say it.)
    const twoOfThem = plan?.roles.slice(0, 2) ?? [];
    const quality = own?.telling.filter((w) => !/^(?:more|less|most|least|piu|meno)$/.test(w)) ?? [];
    const speaksOfIt = () => comparisonSpeaksOf(lib, twoOfThem, quality);
    if (
      plan &&
      own &&
      plan.roles.length >= 2 &&
      ATTRIBUTE.test(said) &&
      // ("which one is more responsible for quotas?" is a duty: the one whose facts say it, below.)
      !COMPARATIVE_ON.test(said) &&
      // ("which of the two has the broader scope?": a duty's reach, which their comparison weighs.)
      (speaksOfIt() ||
        ((facet ?? plan.facet) !== 'responsibilities' &&
          RANKING_FACETS.has((facet ?? plan.facet) as FacetKey)))
    ) {
      const set = compareRoles(lib, question, twoOfThem, facet ?? plan.facet, quality);
      return done({ ...set, assumed: plan.assumed }, [
        ...(plan.used ?? []),
        ...(WHICH_OF_THEM.exec(said)?.[0].split(' ') ?? []),
      ]);
    }
    // ("which of the three works closest with the ceo and board?", "which of the two usually comes
    // from sales?": the one whose facts on that facet clearly say so.) ("chi dei due riporta
    // all'altro?" is how the two stand to each other, and pay and hiring set both side by side: below.)
    const onFacet = facet ?? plan?.facet;
    const placed =
      !!onFacet &&
      !UNPICKED_FACETS.has(onFacet) &&
      WHICH_OF_THEM.test(said) &&
      !/\b(?:other|altro|altra)\b/.test(said);
    // (Words of the trade tell them apart too: "comes from sales".)
    const telling = own ? [...own.telling, ...own.domain] : [];
    if (plan && placed && onFacet && plan.roles.length >= 2 && telling.length > 0) {
      const doer = roleDoing(lib, telling, plan.roles, { facet: onFacet, clearly: true });
      if (doer) return done({ ...roleFacet(lib, question, doer, onFacet), assumed: plan.assumed });
    }
    if (plan && own && duty && plan.roles.length >= 2 && whichOfThem && !both) {
      // ("which one has marketing under them?": a word of every sales text, but it tells them apart.)
      // ("chi dei due si occupa di assumere?": "si occupa" says it is done, not what.)
      const what = own.telling.filter((w) => !DOING.has(w));
      const doer =
        roleDoing(lib, what, plan.roles, { clearly }) ?? roleDoing(lib, own.domain, plan.roles, { clearly });
      // ("two" in "which of the two" was read: it points back.)
      const pointing = WHICH_OF_THEM.exec(said)?.[0].split(' ');
      if (doer)
        return done({ ...roleOverview(lib, question, doer, own.telling), assumed: plan.assumed }, pointing);
    }
    // "which of them runs the day to day?", "do they set quotas or is that the manager?": a facet's
    // words name the duty, and the one whose facts say it is meant, on that facet. Pay and anything
    // ranked ("which one earns more") set both side by side.
    if (
      plan &&
      own &&
      facet &&
      !duty &&
      plan.roles.length >= 2 &&
      whichOfThem &&
      !both &&
      pickable(facet, said)
    ) {
      // Read in each role's facts of the facet, the question's own words first: "daily" in "which
      // one runs daily ops" could be anyone's, "operations" in a day only the VP's.
      // ("which of the two has it tougher?" ranks them on the facet: side by side.)
      const pointing = WHICH_OF_THEM.exec(said)?.[0].split(' ') ?? [];
      const asked = own.telling.filter(
        (w) => !facetWords.includes(w) && !RANKED.test(w) && !pointing.includes(w),
      );
      if (asked.length === 0 && RANKED.test(said))
        return done(answerFollowUp(lib, question, { ...plan, facet }), [...(plan.used ?? []), ...pointing]);
      const words = [...asked, ...facetWords];
      const doer =
        (asked.length > 0 ? roleDoing(lib, asked, plan.roles, { facet, clearly }) : undefined) ??
        roleDoing(lib, words, plan.roles, { facet, clearly });
      if (doer) {
        const picked = { ...plan, roles: [doer], facet, specifics: words };
        return done({ ...answerFollowUp(lib, question, picked), assumed: plan.assumed });
      }
      // Said only elsewhere in one role's facts ("which one sets the quotas": among the Sales
      // Manager's duties, not in how anyone is measured): a duty, led by those facts.
      const anywhere = roleDoing(lib, words, plan.roles, { clearly });
      if (anywhere) return done({ ...roleOverview(lib, question, anywhere, words), assumed: plan.assumed });
    }
    if (plan) {
      const answer = answerFollowUp(lib, question, plan);
      // "how do we hire one?": the hiring facet says when a company should hire one, not how.
      const [one] = plan.roles;
      if (one && plan.roles.length === 1 && answer.subject.facet === 'hiring' && asksHow(words, 'hiring')) {
        const gap = lib.msg.howToHireNotCovered(withArticle(one, lang));
        return done({ ...answer, coverage: 'partial', intro: gap }, plan.used);
      }
      return done(answer, plan.used);
    }
    return undefined;
  };

  /** Two roles or more named. */
  const twoRoles = (r: Reading): Answer => {
    const {
      question,
      words,
      said,
      pieces,
      tokens,
      mentions,
      named,
      outside,
      rest,
      facet,
      facetWords,
      ranked,
      done,
      noting,
      lib,
    } = r;
    const [a, b] = named as [Role, Role];
    // "we're a SaaS with several revenue streams and customer success: CSO or CRO?": a choice
    // between the two for the asker's company, whatever else its situation mentions ("success",
    // "churn problems"). What is asked of the roles themselves ("do we pay a CSO or a CRO more?")
    // stays a comparison.
    const choice = lib.kb.topics.find(
      (t) => t.facet === 'hiring' && t.roles?.includes(a.id) && t.roles.includes(b.id),
    );
    const between = tokens.slice(mentions[0]?.end, mentions[1]?.start);
    // "who supervises the VP of Sales and the sales managers?": the one role above them both.
    // (The roles are what the verb acts on: "who runs forecasting, the VP or the CRO?" asks which.)
    const verb = OVERSEES.exec(said)?.[0].split(' ').length;
    const first = pieces[mentions[0]?.start ?? 0]?.at;
    if (
      verb !== undefined &&
      first !== undefined &&
      words.slice(verb, first).every((w) => ARTICLES.has(w) || HOW_OFTEN_WORDS.has(w)) &&
      !between.some((t) => OR.has(t))
    ) {
      const over = overseerOf(lib, named);
      if (over) return done(roleFacet(lib, question, over, 'reporting', true));
    }
    const situation = !facet || !OF_THE_ROLE.has(facet);
    // (The words that ask for a choice are not the situation it is for.)
    const told = tokens.filter((t, i) => outside(i) && !STOPWORDS.has(t) && !CHOOSING.has(t));
    // ("subscription business, CSO or CRO?": a situation the reasons point one way on is the asker's.)
    if (
      choice &&
      named.length === 2 &&
      situation &&
      between.some((t) => OR.has(t)) &&
      // ("CSO or CRO: who handles customer success?", "... which is more focused on marketing?" ask of
      // the roles themselves: a comparison.)
      (ours(words) ||
        (!ASKS_WHICH_ROLE.test(said) && !RANKED.test(said) && leaningOf(lib, choice, told) !== undefined))
    )
      return done(choiceAnswer(lib, question, choice, told));
    // (The hierarchy asked of roles named is where they stand: below.)
    const decision = ranked.find(
      (h) => !h.topic.ladder && h.topic.roles?.includes(a.id) && h.topic.roles.includes(b.id),
    );
    // A topic about both roles answers a choice, or a facet their comparison has no dimension for
    // ("how will machine learning affect CSOs and CROs" -> future trends).
    const covered = facet && lib.comparisonFor(a, b)?.dimensions.some((d) => d.facet === facet);
    // ("cso vs cro for a subscription biz?": a choice for a situation leans where its reasons do.)
    // ("che differenza c'è tra SDR e BDR? devo sistemare le dashboard del funnel": the difference is
    // asked; the funnel, lead generation's, is only the asker's context.)
    const differs = decision?.topic !== choice && SIDE_BY_SIDE.test(said);
    // ("who fills my pipeline, sdrs or bdrs?": which of the two does it, not how lead generation works.)
    const whichDoes =
      decision?.topic !== choice && ASKS_WHICH_ROLE.test(said) && between.some((t) => OR.has(t));
    if (decision && !differs && !whichDoes && (facet === undefined || facet === 'hiring' || !covered))
      return done(
        decision.topic === choice
          ? choiceAnswer(lib, question, choice, told)
          : topicAnswer(lib, question, decision.topic, rest),
      );
    // The question's own words ("more B2B") pick the aspects that lead.
    // (Words of a role's name never lead: "CSO, chief sales officer, vs CRO".)
    const own = compounds(
      question,
      pieces.filter(
        (p, i) =>
          outside(i) &&
          !STOPWORDS.has(p.token) &&
          !missingWords.isNeutral(p.token) &&
          !COMPARE_WORDS.has(p.token) &&
          !DOMAIN_WORDS.has(p.token) &&
          !facetWords.includes(p.token) &&
          !roleWords.has(p.token),
      ),
    );
    // "who is higher in the hierarchy, the VP of Sales or the sales manager?": where the roles named
    // stand, side by side (the whole ladder is for a span: "from the CSO down to the SDRs").
    const onLadder =
      (facet === undefined || facet === 'reporting') && !SPAN.test(said)
        ? ranked.find((h) => h.topic.ladder)
        : undefined;
    if (onLadder) {
      const placing = tokens.filter((t) => PLACING.test(t));
      const asked = own.filter((t) => !t.split(/[- ]/).some((w) => PLACING.test(w)));
      const placed = compareRoles(lib, question, named.slice(0, 4), 'reporting', asked);
      return done(noting(placed), [...onLadder.used, ...placing]);
    }
    // "who owns renewals and upsells, the CRO or the VP of Sales?": one of the two is asked for, the
    // one whose facts say it, on the facet asked where there is one. (Where both say it, or neither,
    // both side by side, led by what is asked; "who earns more, ...?" ranks them: both.)
    if (
      named.length === 2 &&
      between.some((t) => OR.has(t)) &&
      ASKS_FOR_ONE.test(said) &&
      !AUXILIARY.test(words[beforeName(words, pieces[mentions[0]?.start ?? 0]?.at ?? 0)] ?? '') &&
      (facet ? pickable(facet, said) : !RANKED.test(said))
    ) {
      // (Said only outside the facet's facts, "the recruiting day to day" among the Team Lead's
      // duties: the duty, led by those facts.)
      const inFacet = facet ? roleDoing(lib, own, named, { facet, alone: true }) : undefined;
      if (inFacet && facet) return done(roleFacet(lib, question, inFacet, facet, false, own), between);
      const doer = roleDoing(lib, [...own, ...facetWords], named, { alone: true });
      if (doer) return done(roleOverview(lib, question, doer, [...own, ...facetWords]), between);
    }
    // "I'm an AE, how would I get to CSO from here?": how people reach the CSO, saying the sources give
    // no route from AE to CSO.
    // ("can an SDR end up as CSO someday?", "one of our AEs wants to be CSO, what's the path there?":
    // the same of someone else, toward a role above theirs.)
    // (Far above: the next rungs up are where a role's own path leads, "can an SDR become an AE?".)
    // ("long term I want to be a CSO. what's the usual path from sales manager?": either order.)
    const [low, high] = (a.level ?? 0) > (b.level ?? 0) ? [a, b] : [b, a];
    // ("thinking of moving from AE into leadership, what's the usual path to CSO": from far below too.)
    // (Only toward a role whose own path the sources give.)
    const climbing =
      named.length === 2 && (low.level ?? 0) - (high.level ?? 0) > 2 && !!high.facets.career?.length;
    const toward = towardSelf(said) && askerSelf(question) === a.id;
    if (named.length === 2 && (toward || (climbing && REACHES.test(said)))) {
      const [start, end] = toward ? [a, b] : [low, high];
      const reached = roleFacet(lib, question, end, 'career');
      const gap = lib.msg.routeToNotCovered(shortName(start), shortName(end));
      return done({ ...reached, coverage: 'partial', intro: gap }, TOWARD.exec(said)?.[0].split(' '));
    }
    // "from the CSO all the way down to the BDRs": the hierarchy between them, not a career route.
    const ladder = SPAN.test(said) ? lib.kb.topics.find((t) => t.ladder) : undefined;
    if (ladder) return done(topicAnswer(lib, question, ladder, rest), SPAN.exec(said)?.[0].split(' '));
    // "how do you get from VP to CRO?": a route from one to the other, the career of both.
    const from = tokens[(mentions[0]?.start ?? 0) - 1] as string;
    const route =
      facet === undefined && named.length === 2 && FROM.has(from) && between.some((t) => TO.has(t));
    if (route) {
      const compared = noting(compareRoles(lib, question, named, 'career', own));
      const gap = lib.msg.routeNotCovered(shortName(a), shortName(b));
      return done({ ...compared, coverage: 'partial', intro: gap }, ['from', 'da', ...between]);
    }
    const compared = noting(compareRoles(lib, question, named.slice(0, 4), facet, own));
    // "we're promoting an AE to sales manager": the second is where someone goes, which "what would
    // change in their job?" then asks about.
    const second = mentions[1] && pieces[mentions[1].start]?.at;
    const moving =
      named.length === 2 && second !== undefined ? MOVE_TO.exec(words.slice(0, second).join(' ')) : null;
    // "I'm an AE and I'm stepping up as team lead: what would change in my job?": the duties of the
    // job moved to.
    const change = moving?.[1] ? JOB_CHANGE.exec(said) : null;
    if (moving?.[1] && change) {
      const duties = roleFacet(lib, question, b, 'responsibilities');
      return done({ ...duties, destination: b.id }, [moving[1], ...facetWords, ...change[0].split(' ')]);
    }
    // (The move is read: "promoting" is not a word the answer left out.) What "would change" for
    // someone moved is the new job, not the trends changing the role.
    if (moving?.[1] && facet === 'trends') {
      const duties = noting(compareRoles(lib, question, named.slice(0, 2), 'responsibilities', own));
      return done({ ...duties, destination: b.id }, [moving[1], ...facetWords]);
    }
    if (moving?.[1] && facet !== 'career') return done({ ...compared, destination: b.id }, [moving[1]]);
    // The sources say how people reach each role, never a route from one to the other. ("CSO or
    // CRO, which one comes up through marketing" asks no route: each one's career.)
    if (facet === 'career' && !(between.some((t) => OR.has(t)) && !ROUTE.test(said))) {
      const gap = lib.msg.routeNotCovered(shortName(a), shortName(b));
      // ("an SDR promoted to AE": the AE is where the climb has got to; see `Turn.to`.)
      const to = moving?.[1] ? { destination: b.id } : {};
      return done({ ...compared, coverage: 'partial', intro: gap, ...to });
    }
    return done(compared);
  };

  /** One role named. */
  const oneRole = (r: Reading, role: Role): Answer => {
    const {
      question,
      words,
      said,
      lang,
      pieces,
      tokens,
      titles,
      found,
      byName,
      mentions,
      parts,
      facet,
      facetWords,
      ranked,
      done,
      noting,
      plan,
      lib,
    } = r;
    // "deal with marketing" is about marketing, not about deals.
    const telling = (t: string, i: number) =>
      !STOPWORDS.has(t) && !missingWords.isNeutral(t) && !(/^deal/.test(t) && tokens[i + 1] === 'with');
    const specifics = compounds(
      question,
      pieces.filter((p, i) => !mentions.some((m) => i >= m.start && i < m.end) && telling(p.token, i)),
    );
    // (Facet words with no facet placed something under the role: "is marketing under the CSO?".)
    const asked = specifics.filter((t) => !t.split('-').some((w) => facetWords.includes(w)));
    // "CSO skills and salary?": two things asked of the role, each answered, in the question's order.
    if (parts) {
      const others = specifics.filter((t) => !t.split('-').some((w) => parts.used.includes(w)));
      return done(noting(roleParts(lib, question, role, parts.facets, others)), parts.used);
    }
    // "and the one right under the CRO?", "who's directly above the team lead?": the role next to it
    // in the typical hierarchy, and its reporting line.
    const before = words.slice(0, pieces[mentions[0]?.start ?? 0]?.at ?? 0);
    // "who sits under the VP?", "e sotto il sales manager chi c'è?", "and under a CSO?": the people
    // under the role, its reporting line downward (which names the next rung).
    // (A role whose facts put no one under it, the AE or the SDR: the next rung down, if any.)
    if (UNDER_IT.test(before.join(' '))) {
      if (role.facets.reporting?.some(isDownward))
        return done(roleFacet(lib, question, role, 'reporting', true), before);
      const below = ladderNeighbour(lib.kb.roles, role, true);
      if (below) return done(roleFacet(lib, question, below, 'reporting'), before);
    }
    const next = nextOnLadder(lib, role, before);
    if (next) return done(roleFacet(lib, question, next.role, 'reporting'), next.used);
    // "sketch the org chart from the c-suite down to the SDRs": the whole ladder, the role only its end.
    const ladder = facet === 'reporting' && SPAN.test(said) ? ranked.find((h) => h.topic.ladder) : undefined;
    if (ladder)
      return done(topicAnswer(lib, question, ladder.topic, r.rest), SPAN.exec(said)?.[0].split(' '));
    // "who qualifies the leads before they go to the AEs", "who coaches AEs": the role named is
    // what another role acts on; the roles its knowledge says do it.
    if (!facet && (mentions[0]?.start ?? 0) >= 2 && WHO_ACTS.test(said)) {
      // The same role and words always find the same roles: composed once.
      const related = lib.once(role, `acted on ${specifics.join(' ')}`, question, (q) => {
        const others = relatedRoles(lib, role, specifics, 'in');
        return others.length > 0 ? relationAnswer(lib, q, role, others, specifics) : NOBODY;
      });
      if (related.matched) return done(noting(related));
    }
    // "what's the difference between a head of sales and a VP of sales": two names of one role.
    const setSide = !facet && words.some((w) => COMPARE_WORDS.has(w) || SAME.test(w));
    const twice = setSide
      ? roles.twice(tokens, (start, end) => titles.some((t) => start >= t.start && end <= t.end))
      : undefined;
    if (twice) {
      // Each name as typed, "of" and all.
      const [a, b] = twice.spans.map(({ start, end }) =>
        words.slice(pieces[start]?.at, (pieces[end - 1]?.at ?? 0) + 1).join(' '),
      ) as [string, string];
      const overview = roleOverview(lib, question, role);
      const intro = `${lib.msg.sameRole(a, b)} ${overview.intro ?? ''}`.trim();
      return done({ ...overview, intro }, [...a.split(' '), ...b.split(' ')]);
    }
    // "ideas for lead gen for our SDR team?": advice on a topic the role works in is that topic.
    // ("I manage 6 AEs and need to hire 3 more, any tips on recruiting?": advice on a topic of every
    // team, building one, whose facet the question asks.)
    const advice =
      ADVICE.test(said) &&
      ranked.find(
        (h) =>
          (h.topic.roles?.includes(role.id) || !h.topic.roles?.length) && (!facet || h.topic.facet === facet),
      );
    if (advice)
      return done(topicAnswer(lib, question, advice.topic, r.rest), ADVICE.exec(said)?.[0].split(' '));
    if (!facet) {
      const overview = done(noting(roleOverview(lib, question, role, asked)));
      // "CROs in Europe that run bioequivalence studies": an abbreviation alone, nothing asked of it
      // that the sources know, and several words they don't. Likely another sense of it: say so.
      // ("What does an interim CRO do at a hospital" asks what the role does: ours, partial.)
      // ("how many vacation days do AEs get": a detail asked of the role, whose "how many" is no
      // sign of another sense.)
      // ("we just got a new cro and everyone on the floor is freaking out. what does a cro even care
      // about": the sentence that asks is all ours; the scene before it is the asker's.)
      const asking = askingSentence(question);
      const askingSaid = asking && tokenize(asking).join(' ');
      const inAsking = (m: string) => !askingSaid || askingSaid.includes(tokenize(m).join(' '));
      const unknown = (overview.missing ?? []).filter((m) => !HOW_MUCH.test(m) && inAsking(m));
      // (In a thread just about the role, the abbreviation means it: "whats a normal span of control
      // for the vp?" after the VP of Sales.)
      const abbreviation =
        !found.some(byName) &&
        !r.previous?.roles.includes(role.id) &&
        kb.otherMeanings.find((e) => e.role === role.id);
      // ("we hired a cro ... and marketing and sales still dont talk": words of the trade say it is ours.)
      const trade = tokens.some((t) => DOMAIN_WORDS.has(t));
      if (
        abbreviation &&
        unknown.length >= 2 &&
        ranked.length === 0 &&
        !plan &&
        !ASKS_DOING.test(said) &&
        !trade
      ) {
        const quoted = unknown.map((m) => `“${m}”`).join(', ');
        const reason = lib.msg.unsureSense(abbreviation.abbreviation, role.name, quoted);
        return notFoundAnswer(question, [overviewFollowUp(role, lang)], lang, reason);
      }
      return overview;
    }
    // "when would a CSO be the wrong pick?": when not to hire one is when the other of the two fits,
    // which the choice between them weighs.
    const against =
      facet === 'hiring' && AGAINST.test(said)
        ? lib.kb.topics.find(
            (t) => t.facet === 'hiring' && t.roles?.length === 2 && t.roles.includes(role.id),
          )
        : undefined;
    if (against) return done(choiceAnswer(lib, question, against, []), said.match(AGAINST)?.[0].split(' '));
    const answer = roleFacet(
      lib,
      question,
      role,
      facet,
      facet === 'reporting' && asksDownward(tokens, mentions[0]),
      asked,
      facet === 'reporting' && facetWords.some((w) => SIDEWAYS.has(w)),
    );
    if (!asksHow(words, facet)) return done(noting(answer));
    const gap = lib.msg.howToHireNotCovered(withArticle(role, lang));
    return done(noting({ ...answer, coverage: 'partial', intro: gap }));
  };

  /** No role named: another title, a topic, a facet across roles, who does something, or a decline. */
  const noRole = (r: Reading): Answer => {
    const {
      question,
      words,
      said,
      lang,
      tokens,
      meaningful,
      decline,
      facet,
      facetWords,
      ranked,
      other,
      done,
      lib,
    } = r;
    if (other) return decline(otherRoleReason(other, lang));
    // "who's at the very top?", "chi c'è in cima?": the first (or last) role of the typical order, and
    // where it stands.
    const end = r.ladderEnd;
    if (end && (!facet || facet === 'reporting')) {
      const ladder = rolesByLevel(lib.kb.roles);
      const role = /^(?:top|highest|cima|vertice)$/.test(end[1] ?? '')
        ? ladder[0]
        : ladder[ladder.length - 1];
      if (role) return done(roleFacet(lib, question, role, 'reporting'), end[0].split(' '));
    }
    // ("trends shaping revenue leadership": the topic on the facet asked, over one its other words name.)
    const best = (facet && ranked.find((h) => h.topic.facet === facet)) || ranked[0];
    // What the best topic's own text speaks of ("follow-up emails" under sales tools) is its vocabulary
    // too: such a word is neither chatter nor unknown.
    const spoken = best ? lib.topicWords(best.topic) : undefined;
    // (Or another form of it: "forecasting" where the topic says "forecast".)
    const inTopic = (t: string) =>
      !!spoken && (spoken.has(stem(t)) || lib.related.of(t, stem).some((w) => spoken.has(w)));
    if (tokens.some((t) => isChatter(t) && !inTopic(t))) return decline();

    const matched = new Set([...facetWords, ...ranked.flatMap((h) => h.used)]);
    // A word the topic's text merely uses ("system", "management") counts half: with one keyword it
    // cannot make "automate my sprinkler system" a question about sales tools.
    let known = 0;
    for (const t of meaningful) known += standalone.has(t) || matched.has(t) ? 1 : inTopic(t) ? 0.5 : 0;
    const coverage = meaningful.length > 0 ? known / meaningful.length : 0;
    if (best && coverage > MIN_TOPIC_COVERAGE)
      return done(topicAnswer(lib, question, best.topic, meaningful, facet));
    // ("who sets quotas on a sales team?" asks which role: below.)
    const asksWhich = ASKS_WHICH_ROLE.test(said) && facet !== 'reporting';
    // ("salaries for all roles?", "which roles do you have salary numbers for": our roles, across.)
    const ofRoles = tokens.some((t) => /^(?:roles?|ruol[oi]|positions?|titles?)$/.test(t));
    const across = aboutSalesPeople(tokens) || ofRoles;
    if (facet && coverage >= MIN_FACET_COVERAGE && across && (!asksWhich || facet === 'compensation')) {
      // "how do we find good sales people to hire?": a topic of every team with that facet (building
      // a team) answers it, not when to hire each leader.
      const general = teamTopicOn(lib.kb.topics, facet, false);
      if (general) return done(topicAnswer(lib, question, general, meaningful));
      // "what KPIs should I be watching for my sales team?": a section written for every team (how a
      // team's performance is monitored), that section first; "sales leaders" are the leader roles.
      const forTeam = TEAM.test(said) ? teamTopicOn(lib.kb.topics, facet) : undefined;
      if (forTeam) return done(topicAnswer(lib, question, forTeam, [], facet));
      const across = facetAcrossRoles(lib, question, facet);
      if (across) return done(across);
    }
    // "who deals with complaints and discounts": the role whose facts say so.
    // ("who do they report to?" with no thread before it points at nobody: declined below.)
    // ("who negotiates the final terms, me or my manager?": the asker is no one said before.)
    const others = words.filter((w) => !/^(?:i|me|my|mine|myself|io|mi|mio|mia)$/.test(w));
    const toSomeone = () => pointsBack(others) || WHICH_OF_THEM.test(said) || THE_TWO.test(said);
    if (ASKS_WHICH_ROLE.test(said) && facet !== 'reporting' && !toSomeone()) {
      const specifics = meaningful.filter((t) => !DOMAIN_WORDS.has(t));
      // ("who won the champions league?": "won" is in the CSO's win rate, but the rest is of no duty.)
      if (lang === 'en' && mostlyStrange(lib, specifics)) return decline();
      // "who closes deals", "who sets quotas": a duty of several roles, if the question is about the
      // trade (a word of sales or of a facet, or only words of the roles' facts, one of them not an
      // everyday word: "who does the forecasting"), not "who closes the office".
      const trade =
        tokens.some((t) => DOMAIN_WORDS.has(t) || /^(?:leads?|prospects?)$/.test(t)) ||
        facet !== undefined ||
        (specifics.length > 0 &&
          specifics.every((t) => lib.knows(stem(t))) &&
          specifics.some((t) => !COMMON_WORDS.has(t) && lib.weight(stem(t)) > 0));
      const doer = roleDoing(lib, specifics, undefined, { bySummary: trade });
      if (doer) return done(roleOverview(lib, question, doer, specifics));
      const doers = trade ? whoDoes(lib, question, specifics) : undefined;
      if (doers) return done(doers);
    }
    return decline();
  };

  // "our CSO just quit and the VP of Sales might step up. what does a CSO even own?": a message of
  // several sentences asks in its last one; those before set the scene. Where the whole reads as
  // several roles and the last sentence names one of them itself, that sentence is what is answered.
  /** The role the asker says they hold ("I'm a sales manager", "sono un SDR"), if they say one. */
  const askerSelf = (question: string) => readAsker(question, roles)?.self;

  const answerQuestion: Answerer = (raw, previous) => {
    const answer = answerSentences(raw, previous);
    // "I'm the CSO", "my boss is the CRO": remembered through the thread (see `Turn.asker`).
    const asker = answer.matched ? readAsker(answer.question, roles) : undefined;
    return asker ? { ...answer, asker } : answer;
  };
  return answerQuestion;

  function answerSentences(raw: string, previous?: Turn): Answer {
    const whole = answerWhole(raw, previous);
    if (whole.subject.roles.length === 1 && whole.subject.facet) {
      const clause = clauseAsked(whole, previous);
      if (clause) return clause;
    }
    if (whole.subject.roles.length < 2) return topicAsked(whole, previous);
    const last = askingSentence(whole.question);
    // ("I'm an SDR. how is my job different from a BDR's?": "my job" is the role said before.)
    const self = last ? askerSelf(whole.question) : undefined;
    const lastSaid = last ? tokenize(last).join(' ') : '';
    if (!last || (MY_JOB.test(lastSaid) && self)) return whole;
    // ("im an sdr rn. what does the path to cso look like": the way from the asker's role, both.)
    if (self && whole.subject.roles.includes(self) && towardSelf(tokenize(whole.question).join(' ')))
      return whole;
    const asked = answerWhole(last, previous);
    const roles = asked.subject.roles;
    if (!asked.matched || asked.assumed || roles.length === 0) return whole;
    // The sentence that asks names one of the whole's roles ("... . what does a CSO even own?"), or
    // all of them, read differently from the whole: "What's the difference between a sales manager
    // and a team lead? Our org chart has both" asks the difference, not the reporting lines.
    // ("i have an interview for a team lead role. what do they do vs the sales manager?": "they" is
    // the role the sentence before named, so the whole is asked.)
    const pointsBefore = roles.length === 1 && THEY.test(lastSaid);
    const one = roles.length === 1 && whole.subject.roles.includes(roles[0] as string) && !pointsBefore;
    // ("we're ~30 ppl startup... cso or cro?": a choice for the situation told before stays one.)
    const same =
      roles.length === whole.subject.roles.length &&
      roles.every((r) => whole.subject.roles.includes(r)) &&
      asked.subject.facet !== whole.subject.facet &&
      !(whole.kind === 'topic' && asked.subject.facet === undefined);
    return one || same ? { ...asked, question: whole.question } : whole;
  }

  /**
   * "sto preparando l'onboarding, cosa fa di preciso un SDR?": the clause that asks, about the same
   * role, says what is asked of it; the one before only sets the scene ("onboarding" is no hiring).
   */
  function clauseAsked(whole: Answer, previous?: Turn): Answer | undefined {
    const clause = askingSentence(whole.question, true);
    if (!clause) return undefined;
    // ("and the bdrs below them, what's their job": "their" in the clause is the role named before
    // it, not the thread's; "below them" only placed them.)
    const [role] = whole.subject.roles;
    const told = answerWhole(clause, previous);
    const reread = told.assumed && !whole.assumed;
    const asked = reread ? answerWhole(clause, { kind: 'role', roles: [role as string] }) : told;
    const same = asked.subject.roles.length === 1 && asked.subject.roles[0] === role;
    // (Only a clause it answers in full: not a fragment cut off at the length limit.)
    return asked.matched &&
      asked.coverage === 'full' &&
      (!asked.assumed || reread) &&
      same &&
      asked.subject.facet !== whole.subject.facet
      ? { ...asked, question: whole.question, assumed: undefined }
      : undefined;
  }

  /**
   * "Our BDR team keeps missing pipeline targets. Any best practices on lead gen?": where the whole
   * message reads as a detail of one role that the sources lack, its last sentence may ask a topic
   * that role works in, fully answered: that is the question; the rest set the scene.
   */
  function topicAsked(whole: Answer, previous?: Turn): Answer {
    const [role] = whole.subject.roles;
    if (whole.matched && (!role || whole.coverage !== 'partial')) return whole;
    // ("pipeline is bone dry, how do we get more leads", declined as a whole and asked first: a
    // clause after a comma that asks is a sentence too.)
    // (In a thread, only a clause that asks which role: "and if a customer pushes back on price, which
    // role deals with discounts". "ok but our clinical trials need one, what do they charge" stays whole.)
    const inClause = askingSentence(whole.question, true);
    const whichRole = !!previous && !!inClause && WHICH_ROLE.test(tokenize(inClause).join(' '));
    const last = askingSentence(whole.question, !whole.matched && (!previous || whichRole));
    if (!last) return whole;
    const asked = answerWhole(last, previous);
    // "what KPIs should I be watching for my team? quarterly review coming up": the whole matched
    // nothing, the sentence that asks does. (Not where it names a role it declined: "sorry, wrong CRO,
    // I meant the contract research org. how do we pick one?")
    // (Nor where it names a title we don't cover: "no, the security one, our chief security officer.
    // what should they own" is about that officer.)
    if (!whole.matched) {
      const typed = fixWords(tokenize(whole.question));
      const naming =
        roles.find(typed).length > 0 || otherTitles(content(typed.map((t) => speller.correct(t)))).length > 0;
      return asked.matched && !naming ? { ...asked, question: whole.question } : whole;
    }
    // ("We keep hiring reps who flame out. How should we be recruiting salespeople?": a topic of every
    // team, building one, answers it.)
    const fits =
      asked.kind === 'topic' &&
      asked.coverage === 'full' &&
      (asked.subject.roles.includes(role as string) || asked.subject.roles.length === 0);
    if (fits) return { ...asked, question: whole.question };
    // "dobbiamo assumere il primo account executive. cosa fa esattamente?": the sentence that asks,
    // about the role the others name, read as the turn after them.
    if (asked.matched || asked.subject.roles.length > 0) return whole;
    const scene: Turn = { kind: whole.kind, roles: [...whole.subject.roles] };
    const onRole = answerWhole(last, scene);
    const same = onRole.matched && onRole.coverage === 'full' && onRole.subject.roles.join() === role;
    if (!same) return whole;
    const { assumed: _scene, ...own } = onRole;
    return { ...own, question: whole.question };
  }

  function answerWhole(raw: string, previous?: Turn): Answer {
    const question = cleanSlackText(raw);
    // Bounded work per question: nobody asks about sales roles in more than a few dozen words.
    const all = fixWords(tokenize(question));
    const words = all.length > MAX_WORDS ? all.slice(0, MAX_WORDS) : all;
    const said = words.join(' ');
    // "me lo riassumi in italiano?", "can you say that in english": the language asked for.
    // (Only a request to say it again: "do SDRs need to be fluent in Italian?" is asked in English.)
    const inLanguage = AGAIN_IN.test(said) ? said.match(IN_LANGUAGE) : null;
    const lang: Lang = inLanguage
      ? /^(?:italiano|italian)$/.test(inLanguage[1] ?? '')
        ? 'it'
        : 'en'
      : detectLanguage(question, words);
    const { lib } = languages[lang];
    // Each matching token remembers the word it came from, to name the words an answer left out.
    const pieces: Piece[] = [];
    for (let at = 0; at < words.length; at++) {
      const w = words[at] as string;
      if (STOPWORDS.has(w)) {
        if (!FILLERS.has(w)) pieces.push({ token: w, at });
        continue;
      }
      for (const token of speller.words(w)) if (!FILLERS.has(token)) pieces.push({ token, at });
    }
    const tokens: string[] = [];
    const meaningful: string[] = [];
    for (const { token } of pieces) {
      tokens.push(token);
      if (!STOPWORDS.has(token) && !missingWords.isNeutral(token)) meaningful.push(token);
    }
    const decline = (reason?: string) => notFoundAnswer(question, suggest(lang, meaningful), lang, reason);

    // ("who's at the very top?" is all small words, and asks the top of the hierarchy.)
    const ladderEnd = said.match(LADDER_END) ?? (onLadder(previous) ? said.match(OTHER_LADDER_END) : null);
    // ("how much does the manager make?", "top end?" after pay: small words too, which ask a facet.)
    const asksHelp =
      (meaningful.length === 0 || tokens.every((t) => HELP_WORDS.has(t) || STOPWORDS.has(t))) &&
      !ladderEnd &&
      !asksPayByMake(said) &&
      !facets.find(tokens).facet;
    // "thanks, that helps", "makes sense": nothing asked (the conversation replies to it in one line).
    if (words.length <= 6 && acknowledgement(question)) return helpAnswer(kb, question, lang);
    // "tell me more about them" is help-shaped, but in a conversation it is about the last answer.
    // ("and the manager?": "and" carries on from the last answer too.)
    if (asksHelp && !(previous && (pointsBack(words) || continuesOn(words)))) {
      if (tokens.some((t) => HELP_WORDS.has(t)) || meaningful.length === 0)
        return helpAnswer(kb, question, lang);
    }
    // "can you write me a cold email to send to one": a text to write, not a question.
    if (asksToWrite(said)) return decline(writingReason(lang));
    // "how much did our AEs close last month": the asker's own figures, which no source has.
    if (asksOwnFigures(said)) return decline(ownFiguresReason(lang));
    // "how are commissions taxed in Italy": tax rules, not the roles.
    if (asksTaxes(said)) return decline(taxesReason(lang));
    // "which CRO is the best in SaaS, give me names": people, whom no source names.
    if (asksNames(said)) return decline(namesReason(lang));
    // "my manager keeps ignoring my slack msgs, how do i handle that": one workplace's people.
    // (Not where it asks of one of our roles: "my manager ignores me, what does a sales manager do?".)
    if (asksWorkplace(said) && roles.find(tokens).length === 0) return decline(workplaceReason(lang));
    // "how much is Gong per seat these days": what a tool costs, which no source gives.
    if (asksToolPrice(said)) return decline(toolPriceReason(lang));
    // "what's Mark Roberge's take on hiring reps?": one person's views. ("the Chief Revenue Officer's
    // view" is the role's.)
    const opinionOf = personsOpinion(question, (name) => roles.find(fixWords(tokenize(name))).length > 0);
    if (opinionOf) return decline(opinionReason(opinionOf, lang));

    // "for our managers": the token right after a possessive or article is people of the company.
    const determined = new Set<number>();
    for (let i = 0; i < pieces.length; i++) {
      const at = (pieces[i] as Piece).at;
      if (at > 0 && DETERMINERS.has(words[at - 1] as string)) determined.add(i);
    }
    const titles = otherTitles(tokens, determined, asking);
    const spelled = roles.find(
      tokens,
      titles.length > 0 ? (start, end) => titles.some((t) => start >= t.start && end <= t.end) : undefined,
    );
    // "which of the two rep roles is more B2B": the roles whose titles share the word.
    const grouped = spelled.length > 0 ? spelled : rolesInGroup(roles, tokens);
    // "who owns the budget, the manager or the VP?", "or is that only the manager's job?": in a
    // thread, a bare "manager" offered as one side of a choice is our Sales Manager; so is one a
    // route starts from ("from manager to VP").
    const found = manager ? withChoiceManager(grouped, tokens, titles, manager, !!previous) : grouped;
    // "our CSO runs the SOC 2 audit": an abbreviation used in another of its senses is not our role.
    // Spelling the title out anywhere in the question settles it for ours.
    const byName = (m: (typeof found)[number]) => !meanings.roleOf(spanText(tokens, m.start, m.end));
    let clash: ReturnType<typeof meanings.clash>;
    for (const m of found) {
      if (byName(m) || found.some((n) => n.role === m.role && byName(n))) continue;
      clash = meanings.clash(words, m.role.id);
      // "does sustainability come up for CSOs and CROs?": another of our roles named beside it, in
      // no other sense, says the abbreviation is ours too.
      if (clash && found.some((n) => n.role !== m.role && !meanings.clash(words, n.role.id)))
        clash = undefined;
      if (clash) break;
    }
    const spoken = clash ? found.filter(byName) : found;
    // "sono sales manager e vorrei nominare un team leader: quali sono i suoi compiti?": the asker's
    // own role, named to set the scene, is not what is asked about when another role is (unless the
    // two are set side by side, or the asker asks about their own job).
    // ("im an sdr, what does the path to cso look like": the way from the one to the other, both.)
    const self =
      spoken.length === 2 &&
      !SIDE_BY_SIDE.test(said) &&
      !MY_JOB.test(said) &&
      !towardSelf(said) &&
      !asksOfSelf(question, lang)
        ? askerSelf(question)
        : undefined;
    // ("new sales manager here, what metrics should i be tracking for my team": the asker's team,
    // which every sales team's facts answer, not the asker's own role.)
    const [only] = spoken;
    const ownTeam =
      spoken.length === 1 &&
      MY_TEAM.test(said) &&
      !MY_JOB.test(said) &&
      askerSelf(question) === only?.role.id;
    const setting = self ? spoken.filter((m) => m.role.id === self) : ownTeam ? spoken : [];
    const stated = setting.length === 1 ? spoken.filter((m) => !setting.includes(m)) : spoken;
    // "who would they report to? we have no CSO or CRO yet": roles said to be missing are not asked
    // about (beside another role, or the thread's).
    const lacking = stated.filter((m) => saysLacking(words, pieces[m.start]?.at ?? 0));
    const aside =
      lacking.length > 0 && (lacking.length < stated.length || (previous && THEY.test(said))) ? lacking : [];
    const mentions = aside.length > 0 ? stated.filter((m) => !aside.includes(m)) : stated;
    if (clash && mentions.length === 0) {
      const ours = found.map((m) => m.role);
      return notFoundAnswer(
        question,
        ours.map((r) => overviewFollowUp(r, lang)),
        lang,
        clashReason(clash, ours[0], lang),
      );
    }
    // Filled one by one rather than mapped: every question then makes its list the same way, the
    // kind of array V8 saw while the answerer was interpreted (an array made by an optimized map()
    // was not, and sent the optimized answerer back to the interpreter at its first use).
    const named: Role[] = [];
    for (const m of mentions) named.push(m.role);
    // Words inside a role's name ("manager" in "sales manager") say nothing about the facet asked.
    const outside = (i: number) =>
      !mentions.some((m) => i >= m.start && i < m.end) &&
      !setting.some((m) => i >= m.start && i < m.end) &&
      !aside.some((m) => i >= m.start && i < m.end);
    const rest = mentions.length > 0 ? tokens.filter((_, i) => outside(i)) : tokens;
    // "how much does the one at Oracle make": the pointer says which role, not what is asked.
    const pointer = previous ? pointerWords(words) : NO_POSITIONS;
    const asked = pointer.size ? pieces.filter((p, i) => !pointer.has(p.at) && outside(i)) : undefined;
    // "how many calls a day": a rate of work is measured (metrics), whatever "day" says on its own.
    const rate = asksRate(words, said);
    // Nor do the words of another title ("manager" in "account manager").
    // Nor does a word we don't know right before a role's name: "how much does a fractional CRO
    // cost" still asks pay (and "fractional" is still reported as not covered).
    const qualifier = (t: string, i: number) =>
      mentions.some((m) => m.start === i + 1) && !vocabulary.has(t) && !lib.knows(stem(t));
    // Nor do words that set the scene ("my boss is the VP of Sales, what's her actual role"). With
    // two roles named, they set how the two stand: "my boss is the CRO and I'm the CSO, how does
    // that work" asks the reporting line.
    // In a thread that knows the asker's boss, "my boss" names that role, and asks no reporting line
    // ("what does my boss get judged on").
    const boss = (previous?.asker?.boss || previous?.asker?.self) && MY_BOSS.exec(said);
    // Nor does a subject set aside: "ok, forget the salary, what does a BDR do?".
    const scene = [
      ...(mentions.length < 2 ? sceneWords(said) : []),
      ...(boss ? boss[0].split(' ') : []),
      ...waivedWords(said),
    ];
    const untitled =
      titles.length > 0 || mentions.length > 0 || scene.length > 0
        ? tokens.filter((t, i) => outside(i) && !covers(titles, i) && !qualifier(t, i) && !scene.includes(t))
        : rest;
    // "what would an SDR make": "make" closing the question asks pay.
    const makes = rate ? undefined : asksPayByMake(said);
    const read = rate
      ? { facet: 'metrics' as FacetKey, used: rate }
      : makes
        ? { facet: 'compensation' as FacetKey, used: makes }
        : facets.find(asked ? asked.map((p) => p.token) : untitled);
    const roleAt = mentions[0] && pieces[mentions[0].start]?.at;
    // "CSO skills and salary?", "what do they do day to day and who do they report to": two things
    // asked, each a facet of its own; the first leads. (Read only where one role is asked about.)
    // ("their day, challenges-wise" names the one facet asked: no second part.)
    const parts =
      rate || pointer.size || (!previous && named.length !== 1) || read.used.includes('wise')
        ? undefined
        : askedParts(facets, question, words, tokens, pieces, [mentions, titles, setting], scene);
    const two = parts && (!read.facet || parts.facets.includes(read.facet)) ? parts : undefined;
    const first = two ? { facet: two.facets[0], used: two.used } : read;
    // "does a CSO do the hiring?": hiring the team is one of the role's duties. "customer service, is
    // that under them?": whether it is part of the role's work (an overview led by it), not the
    // role's reporting line.
    const facet =
      first.facet === 'hiring' && roleHires(words, roleAt, first.used)
        ? ('responsibilities' as FacetKey)
        : first.facet === 'reporting' &&
            asksRemit(
              words,
              first.used,
              rest,
              titles.length > 0,
              (t) => !missingWords.isNeutral(t) && (vocabulary.has(t) || lib.knows(stem(t))),
            )
          ? undefined
          : first.facet;
    const also = two && facet === two.facets[0] ? two.facets[1] : undefined;
    const facetWords = first.used;
    const ranked = leadersLast(topics.rank(rest), named.length === 0 && aboutSalesPeople(tokens));
    // ("the ceo asked me to pitch a crm stack. what do ppl use?": a title that asks or says is the
    // scene, not what is asked about; "the ceo asked me what a cmo does" asks of the CMO.)
    const otherSpan = titles.find(
      (t) => !mentions.some((m) => m.start < t.end && t.start < m.end) && !SPEAKS.test(tokens[t.end] ?? ''),
    );
    const other = otherSpan?.title;
    // Words the matching consumed; the rest must appear in the answer or be reported missing.
    // ("assuming we hire both, who ...": the situation set up is read, not left out.)
    const supposed = previous ? supposedWords(words) : NO_WORDS;
    const used = (t: string) =>
      DOMAIN_WORDS.has(t) ||
      COMPARE_WORDS.has(t) ||
      facetWords.includes(t) ||
      inSpans(tokens, mentions, t) ||
      inSpans(tokens, titles, t) ||
      supposed.has(t) ||
      scene.includes(t);
    // `read`: more words the reading consumed ("first" in "the first one").
    const done = (answer: Answer, read: readonly string[] = []) => {
      // (A comparison of roles a topic is about speaks of that topic: "sdr vs bdr lead generation".)
      const about = (h: TopicHit) => answer.subject.roles.every((id) => h.topic.roles?.includes(id));
      const topic =
        ranked.find((h) => h.topic.id === answer.subject.topic) ??
        (answer.kind === 'comparison' && answer.subject.roles.length > 1 ? ranked.find(about) : undefined);
      const also = (t: string) => read.includes(t) || !!topic?.used.includes(t);
      return accounted(answer, question, pieces, said, (t) => used(t) || also(t));
    };
    // One of ours set against a title we don't cover ("cmo vs cro"): answer ours and say so. With two
    // of ours, another title is only context ("does the CSO or the CRO work with the CMO").
    // Half the question is left unanswered: the answer is partial, and the title is missing.
    const noting = (answer: Answer): Answer =>
      other && named.length === 1 && words.some((w) => COMPARE_WORDS.has(w))
        ? {
            ...answer,
            coverage: 'partial',
            missing: [other],
            intro: `${otherRoleReason(other, lang)} ${answer.intro ?? ''}`.trim(),
          }
        : answer;

    // (Only of someone in sales: "chi è il miglior allenatore di calcio" names no company's role.)
    const inSales =
      previous !== undefined ||
      named.length > 0 ||
      titles.length > 0 ||
      tokens.some((t) => DOMAIN_WORDS.has(t));
    const holder = inSales ? namedHolder(question, ownWord) : undefined;
    // What the question asks beyond its roles and pointers: the words a follow-up is matched on.
    const own = previous ? ownWords(pieces, pointer, outside, missingWords) : undefined;
    // ("who's at the very top?" after the hierarchy asks its top, not all eight roles again.)
    const plan =
      previous &&
      own &&
      (ladderEnd
        ? undefined
        : followUpPlan(lib, previous, {
            words,
            rest,
            named,
            facet,
            topic: ranked.length > 0,
            general: aboutSalesPeople(tokens),
            otherTitle: other !== undefined,
            ...(otherSpan ? { otherTitleAt: pieces[otherSpan.start]?.at ?? 0 } : {}),
            rate: rate !== undefined,
            telling: own.telling,
            loose: own.loose,
            // ("just got promoted to sales manager, what should I focus on": the asker's own move, done.)
            destination:
              mentions.length === 1 &&
              !scene.includes('promoted') &&
              DESTINATION.test(words.slice(0, pieces[mentions[0]?.start ?? 0]?.at).join(' ')),
            facetWords,
            ...(also ? { also } : {}),
            ...(previous?.kind === 'topic' && previous.topic
              ? { previousTopic: carries[lang].get(previous.topic) }
              : {}),
          }));
    const r: Reading = {
      ladderEnd,
      previous,
      question,
      words,
      said,
      lang,
      pieces,
      tokens,
      meaningful,
      decline,
      titles,
      found,
      byName,
      mentions,
      named,
      outside,
      rest,
      parts,
      facet,
      facetWords,
      ranked,
      other,
      done,
      noting,
      holder,
      own,
      plan,
      lib,
    };
    const threaded = inThread(r);
    if (threaded) return threaded;
    if (named.length >= 2) return twoRoles(r);
    const [role] = named;
    if (role) return oneRole(r, role);
    return noRole(r);
  }
}

/**
 * The role right under (or over) `role` in the typical order, when `before` (the words before the
 * role's name) asks for it: "the one right under", "quello sopra". ("who's above the team lead?"
 * is the Team Lead's reporting line, which names its boss.)
 */
function nextOnLadder(
  lib: Library,
  role: Role,
  before: readonly string[],
): { role: Role; used: string[] } | undefined {
  const m = before.join(' ').match(NEXT_TO);
  if (!m) return undefined;
  const next = ladderNeighbour(
    lib.kb.roles,
    role,
    /^(?:under|below|beneath|underneath|sotto)$/.test(m[2] ?? ''),
  );
  return next ? { role: next, used: m[0].split(' ') } : undefined;
}
const NEXT_TO =
  /(?:^|\b)(?:the one|the role|the person|the position|the level|quello|quella|il ruolo)(?: that| who| which| che)?(?: is| s| sits| comes| sta| c e| viene)? (right |directly |just |immediately |subito )?(under|below|beneath|underneath|above|over|sotto|sopra)(?: the| a| an| il| lo| la| l| al| allo)?$/;

/** "who's under the sales manager?", "e sotto il sales manager chi c'è?", "and under a CSO?": who is under it. */
const UNDER_IT =
  /(?:(?:^|\b)(?:who|whos|who s|what|whats|what s|chi)(?: is| s| sits| comes| c e| e| sta)? |^(?:e |and |so |ok )?)(right |directly |just |immediately |subito )?(under|below|beneath|underneath|sotto)(?: the| a| an| il| lo| la| l| al| allo)?$/;

/**
 * "forget the salary", "never mind pay", "lascia stare lo stipendio": a subject set aside, up to two
 * words after the phrase, which ask nothing.
 */
const WAIVE =
  /\b(?:forget(?: about)?|never ?mind|leave aside|aside from|apart from|lascia(?:mo)? (?:stare|perdere)|a parte)(?: (?:the|their|his|her|lo|la|il|l|i|gli|le|il loro))?(?: [a-z]+){1,2}?(?=$| (?:and|but|what|how|who|e|ma|un|una|uno|the|a|an|invece)\b)/g;

/** The words of the phrases that set a subject aside (see WAIVE), if any. */
const waivedWords = (said: string): string[] =>
  /forget|mind|aside|apart|lascia|parte/.test(said)
    ? [...said.matchAll(WAIVE)].flatMap((m) => m[0].trim().split(' '))
    : [];

/**
 * "we have no CSO or CRO yet", "without a VP", "non abbiamo un CRO": the words before a role's name
 * (within its sentence) say the company lacks it.
 */
const LACKING =
  /\b(?:no|without|don t have|do not have|dont have|haven t got|there s no|there is no|senza|non abbiamo|non c e)(?: (?:a|an|any|un|una|uno|nessun|nessuna))?(?: [\w-]+ (?:or|nor|and|o|ne|e)(?: (?:a|an|un|una))?)? $/;

/** "they", "him", "loro": a person the thread has named. */
const THEY = /\b(?:they|them|their|theyre|he|she|him|her|lui|lei|loro)\b/;

/** Whether the words before position `at` of `words`, in its sentence, say the role there is lacking. */
function saysLacking(words: readonly string[], at: number): boolean {
  const before = `${words.slice(Math.max(0, at - 8), at).join(' ')} `;
  return /\b(?:no|without|don t|do not|dont|haven t|senza|non)\b/.test(before) && LACKING.test(before);
}

/** "my sales team", "the team", "il team": a team as a whole, not its leaders. */
const TEAM = /\b(?:team|teams|squadra)\b/;

/** "in italiano", "in English": the language a reply is asked in. */
const IN_LANGUAGE = /\b(?:in|into|to) (italiano|italian|inglese|english)\b/;

/** Words that set two roles side by side: then the asker's own role is one of the two. */
const SIDE_BY_SIDE =
  /\b(?:vs|versus|compare|compared|comparison|difference|different|differ|diff|than|between|rispetto|differenza|diverso|confronto)\b/;
/**
 * "I'm an SDR, who do I pass leads to?": after the clause that says who the asker is, another speaks
 * of the asker ("I", "me", "my"), so the asker's role is still asked about.
 */
function asksOfSelf(question: string, lang: Lang): boolean {
  const clauses = question
    .toLowerCase()
    .split(/[,.;:!?]|\b(?:and|but|e|ma)\b/)
    .filter((c) => /\p{L}/u.test(c));
  // The clause that asks: the last one ("..., what are their duties?"). (Italian "i" is "the".)
  const asking = clauses.length > 1 ? (clauses[clauses.length - 1] as string) : '';
  const me = lang === 'it' ? /\b(?:io|mi|me|mio|mia|miei|mie)\b/ : /\b(?:i|me|my|mine)\b/;
  return me.test(asking);
}

/** What someone does who sets a question going: "the CEO asked me", "our CMO wants", "il CEO chiede". */
const SPEAKS =
  /^(?:asked|asks|asking|wants|wanted|said|says|told|tells|thinks|thought|suggested|suggests|insists|insisted|chiede|chiesto|vuole|dice|detto|pensa)$/;

/** "for my team", "what should my team track": the team the asker leads, as what is asked about. */
const MY_TEAM =
  /\bfor (?:my|our) (?:sales )?(?:team|reps)\b(?! lead)|\b(?:my|our) (?:sales )?team (?:should )?(?:track|use|measure|be tracking|watch)\b|\bper il (?:mio|nostro) team\b/;

/** "my job", "my responsibilities", "il mio ruolo": the asker asks about their own role. */
const MY_JOB =
  /\b(?:my|mine|mio|mia|miei|mie) (?:own )?(?:job|role|duties|responsibilities|day|work|pay|salary|boss|career|ruolo|lavoro|compiti|responsabilita|giornata|stipendio|capo)\b|\b(?:i|io) (?:do|own|handle|faccio|gestisco)\b/;

/**
 * "who's at the very top?", "who sits at the bottom of a sales org?", "chi c'è in cima alla gerarchia
 * delle vendite?": an end of the hierarchy, just described or named.
 */
const LADDER_END =
  /^(?:(?:so|and|ok|okay|k|kk|thx|thanks|cool|great|fine|alright|nice|yeah|yep|hey|hi|e|grazie) )*(?:who|whos|whose|who s|which role|what role|chi)(?: is| s| sits| comes| sta| c e| e)? (?:at|on|in) (?:the )?(?:very )?(top|bottom|cima|vertice|fondo)(?: (?:of (?:it|that|them|the list|the ladder|(?:a |an |the |our |your )?(?:typical )?(?:sales )?(?:org|organi[sz]ation|hierarchy|ladder|team|department))|(?:alla|della|nella|dell) (?:gerarchia|organizzazione|struttura|scala|organigramma)(?: (?:delle vendite|commerciale|di vendita|vendite))?|there|then|again))?$/;

/** "and at the bottom?" after one end of the hierarchy, or the hierarchy: the other end, or that one. */
const OTHER_LADDER_END =
  /^(?:and|what about|how about|e|e invece)(?: (?:at|on|in|who s at|who is at|whos at))? (?:the )?(?:very )?(top|bottom|cima|vertice|fondo)(?: one| of it| of the ladder)?$/;

/** "how would I get to CSO", "how do I become a CRO", "my path to VP": the asker reaching a role. */
const TOWARD =
  /\b(?:i|im|ive|id|me|my)\b.*\b(?:get to|getting to|become|becoming|reach|move (?:up )?(?:in)?to|path to|route to|road to|way to|want to be|wanna be|to be an?|diventare|arrivare a)\b/;

/**
 * The asker reaching a role ("im an sdr, what does the path to cso look like"), not someone else who
 * gets somewhere in the same message ("im an sdr, how do aes reach their quota?").
 */
const towardSelf = (said: string) => TOWARD.test(said) && !OTHERS_REACH.test(said);
/** "how do AEs reach", "once they get to": someone other than the asker getting somewhere. */
const OTHERS_REACH =
  /\b(?:they|he|she|aes?|sdrs?|bdrs?|reps?|people|ppl|someone|csos?|cros?|vps?|managers?|leads?)(?: \w+)? (?:get to|gets to|reach|reaches|become|becomes)\b/;

/** "end up as", "wants to be", "become": someone reaching a role. */
const REACHES =
  /\b(?:end up as|end up an?|ends up as|become|becomes|becoming|move up to|make it to|wants to be|want to be|wanna be|path to|path there|road to|diventare|diventa)\b/;

/** "from the c-suite down to the SDRs", "top to bottom": a span of the hierarchy, not one role's place. */
const SPAN =
  /\b(?:down to|all the way (?:down|up)|top to bottom|top down|bottom up|from top|dall alto|fino (?:a|ai|agli|al|alle))\b/;

/** "tips", "ideas", "best practices", "consigli": advice asked, which a topic gives and a role does not. */
const ADVICE =
  /\b(?:tips?|ideas?|tactics?|strateg(?:y|ies)|best practices?|advice|playbook|consigli|idee|suggerimenti|strategie)\b/;

/**
 * Topics ranked, those about particular leaders (a facet weighed for its roles: whom to hire, a CSO or
 * a CRO; where the two roles are heading) after the topics of every team when they tie ("analytics
 * tool recs?" asks for sales tools, not the leaders' trends), and always when the question is about
 * sales people in general ("how should we hire and train new reps" is building a team).
 */
function leadersLast(ranked: TopicHit[], salesPeople: boolean): TopicHit[] {
  const leaders = (h: TopicHit) => (h.topic.facet && h.topic.roles?.length ? 1 : 0);
  return ranked
    .map((h, i) => ({ h, i }))
    .sort((a, b) =>
      salesPeople
        ? leaders(a.h) - leaders(b.h) || a.i - b.i
        : b.h.score - a.h.score || leaders(a.h) - leaders(b.h) || a.i - b.i,
    )
    .map(({ h }) => h);
}

/** Words that ask for a choice, not describe the situation it is for ("do we want a CSO or a CRO"). */
// biome-ignore format: a word list reads best packed
const CHOOSING = new Set([
  'want', 'need', 'hire', 'hiring', 'choose', 'pick', 'get', 'go', 'better', 'best', 'fit', 'right', 'first',
  'serve', 'served', 'vogliamo', 'assumere', 'scegliere', 'meglio',
]);

/**
 * The sentence of two or more that asks: the last one that ends in a question mark or opens with a
 * question word ("What's the difference ...? Our org chart has both."). Not one that only carries
 * another on ("... b2b or b2c? and bdrs?"). Undefined for a single sentence.
 */
function askingSentence(question: string, clauses = false): string | undefined {
  const sentences = question
    .split(clauses ? CLAUSE_BREAK : SENTENCE_BREAK)
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
  if (sentences.length < 2) return undefined;
  const asking = sentences.filter((s) => s.trim().endsWith('?') || QUESTION_WORD.test(s));
  const last = asking[asking.length - 1];
  return last && !CARRIES_ON.test(last) ? last : undefined;
}

const SENTENCE_BREAK = /(?<=[.!?])\s+/;

/** Where a sentence ends, or a clause that asks begins after a comma, semicolon, colon or dash. */
const CLAUSE_BREAK =
  /(?<=[.!?])\s+|[,;:]\s+(?=(?:what|whats|what's|who|how|why|which|where|when|cosa|chi|come|quanto|quale|perche|perché|dove)\b)|\s+[-–—]\s+(?=(?:what|whats|what's|who|how|why|which|where|when)\b)/i;

/** "and BDRs?", "what about the CRO?", "e gli SDR?": a sentence that carries the one before on. */
const CARRIES_ON = /^\s*(?:and|or|also|plus|what about|how about|same for|e|o|anche|invece)\b/i;

const QUESTION_WORD =
  /^\s*(?:what|whats|what's|who|whom|whose|how|why|when|where|which|does|do|is|are|can|should|cosa|chi|come|quanto|quale|quali|perche|perché|dove|quando)\b/i;

const isFacet = (f: string | undefined): f is FacetKey => FACETS.includes(f as FacetKey);

type Mention = { role: Role; start: number; end: number };

/**
 * The mentions, with a bare "manager" that is one side of a choice in a thread ("the manager or the
 * VP", "or is that the manager's job") or the start of a route to a role named ("from manager to
 * VP") read as the Sales Manager; another title's "manager" stays that title.
 */
function withChoiceManager(
  found: Mention[],
  tokens: readonly string[],
  titles: ReadonlyArray<{ start: number; end: number }>,
  manager: Role,
  thread: boolean,
): Mention[] {
  if (found.length === 0 && !thread) return found;
  const at = tokens.findIndex(
    (t, i) => (t === 'manager' || t === 'managers') && !covers(titles, i) && !covers(found, i),
  );
  if (at < 0 || found.some((m) => m.role.id === manager.id)) return found;
  // "how long to go from manager to VP", "da manager a VP": the start of a route to a role named.
  // ("from AE to manager": the end of one.)
  const before = tokens[at - 1] as string;
  const route =
    found.length > 0 &&
    (FROM.has(before) || (TO.has(before) && tokens.slice(0, at).some((t) => FROM.has(t))));
  // ("who does the recruiting, the team lead or the manager?": offered beside one of ours, it is ours.)
  const offered =
    found.length > 0 && [tokens[at - 2], tokens[at - 1], tokens[at + 1]].some((t) => OR.has(t as string));
  // ("whats the difference between the manager and the team lead?": set beside one of ours, too.)
  const beside =
    found.length > 0 &&
    SIDE_BY_SIDE.test(tokens.join(' ')) &&
    [tokens[at - 2], tokens[at - 1], tokens[at + 1]].some((t) => /^(?:and|vs|versus|e)$/.test(t ?? ''));
  if (!route && !offered && !beside && !(thread && tokens.some((t) => OR.has(t)))) return found;
  return [...found, { role: manager, start: at, end: at + 1 }].sort((a, b) => a.start - b.start);
}

const NO_POSITIONS: ReadonlySet<number> = new Set();
const NO_WORDS: ReadonlySet<string> = new Set();

/** Tokens `start` to `end` (exclusive) as one string: "chief revenue officer". */
const spanText = (tokens: readonly string[], start: number, end: number) =>
  end - start === 1 ? (tokens[start] as string) : tokens.slice(start, end).join(' ');

/** Whether one of the spans covers position `i`. */
function covers(spans: ReadonlyArray<{ start: number; end: number }>, i: number): boolean {
  for (const s of spans) if (i >= s.start && i < s.end) return true;
  return false;
}

/** Whether `token` is one of the tokens the spans cover. */
function inSpans(
  tokens: readonly string[],
  spans: ReadonlyArray<{ start: number; end: number }>,
  token: string,
): boolean {
  for (const s of spans) for (let i = s.start; i < s.end; i++) if (tokens[i] === token) return true;
  return false;
}

/**
 * The question's own words, outside its roles and pointers, that say what it asks: telling words,
 * and neutral ones (loose) that may find a fact but are never needed to.
 */
function ownWords(
  pieces: readonly Piece[],
  pointer: ReadonlySet<number>,
  outside: (i: number) => boolean,
  neutral: MissingWords,
): { telling: string[]; loose: string[]; domain: string[] } {
  const telling: string[] = [];
  const loose: string[] = [];
  const domain: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as Piece;
    if (pointer.has(p.at) || !outside(i) || STOPWORDS.has(p.token)) continue;
    if (DOMAIN_WORDS.has(p.token)) domain.push(p.token);
    else (neutral.isNeutral(p.token) ? loose : telling).push(p.token);
  }
  return { telling, loose, domain };
}

/**
 * The question's words, those typed as one chunk joined ("part-time", "follow-up"): a fact answers
 * "part-time" only if it speaks of both parts, not of "part" here and "time" there.
 */
function compounds(question: string, pieces: readonly Piece[]): string[] {
  // Mostly one word per chunk: then only a word the speller split ("teamlead") shares one.
  const chunkOf = hasCompounds(question) ? chunksOf(question).chunkOf : [];
  const out: string[] = [];
  let last = -1;
  for (const p of pieces) {
    const chunk = chunkOf[p.at] ?? -1 - p.at;
    if (chunk === last && out.length > 0) out[out.length - 1] += `-${p.token}`;
    else out.push(p.token);
    last = chunk;
  }
  return out;
}

/** "promoting an AE to", "moving our SDR into", "promuovere un AE a": someone moved to the next role named. */
const MOVE_TO =
  /\b((?:promot|move|moving|moved|transition|switch|step|stepping|promuov)\w*)\b.*\b(?:to|into|a|in|as)(?: (?:an?|the|un|una|uno|il|lo|la|l))?$/;

/** Words of a route between two roles: "from SDR to AE", "promoted into", "diventare". */
const ROUTE = /\b(?:from|to|into|become|becoming|promot\w*|move|moving|da|diventare)\b/;

/** "from manager to VP", "da manager a VP": where a route starts, and where it goes. */
const FROM = new Set(['from', 'da']);
const TO = new Set(['to', 'into', 'a']);
/** "CSO or CRO?": the words that offer a choice. */
const OR = new Set(['or', 'o', 'oppure']);
/** "who owns ...", "which one runs ...", "chi gestisce ...": one role asked for ("who is ..." is not). */
const ASKS_FOR_ONE =
  /^(?:(?:so|and|ok|okay|but|hey|e|ma) )?(?:which(?: one| of them| of the two| role)?|who|whos|chi)\b(?! (?:is|s|are|re|was|were|e|sono)\b)/;
/** "who do the SDRs hand leads to, ...": a role right after one of these is the question's subject. */
const AUXILIARY = /^(?:do|does|did|is|are|was|were|should|would|can|will)$/;
/** The word before position `at`, past any article ("do" in "who do the SDRs"); -1 when none. */
function beforeName(words: readonly string[], at: number): number {
  let i = at - 1;
  while (i >= 0 && /^(?:the|a|an|our|their|your|my|its)$/.test(words[i] as string)) i--;
  return i;
}
/** Facets asked of the roles themselves, not words of a company's situation ("customer success"). */
const OF_THE_ROLE = new Set<FacetKey>([
  'compensation',
  'reporting',
  'responsibilities',
  'daily',
  'skills',
  'trends',
]);
/** "we", "our", "noi": the asker speaks of their own company; "more" sets the roles side by side. */
const ours = (words: readonly string[]) =>
  words.some((w) =>
    /^(?:we|were|our|ours|us|noi|nostra|nostro|nostri|nostre|abbiamo|siamo|dovremmo)$/.test(w),
  ) && !words.some((w) => /^(?:more|less|higher|lower|most|least|piu|meno)$/.test(w));

/** Possessives and articles: "our managers" are people of the company, not a title we don't cover. */
// biome-ignore format: a word list reads best packed
const DETERMINERS = new Set(['our', 'my', 'your', 'their', 'the', 'these', 'those', 'nostri', 'vostri', 'miei']);

/** "how do I hire a good CRO": the hiring facet says when a company should hire one, not how. */
const asksHow = (words: readonly string[], facet: FacetKey) =>
  facet === 'hiring' &&
  words.some((w) => w === 'how' || w === 'come') &&
  !words.some((w) => /^(?:when|should|whether|need|quando)$/.test(w));

/** "which of them", "who of the two", "chi dei due": one of the roles just discussed. */
const WHICH_OF_THEM =
  /\b(?:(?:which|who|whom)(?: one)? of (?:them|the two|the 2|the three|the 3|these|those|both|all three)|which one|^(?:(?:so|and|ok) )?which(?= (?:is|s|does|has|needs|gets|runs|owns|handles|works|deals|cares)\b)|the (?:former|first) or the (?:latter|second)|(?:chi|quale|quali) (?:dei|fra i|tra i) due)\b/;

/**
 * A facet one of two roles can be picked on. Not pay or anything ranked ("which one earns more"), nor
 * which to hire ("which one suits a startup?"), which the sources weigh for both, nor how the two
 * stand ("chi dei due riporta all'altro?"); whom one works with is one's own ("which works with the
 * board").
 */
// ("which of them needs more finance chops?": the one whose skills say it; "which one is more
// senior?", "who is higher?" rank the reporting lines, set side by side.)
const pickable = (facet: FacetKey, said: string) =>
  facet !== 'compensation' &&
  facet !== 'hiring' &&
  !(facet === 'reporting' && RANKED.test(said)) &&
  !(facet === 'reporting' && BETWEEN_THEM.test(said));
/** Words that place a role on the ladder ("higher", "ranks", "più in alto"): the reporting line answers them. */
const PLACING =
  /^(?:higher|highest|lower|lowest|ranks?|ranking|senior|junior|above|below|alto|basso|sopra|sotto|top|bottom)$/;

const RANKED =
  /\b(?:more|less|most|least|higher|lower|bigger|smaller|better|worse|harder|easier|tougher|toughest|hardest|senior|junior|piu|meno)\b/;
const BETWEEN_THEM =
  /\b(?:other|others|altro|altra|each other|one another|whom|to who|between them|tra loro|fra loro|a chi|chi riporta)\b/;

/**
 * "the wrong pick", "a bad choice", "a mistake to hire", "when not to": hiring asked against the
 * role. (Not "the biggest mistake when hiring a CSO", which asks about the hiring itself.)
 */
const AGAINST =
  /\b(?:(?:wrong|bad|poor) (?:pick|choice|fit|hire|call|move|one)|(?:a )?mistake to (?:hire|pick|go with)|(?:be|is|was) a (?:mistake|bad idea)|when not|not (?:the )?right (?:pick|choice|fit|one)|shouldn t (?:hire|pick|get)|scelta sbagliata|sbagliat[ao] da assumere|non conviene)\b/;

/** Articles before a role's name: "who supervises the VP", "all the managers". */
const ARTICLES = new Set(['the', 'a', 'an', 'our', 'all', 'both', 'il', 'la', 'lo', 'i', 'gli', 'le', 'l']);

/** "usually", "di solito": how often, which says nothing of whom. */
const HOW_OFTEN_WORDS = new Set([
  'usually',
  'typically',
  'normally',
  'generally',
  'directly',
  'di',
  'solito',
  'solitamente',
  'normalmente',
  'direttamente',
]);

/** "who supervises ...", "chi gestisce ...": asking for the role in charge of those named after. */
const OVERSEES =
  /^(?:(?:and|so|ok|but|e|ma) )?(?:who|whos|chi) (?:supervises?|oversees?|manages?|runs?|is (?:above|over|in charge of)|sits (?:above|over)|bosses|supervisiona|gestisce|coordina|sta sopra)\b/;

/** "who coaches ...", "chi forma ...": who does something, not who someone is. */
const WHO_ACTS =
  /^(?:(?:and|so|ok|but|e|ma) )?(?:who|whos|chi)\s+(?!(?:is|s|are|was|were|do|does|did|should|would|can|could|will|e|sono|ha|hanno|else)\b)[a-z]/;

/** "is a sales chief the same as a chief sales officer": two things said to be one. */
const SAME = /^(?:same|stess[oa]|equivalent|identical|synonyms?|sinonim[oi])$/;

/** A quantity asked: "how many", "how long", "quanti". */
const HOW_MUCH = /^(?:how (?:many|much|long|often|big|old)|quant[aeio])$/i;
/**
 * "more hands-on with the reps", "closer to the customer", "più coinvolto nel pricing": a degree on a
 * point the question names, which each role has some of.
 */
const COMPARATIVE_ON =
  /\b(?:more|less|most|least|closer|further|higher|lower|bigger|smaller|better|worse|piu|meno)\b.*\b(?:with|to|in|about|for|at|towards|con|verso|nel|nella|nei|sul|sulla|sui|coi)\b \S/;
/**
 * Facets on which "which of them ...?" is not answered by one role's facts: duties and a day (the
 * duty path weighs those), and pay and whom to hire, which set both side by side.
 */
const UNPICKED_FACETS: ReadonlySet<string> = new Set(['responsibilities', 'daily', 'compensation', 'hiring']);
/** Facets on which two roles rank against each other: who is more senior, the older role, who earns more. */
const RANKING_FACETS: ReadonlySet<FacetKey> = new Set(['reporting', 'history', 'compensation']);

/** "which one is more senior?", "chi dei due è più B2B", "which one does B2B": a quality of the two, asked. */
const ATTRIBUTE =
  /\b(?:which|who|chi|quale)(?: one| role| of (?:them|the two|the 2)| dei due| tra i due)?(?: is| s| are| e| has| have| ha)(?: the| a)? (?:more|less|most|least|older|newer|senior|junior|b2b|b2c|piu|meno|(?!under|over|after|other|either|never|ever|manager|leader|player)[a-z]{3,}er)\b|\b(?:which|quale)(?: one| of (?:them|the two))? (?:does|do|handles?|fa) (?:b2b|b2c)\b/;

/** "or is that only the manager's job?": whether the duty is one role's alone. */
const ONLY = /\b(?:only|just|solely|exclusively|alone|solo|soltanto|solamente)\b/;

/** "of the two", "tra i due": roles named before, which a first question has none of. */
const THE_TWO = /\b(?:the (?:two|2)|(?:dei|i|tra i|fra i) due)\b/;

/** Whether at least half the telling `words` (not everyday ones) are words the knowledge never uses. */
function mostlyStrange(lib: Library, words: readonly string[]): boolean {
  const telling = words.filter((t) => !COMMON_WORDS.has(t));
  const strange = telling.filter((t) => !lib.knows(stem(t))).length;
  return strange > 0 && 2 * strange >= telling.length;
}

/** "which role", "what exec": a role asked for by name, not any "who". */
const WHICH_ROLE = /\b(?:which|what|quale|che) (?:role|exec|executive|position|title|leader|ruolo)\b/;

const ASKS_WHICH_ROLE =
  /\b(?:who|whos|whose|chi|(?:which|what|quale|che) (?:role|exec|executive|person|position|title|leader|ruolo))\b/;

/**
 * "promoted to", "move into", "become", "diventare" right before a role: the role someone would go
 * to, not the one asked about ("do they usually get promoted to AE?" after the SDR).
 */
const DESTINATION =
  /\b(?:(?:promoted|promotion|promote|move|moves|moving|moved|step|stepping|progress|progressing|advance|advancing|transition|transitioning|switch|switching|go|goes|going|get|getting|grow|growing|path|route|ladder)(?: up)? (?:to|into|towards?)|become|becomes|becoming|diventare|diventa|diventano|diventi|passare a|passano a|passa a|crescere a|arrivare(?: a)?|end up(?: as)?|ending up(?: as)?|wind up(?: as)?|make it to)(?: (?:an?|the|un|una|uno|il|lo|la|l|un'))?$/;
