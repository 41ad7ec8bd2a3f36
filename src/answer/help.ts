import type { KnowledgeBase } from '../knowledge/load.js';
import type { Role } from '../knowledge/schema.js';
import { fullName, rolesTopDown, starterQuestions } from './examples.js';
import type { Lang } from './language.js';
import { topicTitle } from './localise.js';
import type { Clash } from './meanings.js';
import { messages } from './messages.js';
import type { Answer, FollowUp, Line } from './types.js';
import { TOOL_WORDS } from './words.js';

/** Words that, alone, ask the bot what it can do. */
// biome-ignore format: a word list reads best packed
export const HELP_WORDS = new Set([
  'help', 'aiuto', 'usage', 'commands', 'command', 'menu', 'start', 'list', 'roles', 'topics', 'examples',
  'example', 'hi', 'hello', 'hey', 'ciao', 'salve', 'buongiorno', 'what', 'can', 'you', 'do', 'know', 'how',
  'use', 'i', 'this', 'bot', 'about', 'ask', 'which', 'is', 'are', 'there', 'cover', 'covers', 'options',
  'info', 'sai', 'fare', 'cosa', 'puoi', 'che', 'quali', 'ruoli', 'conosci', 'come', 'funziona', 'me', 'show',
  'tell', 'anything',
]);

/**
 * What the help shows besides the question: the same for a knowledge base and language, so made
 * once and frozen, and shared by every help answer (like the answers composed once from entries,
 * which lets the Slack renderer build and serialize its blocks once too).
 */
const helpParts = new WeakMap<KnowledgeBase, Partial<Record<Lang, Pick<Answer, 'sections' | 'followUps'>>>>();

export function helpAnswer(kb: KnowledgeBase, question: string, lang: Lang): Answer {
  let parts = helpParts.get(kb);
  if (!parts) {
    parts = {};
    helpParts.set(kb, parts);
  }
  const body = parts[lang] ?? frozenBody(helpBody(kb, lang));
  parts[lang] = body;
  const { sections, followUps } = body;
  const m = messages(lang);
  return {
    kind: 'help',
    lang,
    matched: false,
    coverage: 'none',
    subject: { roles: [] },
    question,
    title: m.help.title,
    intro: m.help.intro,
    sections,
    sources: [],
    followUps,
  };
}

function frozenBody(body: Pick<Answer, 'sections' | 'followUps'>): Pick<Answer, 'sections' | 'followUps'> {
  for (const section of body.sections) {
    Object.freeze(section.lines);
    Object.freeze(section);
  }
  Object.freeze(body.sections);
  Object.freeze(body.followUps);
  return body;
}

function helpBody(kb: KnowledgeBase, lang: Lang): Pick<Answer, 'sections' | 'followUps'> {
  const m = messages(lang);
  return {
    sections: [
      {
        heading: m.headings.rolesTopDown,
        lines: rolesTopDown(kb).map((r) => ({ text: fullName(r) })),
      },
      ...(kb.topics.length > 0
        ? [{ heading: m.headings.topics, lines: kb.topics.map((t) => ({ text: topicTitle(t, lang) })) }]
        : []),
      { heading: m.headings.try, lines: m.help.examples.map((text) => ({ text })) },
    ],
    followUps: starterQuestions(kb, lang),
  };
}

/** Why a question about another job title is declined. */
export const otherRoleReason = (title: string, lang: Lang) =>
  // Abbreviations quote cleanly ("the CTO"); longer titles are rebuilt from folded words, so don't echo them.
  messages(lang).otherRole(/^[A-Z]{2,5}$/.test(title) ? title : undefined);

/** Why "our CSO runs the SOC 2 audit" is declined: the abbreviation means another job there. */
export const clashReason = (clash: Clash, ours: Role | undefined, lang: Lang) =>
  messages(lang).otherMeaning(clash.abbreviation, clash.meaning, clash.signal, ours?.name ?? 'sales role');

/** Why "who is the CRO of Acme" is declined: the sources describe roles, not who holds them. */
export const personReason = (company: string, lang: Lang) => messages(lang).person(company);

