import type { KnowledgeBase } from '../knowledge/load.js';
import type { Role } from '../knowledge/schema.js';
import { compareRoles } from './compose/comparison.js';
import { Library } from './compose/library.js';
import { facetAcrossRoles, roleFacet, roleOverview } from './compose/role.js';
import { topicAnswer } from './compose/topic.js';
import { exampleQuestions, starterQuestions } from './examples.js';
import { createFacetDetector } from './facets.js';
import { answerFollowUp, followUpPlan, pointsBack } from './follow-up.js';
import { HELP_WORDS, helpAnswer, notFoundAnswer, otherRoleReason, personReason } from './help.js';
import { detectLanguage, type Lang } from './language.js';
import { cleanSlackText, tokenize } from './normalise.js';
import { content } from './phrases.js';
import { RoleIndex } from './roles.js';
import { namedHolder, otherTitles, YOUR_COMPANY } from './scope.js';
import { Speller } from './speller.js';
import { TopicIndex } from './topics.js';
import type { Answer, FollowUp, Turn } from './types.js';
import { aboutSalesPeople, COMPARE_WORDS, DOMAIN_WORDS, isChatter, SALES_WORDS, STOPWORDS } from './words.js';

/** `previous`: the conversation's last turn, for follow-ups ("and their salary?"). */
export type Answerer = (question: string, previous?: Turn) => Answer;

/** Share of a question's meaningful words that the matcher knows, below which a question is off-topic. */
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

/**
 * Builds the matcher's indexes once and returns the pure question -> Answer function.
 * Order of resolution: roles named (exact alias, then plural and typo folding), then the facet asked
 * about, then topics; a question that clears none of these is declined with suggestions.
 */
export function createAnswerer(kb: KnowledgeBase): Answerer {
  const roles = new RoleIndex(kb.roles);
  const facets = createFacetDetector();
  const topics = new TopicIndex(kb.topics);
  const vocabulary = new Set([...roles.words(), ...facets.words(), ...topics.words(), ...DOMAIN_WORDS]);
  const speller = new Speller(vocabulary);
  // One Library and one set of example questions per language; the question picks which.
  const perLang = (lang: Lang) => {
    const examples = exampleQuestions(kb.roles, kb.comparisons, kb.topics, lang);
    return {
      lib: new Library(kb, lang),
      examples,
      // Each example's words, folded like a question's, so a miss can offer the examples closest to it.
      exampleWords: examples.map(
        (e) => new Set(content(tokenize(e.question).map((t) => speller.correct(t)))),
      ),
      starters: starterQuestions(kb, lang),
    };
  };
  const languages = { en: perLang('en'), it: perLang('it') };

  const suggest = (lang: Lang, meaningful: readonly string[]): FollowUp[] => {
    const { examples, exampleWords, starters } = languages[lang];
    const scored = examples
      // "sales" is in half the examples: only the other words say which ones are close.
      .map((e, i) => ({
        e,
        score: meaningful.filter((t) => !SALES_WORDS.has(t) && exampleWords[i]?.has(t)).length,
      }))
      .filter((s) => s.score > 0)
      .sort((a, b) => b.score - a.score);
    return scored.length > 0 ? scored.slice(0, 3).map((s) => s.e) : starters;
  };

  return (raw, previous) => {
    const question = cleanSlackText(raw);
    // Bounded work per question: nobody asks about sales roles in more than a few dozen words.
    const words = tokenize(question).slice(0, MAX_WORDS);
    const lang = detectLanguage(question, words);
    const { lib } = languages[lang];
    const tokens = content(words.flatMap((t) => (STOPWORDS.has(t) ? [t] : speller.words(t))));
    const meaningful = tokens.filter((t) => !STOPWORDS.has(t));
    const decline = (reason?: string) => notFoundAnswer(question, suggest(lang, meaningful), lang, reason);

    const asksHelp = meaningful.length === 0 || tokens.every((t) => HELP_WORDS.has(t) || STOPWORDS.has(t));
    // "tell me more about them" is help-shaped, but in a conversation it is about the last answer.
    if (asksHelp && !(previous && pointsBack(words))) {
      if (tokens.some((t) => HELP_WORDS.has(t)) || meaningful.length === 0)
        return helpAnswer(kb, question, lang);
    }

    const titles = otherTitles(tokens);
    const mentions = roles.find(tokens, (start, end) => titles.some((t) => start >= t.start && end <= t.end));
    const named = mentions.map((m) => m.role);
    // Words inside a role's name ("manager" in "sales manager") say nothing about the facet asked.
    const rest = tokens.filter((_, i) => !mentions.some((m) => i >= m.start && i < m.end));
    const facet = facets.detect(rest);
    const ranked = topics.rank(rest);
    const other = titles.find((t) => !mentions.some((m) => m.start < t.end && t.start < m.end))?.title;
    // One of ours set against a title we don't cover ("cmo vs cro"): answer ours and say so. With two
    // of ours, another title is only context ("does the CSO or the CRO work with the CMO").
    const noting = (answer: Answer): Answer =>
      other && named.length === 1 && words.some((w) => COMPARE_WORDS.has(w))
        ? { ...answer, intro: `${otherRoleReason(other, lang)} ${answer.intro ?? ''}`.trim() }
        : answer;

    const holder = namedHolder(question, (w) => vocabulary.has(w) || STOPWORDS.has(w));
    const plan = followUpPlan(lib, previous, {
      words,
      rest,
      named,
      facet,
      topic: ranked.length > 0,
      general: aboutSalesPeople(tokens),
      otherTitle: other !== undefined,
    });
    // "who's their boss?" right after an answer means that role's boss, not someone's company.
    if (holder && !(plan && holder === YOUR_COMPANY)) {
      const declined = decline(personReason(holder, lang));
      // Still about the thread's role ("the one at Oracle"): what gaps are grouped by.
      return plan ? { ...declined, subject: { roles: plan.roles.map((r) => r.id) } } : declined;
    }
    if (plan) return answerFollowUp(lib, question, plan);
    if (named.length >= 2) {
      const [a, b] = named as [Role, Role];
      const decision = ranked.find((h) => h.topic.roles?.includes(a.id) && h.topic.roles.includes(b.id));
      // A topic about both roles answers a choice, or a facet their comparison has no dimension for
      // ("how will machine learning affect CSOs and CROs" -> future trends).
      const covered = facet && lib.comparisonFor(a, b)?.dimensions.some((d) => d.facet === facet);
      if (decision && (facet === undefined || facet === 'hiring' || !covered))
        return topicAnswer(lib, question, decision.topic, rest);
      return noting(compareRoles(lib, question, named.slice(0, 4), facet));
    }
    const [role] = named;
    if (role) {
      const specifics = rest.filter((t) => !STOPWORDS.has(t));
      return noting(
        facet
          ? roleFacet(lib, question, role, facet, facet === 'reporting' && asksDownward(tokens, mentions[0]))
          : roleOverview(lib, question, role, specifics),
      );
    }
    if (other) return decline(otherRoleReason(other, lang));
    if (tokens.some(isChatter)) return decline();

    const known = meaningful.filter((t) => vocabulary.has(t)).length;
    const coverage = meaningful.length > 0 ? known / meaningful.length : 0;
    const [best] = ranked;
    if (best && coverage >= MIN_TOPIC_COVERAGE) return topicAnswer(lib, question, best.topic, meaningful);
    if (facet && coverage >= MIN_FACET_COVERAGE && aboutSalesPeople(tokens)) {
      const across = facetAcrossRoles(lib, question, facet);
      if (across) return across;
    }
    return decline();
  };
}