/**
 * "can you write me a cold email to send to one", "draft a LinkedIn post about our CRO", "scrivimi una
 * mail per il CSO", "can you book a meeting with our CSO", "can u pull our Q3 win rate from salesforce",
 * "also can you fix our HubSpot integration", "can you post it to #hiring", "turn that into an org chart in
 * google slides", "set me a reminder for friday", "draft me a jd for it", "post the job ad on linkedin": a request to write a text or do a task,
 * not a question about a role, however much its words share with our topics ("cold email" is lead
 * generation). Only a request: "how do BDRs write cold emails?" asks about the work.
 */
const WRITE =
  /^(?:(?:hey|hi|ok|okay|k|cool|great|thx|thanks|lol|btw|so|and|also|now|then|pls|plz|please|(?:can|could|would|will) (?:you|u)|help me|i need you to|i want you to|puoi|potresti|per favore)\s+)*(?:(?:write|draft|compose|generate|prepare|scrivi|scrivimi|scrivere|prepara|preparami)(?: (?:me|us|mi|ci))?(?: (?:a|an|the|some|my|our|un|una|uno|la|le|il))?(?: [a-z0-9]+){0,2}? (?:e ?mails?|mail|messages?|letters?|posts?|tweets?|poems?|scripts?|sequences?|cv|resumes?|cover letter|linkedin|texts?|essays?|stor(?:y|ies)|songs?|jokes?|jds?|ads?|job (?:ads?|descriptions?|posts?|postings?|specs?)|offer letters?|scorecards?|lettera|messaggio|testo|poesia|annuncio|annunci)|(?:post|share|put|publish|advertise|list)(?: [a-z0-9]+){0,4} (?:on|to) (?:linkedin|indeed|glassdoor|twitter|our careers page|the careers page)|(?:post|send|forward|add|put|save|copy|paste|email|turn|convert|export)(?: (?:it|this|that|these|them|the (?:answer|reply|list|table)))\b|(?:make|create|draw|build|do)(?: (?:me|us))?(?: (?:a|an))?(?: [a-z0-9]+)? (?:deck|slides?|charts?|org chart|docs?|spreadsheets?|sheets?|presentations?|graphs?|diagrams?|tickets?|jira|notion|calendar|invites?|dashboards?|excel)|set (?:me |us )?(?:up )?(?:a )?reminders?|book|schedule|reschedule|arrange|set up|set (?:it|one|this|that|them) up|remind|invite|cancel|ping|pull|fetch|export|fix|debug|reset|sync|upload|install|configure|approve|publish|translate(?!.*\b(?:in|into|to) (?:italian|english|italiano|inglese)\b)|prenota|fissa|organizza|ricordami|sistema|sistemami)\b/;

/**
 * "ugh. tell me a joke about AEs", "need a name for our sales kickoff, ideas?": something to make up,
 * anywhere in the message.
 */
const MAKE_UP =
  /\btell (?:me|us) (?:a |another |some )?(?:[\w-]+ )?(?:jokes?|riddles?|puns?)\b|\b(?:racconta|raccontami|dimmi) (?:una )?barzellett|\b(?:need|want|suggest|give me|come up with|brainstorm|ideas for) (?:a |some |good |fun |cool )?(?:names?|slogans?|taglines?|themes?|mottos?) (?:for|per)\b/;

/**
 * "great, can you draft that RACI as a google sheet", "now write me the full JD in english", "can u
 * proofread my cover letter", "mi traduci la job description", "can u summarise this thread in 3
 * bullets", "my salesforce login keeps failing, how do i reset it": a task asked anywhere in the
 * message, by a verb only a task takes (or one whose object is a text of the asker's).
 */
const TASK_ANYWHERE =
  /\b(?:can|could|would|will) (?:you|u) (?:please |pls |just )?(?:draft|write(?! (?:down|out)\b)|proofread|rewrite|edit|format|email|book|schedule|reset|export|upload|build(?! (?:a |an |the |our |my )?(?:great |strong |good )?(?:sales )?(?:teams?|org)\b)|calc|calculate|compute|import|sync)\b|\b(?:can|could|would|will) (?:you|u) (?:please |pls |just )?(?:share|send|push|put|update|fill|upload|paste|save) (?:it|this|that|these|them|the (?:sheet|doc|file|deck|list|table|jd|ad|answer)|a (?:sheet|doc|file|table))\b|\b(?:can|could|would|will) (?:you|u) (?:please |pls |just )?(?:review|read|fix|proofread) (?:my|our)\b|^(?:\w+ ){0,2}(?:now |pls |please |just )?(?:write|draft|proofread|rewrite) (?:me|us)\b|\bproofread\b|\b(?:summari[sz]e|recap|riassumi) (?:this|the|our) (?:thread|conversation|chat|discussion)\b|\b(?:scrivimi|scrivici|preparami|traducimi|mi traduci|mi scrivi|mi prepari)\b|\b(?:translate|traduci|tradurre)\b.*\b(?:jd|job description|job ad|annuncio|cover letter|email|mail|post|cv|resume)\b|\b(?:login|log in|password|sso|2fa)\b.*\b(?:reset|fail|failing|fails|broken|locked)\b|\b(?:reset|recover) (?:my|the) (?:password|login|account)\b/;

/** Whether `said` (the question's words, joined) asks the bot to write a text or do a task. */
export const asksToWrite = (said: string) =>
  WRITE.test(said) || MAKE_UP.test(said) || TASK_ANYWHERE.test(said);

/**
 * "how much did our AEs close last month vs quota", "come sono andati i nostri SDR il mese scorso": the
 * asker's own figures over a past period, which no source has. All three: "our", a past verb and a
 * period gone by ("we're hiring our first VP this quarter" asks for advice, and is answered).
 */
const OWN = /\b(?:our|my|nostr[aeio]|miei|mie)\b/;
const PAST_VERB =
  /\b(?:did|closed|booked|sold|hit|made|missed|was|were|performed|hanno|ha|sono|andati|andate|chiuso|venduto)\b/;
const PAST_PERIOD =
  /\b(?:last (?:week|month|quarter|year)|yesterday|this (?:week|month|quarter)|(?:mese|trimestre|anno|settimana) scors[oa]|ieri)\b/;

/** Whether `said` asks for the asker's own figures over a past period. */
export const asksOwnFigures = (said: string) =>
  OWN.test(said) && PAST_PERIOD.test(said) && (PAST_VERB.test(said) || OUR_FIGURE.test(said));

/** "whats our team's win rate this quarter": the asker's own figure, asked outright by name. */
const OUR_FIGURE =
  /\bwhat(?: s| is| was| are|s)? (?:our|my)(?: [\w-]+){0,2} (?:win rate|close rate|quota|quotas|pipeline|revenue|numbers|figures|bookings|attainment|conversion rate|churn)\b/;

/**
 * "how are AE commissions taxed?", "come vengono tassate le provvigioni?": tax rules, which no source
 * has. (Not pay "before tax", nor "we sell tax software".)
 */
const TAX =
  /\b(?:taxed|taxation|taxable|tassate|tassati|tassato|tassazione|irpef|aliquota|aliquote)\b|\btax (?:rates?|brackets?|rules?|treatment|laws?|codes?)\b|\bhow (?:much )?(?:is|are|do|does) (?:\w+ ){0,4}tax(?:es)?\b|\b(?:le|delle|sulle) tasse\b/;

/** Whether `said` asks about taxes. */
export const asksTaxes = (said: string) => TAX.test(said);

/** Why "how are commissions taxed" is declined. */
export const taxesReason = (lang: Lang) => messages(lang).taxes;

/** "which CRO is the best in SaaS right now, give me names", "dammi dei nomi": people, by name. */
const NAMES =
  /\b(?:give me|gimme|list|name|any) (?:some |a few |actual |real )?names\b(?! (?:of|for)\b)|\bname (?:some|a few) (?:cros?|csos?|vps?|people|leaders)\b|\bwhich (?:cro|cso|vp|ae|sdr|bdr) is the best (?:in|at|around|out there)\b|\bwho(?: s| is)? the best (?:cro|cso|vp)(?: of sales)?(?! (?:profile|type|fit|background|hire))\b|\bdamm?i (?:dei |qualche )?nomi\b|\bfammi (?:dei |qualche )?nomi\b/;

/** Whether `said` asks for people by name. (Not tools: "which crms are we talking, any names?") */
export const asksNames = (said: string) =>
  NAMES.test(said) && !said.split(' ').some((w) => TOOL_WORDS.has(w));

/** Why "give me names of the best CROs" is declined. */
export const namesReason = (lang: Lang) => messages(lang).people;

/**
 * "my manager keeps ignoring my slack msgs, how do i handle that", "il mio capo non mi risponde mai":
 * a situation with someone the asker works with, which the sources say nothing of.
 */
const WORKPLACE =
  /\b(?:my|our|mio|mia|il mio|la mia) (?:manager|boss|colleague|coworker|co worker|teammate|team lead|capo|collega|responsabile) (?:(?:keeps|kept|never|always|won t|wont|doesn t|doesnt) (?:ignoring|ignore|ignores|yelling|interrupting|replying to me|replies to me|responds|responding|listens|listening)|ignores me|ignored me|yells|yelled|takes credit|took credit|non mi (?:risponde|ascolta))\b/;

/** Whether `said` asks advice on a situation with a colleague. */
export const asksWorkplace = (said: string) => WORKPLACE.test(said);

/** Why "my manager keeps ignoring me, what do I do" is declined. */
export const workplaceReason = (lang: Lang) => messages(lang).workplace;

/** Why "how much did our AEs close last month" is declined. */
export const ownFiguresReason = (lang: Lang) => messages(lang).ownFigures;

/**
 * "what's Mark Roberge's take on hiring reps?", "cosa pensa Aaron Ross del cold calling?": one
 * person's views, by a name written as one (two capitalised words or more).
 */
const OPINION =
  /\b(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+)['’]s\s+(?:take|takes|view|views|opinion|opinions|thoughts|advice|approach|philosophy|playbook|framework|stance)\b|\b(?:cosa pensa|secondo|l['’]opinione di|il parere di)\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)+)/u;

/** The person whose views `question` asks for, unless `ours` says the name is one of our roles. */
export function personsOpinion(question: string, ours: (name: string) => boolean): string | undefined {
  const m = question.match(OPINION);
  const name = m?.[1] ?? m?.[2];
  return name && !ours(name) ? name : undefined;
}

/** Why "what's Mark Roberge's take on hiring" is declined. */
export const opinionReason = (name: string, lang: Lang) => messages(lang).opinion(name);

/** "how much is Gong per seat these days", "licence cost of Salesforce": what a tool costs. */
const TOOL_PRICE =
  /\b(?:per (?:seat|user|licen[cs]e|month per user)|(?:seat|licen[cs]e) (?:price|pricing|cost|costs|fee|fees)|prezzo per (?:utente|licenza)|costo (?:per utente|della licenza))\b/;

/** Whether `said` asks what a tool costs. */
export const asksToolPrice = (said: string) => TOOL_PRICE.test(said) && COST.test(said);
/** A word of cost: "how many calls per user per day" asks no price. */
const COST =
  /\b(?:cost|costs|price|prices|pricing|priced|charge|charges|fee|fees|how much is|how much does|how much do|quanto costa|quanto costano|prezzo|costo)\b/;

/** Why "how much is Gong per seat" is declined. */
export const toolPriceReason = (lang: Lang) => messages(lang).toolPrice;

/** Why "write me a cold email" is declined. */
export const writingReason = (lang: Lang) => messages(lang).writing;

/** A suggestion as a line of the reply: one Line per follow-up, which the examples share. */
const suggestionLines = new WeakMap<FollowUp, Line>();
function suggestionLine(s: FollowUp): Line {
  let line = suggestionLines.get(s);
  if (!line) {
    line = { text: s.question };
    suggestionLines.set(s, line);
  }
  return line;
}

/** A plain "I don't know", never a guess, with questions the bot can answer instead. */
export function notFoundAnswer(
  question: string,
  suggestions: FollowUp[],
  lang: Lang,
  reason?: string,
): Answer {
  const m = messages(lang);
  const echo = question.length > 120 ? `${question.slice(0, 117)}…` : question;
  return {
    kind: 'not_found',
    lang,
    matched: false,
    coverage: 'none',
    subject: { roles: [] },
    question,
    title: m.notFound.title,
    intro: reason ?? m.notFound.couldNotMatch(echo),
    sections:
      suggestions.length > 0
        ? [{ heading: m.headings.questionsICanAnswer, lines: suggestions.map(suggestionLine) }]
        : [],
    sources: [],
    followUps: suggestions,
  };
}
