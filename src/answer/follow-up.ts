import { ladderNeighbour } from '../knowledge/ladder.js';
import { FACETS, type FacetKey, type Fact, type Role, type Topic } from '../knowledge/schema.js';
import { type Asker, MY_BOSS } from './asker.js';
import { compareRoles } from './compose/comparison.js';
import { type Library, stem } from './compose/library.js';
import { akin, relatedRoles, relationAnswer } from './compose/relation.js';
import { factsMentioning, roleDoing, roleFacet, roleOverview, roleParts } from './compose/role.js';
import { bareWord, firstNamed, nameAt } from './compose/role-names.js';
import { choiceAnswer, teamTopicOn, topicAnswer } from './compose/topic.js';
import { shortName } from './examples.js';
import { topicTitle } from './localise.js';
import { tokenize } from './normalise.js';
import type { Answer, Assumed, Turn } from './types.js';
import {
  COMPARE_CUES,
  DOMAIN_WORDS,
  FILLERS,
  isAway,
  isOfficeKit,
  SIDEWAYS,
  STOPWORDS,
  TOOL_WORDS,
} from './words.js';

/**
 * Follow-up questions: a question that names no role of its own ("and their salary?", "who do they
 * report to?") takes the roles of the conversation's previous turn; one that names a role but asks
 * nothing about it ("what about the VP of Sales?") takes the previous facet; "compare with the CSO"
 * sets the new role beside the previous one. A question that names its own role and says what it
 * wants never inherits anything. Pure: the previous turn is an argument.
 */

/** Words that point back at the role just discussed. */
// biome-ignore format: a word list reads best packed
const PRONOUNS = new Set([
  'they', 'them', 'em', 'their', 'theirs', 'he', 'him', 'his', 'she', 'her', 'hers', 'it', 'its', 'this', 'that',
  'these', 'those', 'same', 'loro', 'lui', 'lei', 'suo', 'sua', 'suoi', 'sue', 'questo', 'questa', 'quello',
  'quella', 'both', 'entrambi', 'entrambe', 'ambedue',
]);

/**
 * "the job", "the role", "which one", "each other", "between them", "l'altro": the role(s) just
 * discussed, when the question names none.
 */
const THE_ROLE =
  /\b(?:each other|one another|(?:between|among) (?:them|the two)|(?:tra|fra) (?:loro|i due)|l altro|all altro|tutti e due)\b|\b(?:the|this|that) (?:job|role|position|seat|title)\b|\b(?:il|questo|quel) (?:ruolo|lavoro|titolo)\b|\bthe (?:\w+ )?ones?\b|\bthe (?:guy|gal|woman|man|lady|person|people|folks)\b|\bwhich (?:one|of (?:them|the two|the 2))\b|\b(?:quale|chi) (?:dei|tra i|fra i) (?:due|2)\b|\bquell[oaie] (?:di|da|presso|a|in)\b/;

/**
 * "the one at Oracle", "the interim one", "the guy at Salesforce", "quello di Enel": a pointer back
 * at the role, with a qualifier the sources know nothing of. Its words say which role, not what is
 * asked about it ("how much does the one at Oracle make" asks about pay).
 */
const POINTER =
  /\bthe (?:[\p{L}\p{N}-]+ )?(?:ones?|guy|gal|woman|man|lady|person|people|folks)\b(?: (?:at|of|from|in) [\p{L}\p{N}&.-]+)?|\bquell[oaie] (?:di|da|presso) [\p{L}\p{N}&.-]+/gu;

/**
 * "does that change if we're growing fast?", "would it be different for a startup?", "cambia
 * qualcosa se": the answer just given, asked again of another situation. Its words ask no facet.
 */
const CHANGES =
  /\bif (?:that|it|this) (?:changes|matters|makes a difference)\b|\b(?:does|would|will|could|is|was) (?:that|this|it|the answer) (?:still )?(?:change|be different|differ|different|hold|apply)\b|\bcambi(?:a|erebbe) (?:qualcosa )?(?:se|per|in)\b|\b(?:vale|varrebbe) (?:lo stesso|anche)\b/g;

/**
 * "does the same apply to a CSO?", "is that true for BDRs too?", "same goes for the VP?", "same q for a CSO", "vale lo
 * stesso per il CSO?": the answer just given, asked of another role (its facet, not both roles).
 */
const SAME_FOR =
  /\b(?:equivalent|counterpart|equivalente|omologo)\b|\b(?:got|have|any|is there) (?:one|that|those|these|a figure|a number|numbers|figures) for\b|\b(?:the )?same (?:goes |applies |holds |is true )?(?:for|to|with)\b|\bsame (?:q|qs|qn|question|questions|thing|deal|again)(?: but)? (?:for|about|with|re|on)\b|\bsame but (?:for|with)\b|\b(?:stessa domanda|stessa cosa) (?:per|su)\b|\bsimilar (?:for|with)\b|\bthe same(?: [\w-]+){0,2}$|\b(?:apply|applies|applied|hold|holds|true|go|goes|valid|count|counts) (?:to|for)\b|\b(?:true|the case) (?:of|for|with)\b|\b(?:vale|varrebbe|valgono|e) (?:lo stesso|la stessa cosa|uguale|pure|cosi anche) (?:per|con)\b|\b(?:lo stesso|uguale|idem|stessa cosa|stesso discorso) (?:per|con)\b|\b(?:vale|e cosi) anche per\b|\b(?:e|vale|funziona) (?:cosi|uguale|lo stesso)(?: anche)?$|\b(?:is|s|would be|will be) (?:it|that|this) (?:also )?(?:the same|similar)(?: there| too| as well)?$/;

/** A question word that opens a question of its own. */
const WH_WORD = /\b(?:what|whats|who|whos|how|where|when|why|which)\b/;

/** "and if we're a classic sales-led shop?", "e se fossimo una startup?": the same, told as a new situation. */
const SCENARIO =
  /^(?:(?:and|but|so|ok|okay|e|ma) )*(?:what )?if (?:we|our|i|it|the company)\b|^(?:e |ma )?se (?:(?:li|le|ne|lo|la|ci) )?(?:siamo|abbiamo|fossimo|avessimo|noi|la nostra)\b/g;

/**
 * A company's situation, told after a hiring answer: "and if we're a startup?", "what if marketing is
 * separate?", "and for a company with recurring revenue?", "we're B2B though", "e se fossimo piccoli?",
 * "which one for us, 40 ppl", "is that normal for a company our size?".
 */
const SITUATION =
  /^(?:(?:and|but|so|ok|okay|e|ma) )*(?:(?:what|how) (?:about )?)?(?:if|se)\b|^(?:(?:and|but|what|how) )?(?:about )?(?:for|in|per) (?:a|an|our|my|the|un|una|uno|la|le|small|smaller|big|bigger|large|larger|startups?|companies)\b|\bwe (?:re|are|were|have|ve|sell|only|don t|do not|run|hit|reach|get to|grow|double|raise|raised|go|move|expand)\b|\bour (?:company|business|teams?|org|startup|revenue|sales|marketing|products?|size|headcount|departments?|functions?)\b|\b(?:once|when|after|until|before) (?:we|our)\b|\b\d+ (?:people|ppl|employees|staff|reps|sellers|salespeople|persone|dipendenti)\b|\bfor us\b|\b(?:a |an )?(?:company|business|startup|org|team) (?:of )?our size\b|\bper noi\b/;

/** The positions of `words` inside such pointers, and in "does that change" or "what if we". */
export function pointerWords(words: readonly string[]): Set<number> {
  const at = new Set<number>();
  const joined = words.join(' ');
  // ("how much does the latter make?": "latter" says which role, not what is asked.)
  // The matches of each pattern in turn, as matchAll would give them, without the copy of each
  // pattern and the arrays that matchAll and spreading cost on every question read against a turn.
  for (const pattern of POINTING) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(joined); m !== null; m = pattern.exec(joined)) {
      // Words are joined by single spaces: a word's position is the count of spaces before it.
      const first = spaces(joined, 0, m.index);
      const count = spaces(m[0], 0, m[0].length) + 1;
      for (let i = first; i < first + count; i++) at.add(i);
      if (m[0] === '') pattern.lastIndex++;
    }
  }
  return at;
}

/**
 * "assuming we hire both, who does the CRO answer to?", "se li prendiamo tutti e due, chi comanda?":
 * a situation set up before the question; its words ("hire") say where, not what is asked.
 */
const SUPPOSING =
  /^(?:(?:and|but|so|ok|okay|e|ma) )?(?:if|assuming|suppose|supposing|once|say|se|supponiamo|ammesso che|nel caso) (?:that )?(?:we|i|our|noi|li|le|ci|lo|la)\b.*?(?= (?:who|whom|what|which|how|where|does|do|is|are|would|should|chi|cosa|quale|quali|come|dove|a chi|quanto)\b)/g;

/** The words of a situation set up before the question ("assuming we hire both"), if any. */
export function supposedWords(words: readonly string[]): ReadonlySet<string> {
  const m = SUPPOSING_ONE.exec(words.join(' '));
  return m ? new Set(m[0].split(' ')) : NO_SUPPOSED;
}
const SUPPOSING_ONE = new RegExp(SUPPOSING.source);
const NO_SUPPOSED: ReadonlySet<string> = new Set();

/** "the former", "the latter", "il primo": a role named before, by its place. */
const BY_PLACE = /\b(?:the (?:former|latter)|(?:il|l) (?:primo|secondo|ultimo))\b/g;

/** What pointerWords looks for, in this order (global patterns, each run from its start). */
const POINTING = [POINTER, CHANGES, SCENARIO, BY_PLACE, SUPPOSING];

/** Spaces in `text` between `from` and `to`. */
function spaces(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf(' ', from); i !== -1 && i < to; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * "what would change in their job?", "how would her day change?", "what's different for him?",
 * "cosa cambierebbe nel suo lavoro?": a person's job changing (on a move), not the role itself.
 */
export const JOB_CHANGE =
  /\bchanges? (?:in|for|about|to|with) (?:their|his|her|my|your|the) (?:job|role|day|work|duties|responsibilities|life)\b|\b(?:would|will|does|do|is) (?:their|his|her|my|your) (?:job|role|day|work|day to day|daily work) (?:change|be different|look)\b|\bwhat(?: s| is| would be| will be) different (?:for|about|in) (?:them|him|her|me|their|his)\b|\bcosa cambi(?:a|erebbe|era) (?:nel|nella|per|nei)\b/;

/** "does she report to him?", "is he paid more than her?": one of two people, then the other. */
const EACH_OTHER =
  /\b(?:he|she|lui|lei)\b.*\b(?:to|than|with|under|above|over|below|for|from|a|di|con|sotto|sopra) (?:him|her|lui|lei)\b/;

/** "he", "she", "lui", "lei": one person, where two roles were just discussed. */
const isSingular = (w: string) => /^(?:he|she|him|his|hers|lui|lei)$/.test(w);

/** "will I be doing demos?": someone asking about the job they have or want. */
// biome-ignore format: a word list reads best packed
const FIRST_PERSON = new Set(['i', 'im', 'ill', 'ive', 'me', 'my', 'myself', 'io', 'mio', 'mia', 'miei', 'mie']);

/** Words that ask for more of the same: "tell me more", "anything else?". */
const MORE = new Set(['more', 'else', 'details', 'detail', 'elaborate', 'expand', 'altro', 'dettagli']);

/** Whether every one of `words` is a word of `phrase`. */
const onlyIn = (words: readonly string[] = [], phrase = '') =>
  words.length > 0 && words.every((w) => phrase.split(' ').includes(w));

/** "the ethical part", "that bit", "the number", "quella parte": a piece of the answer just given. */
const PART_OF_IT =
  /\b(?:the|that|this) (?:[\p{L}-]+ )?(?:part|bit|piece|point)\b|\b(?:the|that|this) (?:number|figure|amount)\b|\b(?:quell[ao]|questa|questo|la) (?:[\p{L}]+ )?(?:parte|punto|cifra)\b/u;

/**
 * "what pushes it higher?", "why is it so high?", "what affects that?", "what drives the numbers up or
 * down?": what moves the figure or fact just given ("it", never "them", who are people).
 */
const MOVES_IT =
  /\b(?:push|pushes|drive|drives|raise|raises|increase|increases|boost|boosts|lift|lifts|bump|bumps|affect|affects|influence|influences|determine|determines|decide|decides|change|changes|move|moves|lower|lowers)(?: (?:it|that|this|the (?:numbers?|figures?|amounts?)))(?: (?:up|down|higher|lower)(?: or (?:up|down|higher|lower))?)?\b|\b(?:is|s) (?:it|that|this) (?:so )?(?:high|low)\b|\b(?:it|that|this) (?:go|goes|get|gets|be) (?:up|down|higher|lower)\b|\b(?:drives?|explains?|causes?) (?:the|that|this) (?:spread|gap|difference)\b/;

const WHICH_WAY = new Set(['up', 'down', 'high', 'higher', 'low', 'lower']);

/** Facets asked of several roles that set them side by side, never pick one: pay, and whom to hire. */
const UNRANKED_FACETS: ReadonlySet<FacetKey> = new Set(['compensation', 'hiring']);
/** "which works with the board?", "and which one owns renewals?": one of several roles asked for. */
// ("and which tools help automate the follow-up emails?" asks which things, not which of the roles.)
const WHICH_ASKS =
  /^(?:(?:so|and|ok|okay|but|e|ma) )?(?:which|quale)\b(?! (?:tools?|software|crms?|kpis?|metrics?|platforms?|apps?|skills?|trends?|channels?|courses?|books?|certifications?|systems?|technolog(?:y|ies)|strumenti|competenze)\b)/;
/**
 * "how's that different from ...", "what's the diff with ...", "che cambia rispetto a ...": how two roles
 * differ, in general. ("is it different for a CSO?" asks the last question again.)
 */
const DIFFERS_FROM =
  /\b(?:different|differ|differs|diff|difference|differences|diverso|diversa|differenza|differenze|cambia)\b(?: \w+)? (?:from|than|to|vs|versus|with|between|rispetto|da|dal|dalla|dallo|tra|fra)\b/;
/** "is having both normal", "do we really need both", "is that overkill": whether a company needs both. */
const BOTH_WORTH =
  /\b(?:having|have|hire|hiring|need|needs|keep|keeping|avere|assumere|servono) (?:both|entrambi|tutti e due)\b.*\b(?:normal|common|usual|overkill|necessary|needed|worth|redundant|sense|normale|comune|necessario|esagerato|senso)\b|\b(?:overkill|redundant|esagerato)\b/;

/** "any of that", "all this", "niente di tutto ciò": what the last answer was about. */
const ANY_OF_THAT =
  /\b(?:any|all|some|none|much) of (?:that|this|those|these|it)\b|\b(?:about|with) (?:that|this|those|these|it)(?: stuff)?$|\bdi (?:tutto )?(?:questo|cio|quello)\b/;

/** "how do they differ from", "how does he compare to": the thread's role set beside others. */
const THEY_DIFFER =
  /\b(?:do|does|would|will) (?:they|he|she|it) (?:differ|compare|stack up)\b|\b(?:they|he|she) (?:differ|differs|compare|compares)\b|\b(?:is|are) (?:they|he|she|it) different\b/;

/** "what changes", "what would be different", "cosa cambia": what is new in a job moved to. */
const WHAT_CHANGES =
  /\bwhat (?:changes|would change|will change|(?:s|is|would be|will be) different)\b|\bcosa cambi(?:a|erebbe|era)\b/;

/** "which is it", "which one is right", "chi ha ragione": a choice between two asked to be settled. */
const WHICH_IS_IT =
  /\bwhich (?:one )?(?:is it|is right|is true|is correct)\b|\bchi ha ragione\b|\bquale (?:e|dei due e) giusto\b|\b(?:says?|said) the opposite\b|\bcontradict\w*|\b(?:sources?|they) disagree\b|\bdice il contrario\b/;

/** "the difference between those two roles": the roles as a whole. */
const BETWEEN_THE_TWO =
  /\bbetween (?:those|these|the|them) (?:two |2 )?roles\b|\btra (?:i|questi|quei) due ruoli\b/;

/** "for that choice", "questa scelta": the choice between two roles just weighed. */
const THAT_CHOICE = /\b(?:that|this) (?:choice|decision)\b|\b(?:quella|questa) (?:scelta|decisione)\b/;

/** "what are the main differences", "le differenze principali": how two roles differ overall. */
const MAIN_DIFFERENCES =
  /\b(?:main|key|biggest|big|major|core|real|actual|principal) (?:differences?|diffs?)\b|\bdifferenz[ae] (?:principali|chiave|fondamentali|vere|piu importanti)\b|\b(?:principali|maggiori|vere) differenze\b/;
/** "compare with", "vs", "against": the last answer set beside another role's. */
// biome-ignore format: a word list reads best packed
const SET_BESIDE = new Set(['compare', 'compared', 'comparison', 'comparing', 'vs', 'versus', 'v', 'against', 'than', 'confronta', 'confronto', 'paragona']);

/** The most roles a pick or a ranking reads among: the hierarchy's eight are a topic, not a choice. */
const MAX_PICK = 4;

/** "number", "figure", "cifra": the figure an answer gave. */
const FIGURE = /^(?:number|numbers|figure|figures|amount|cifra|cifre|numero|numeri)$/;

/** "how would that work", "come funzionerebbe": how two roles would stand together. */
const HOW_IT_WORKS = /\bhow (?:would|does|do|will|could|can) (?:that|it|this|they) work\b|\bcome funzion/;

/** "why not a CSO?", "perché non un CSO?": the other option of a choice. */
const WHY_NOT = /^(?:(?:but|and|ok|so|e|ma) )?(?:why not|perche non)\b/;

/** "both", "entrambi": two roles at once. */
const BOTH =
  /\b(?:both|entrambi|entrambe|tutti e due|ambedue|either (?:of (?:them|those|these|the two)|one)|(?:for|of|in) either$)\b/;

/** "eventually", "later on", "prima o poi": a time to come. */
const LATER =
  /\b(?:eventually|later|at some point|some day|someday|in the future|down the road|one day|in futuro|piu avanti|prima o poi|un giorno)\b/;

/** "of the two", "of the 2": how many roles, which asks nothing of them. */
const COUNT = /^(?:\d+|two|three|four|due|tre|quattro)$/;
/** "which one earns more", "which is more senior": roles ranked, side by side. */
const RANKS =
  /\b(?:more|less|most|least|higher|highest|lower|lowest|bigger|biggest|smaller|better|best|worse|worst|senior|junior|top|bottom|harder|hardest|tougher|toughest|easier|easiest|piu|meno)\b/;

/**
 * "who handles the budget?", "which role owns renewals?", "if we have both, who runs marketing?": a
 * duty, asked of roles already named.
 */
const WHO_DOES =
  /^(?:(?:so|and|ok|okay|but|e|ma) )?(?:(?:if|se) (?:we|you|they|a company|li|ne)? ?(?:have|has|hire|abbiamo|assumiamo)(?: (?:both|them both|entrambi|tutti e due))? )?(?:who|which (?:one|role|of them)|which(?= (?:is|s|does|has|needs|gets|runs|owns|handles|works|deals|cares)\b)|chi)\b(?! (?:do|does|did|is|are|was|were|s|re|would|will|should|could|can|might) (?:they|he|she|it|them|that|this)\b)/;

/** "those", "these": things of the last answer (the role is "they"). */
const THOSE =
  /\b(?:those|these|quelli|quelle|questi|queste)\b(?! (?:roles?|people|jobs?|positions?|ruoli|persone)\b)/;

/** "the former", "the latter": roles named before, by their place. */
const FORMER = /\bthe (?:former|latter)\b/;

/** "like what concretely?", "tell me more", "e.g.?", "ad esempio?": more of the last answer, nothing new asked. */
const MORE_OF_IT =
  /^(?:(?:and|so|ok|okay|hmm|but|e|ma|tipo) )?(?:like what|such as|for example|for instance|e ?g|examples?|any examples?|concretely|in practice|tell me more|more details?|go on|elaborate|say more|ad esempio|per esempio|in concreto|in pratica|dimmi di piu|that s it|thats it|is that it|is that all|that s all|thats all|tutto qui|solo questo)(?: (?:concretely|exactly|specifically|then|tho|though|please|pls|in concreto))?(?: for (?:a|an|the|un|una) [\w -]{1,30})?$/;

/**
 * "why?", "how so?", "how come?", "in what way?", "perché?", "come mai?": the reason for what was just
 * said, which is in the last answer's own facts.
 */
const WHY =
  /^(?:(?:but|and|ok|okay|so|hmm|e|ma) )?(?:why|why so|why is that|why not|why (?:that|this)(?: one| role)?|why the (?:difference|gap|split)|why them|why him|why her|perche (?:quello|quella|lui|lei)|how so|how come|in what way|what do you mean|really|perche|perche mai|come mai|in che senso|cioe|davvero)(?: (?:tho|though|then|exactly|again|allora|quindi))?$/;

/** "what comes after that?", "what's next for them?", "where do they go from there?", "e dopo?". */
const NEXT_STEP =
  /\b(?:(?:what|which role|which job) (?:comes|is|s|goes) (?:after|next)|whats next|next (?:step|move|role|job|level)s?|after (?:that|this|it|the role|being)|where (?:does|do|can|could|will|would) (?:it|that|this|they|the role|the job) (?:lead|take (?:them|you)|go)|(?:go|move|goes|moves) (?:on )?(?:next|from there|from here|after)|and then|cosa viene dopo|passo successivo)\b|^(?:e |ma )?(?:dopo|poi)(?: (?:che|cosa))?$/;

/**
 * "how do people become one?", "when should we hire one?", "how much does one make?", "the usual ramp
 * time for a new one": "one" is the role just discussed.
 */
const A_ONE =
  /\b(?:become|becoming|hire|hiring|need|have|find|be|get|diventare|assumere|serve) (?:one|uno|una)\b(?! of)|\b(?:a|the) new one$|\b(?:does|do|did|would|will|can|could|should|might) one (?!of\b)\w/;

/** "how do I get there?", "come ci si arriva?": "there" is the role just discussed, as a place to reach. */
const THERE =
  /\b(?:get|gets|getting|got|reach|reaching|end up|ending up|make it|land|landing|work (?:my|your|their|one s) way up) there\b|\b(?:arrivarci|ci si arriva|ci arriva|ci arrivo)\b/;

/** "come lo assumiamo?", "quanto la paghiamo?": Italian puts the role before the verb, as a clitic. */
const CLITIC = /\b(?:lo|la|li|le|ne) (?:assum|ingaggi|reclut|pag|trov|form|valut|misur)\w*\b/;

/** "tell me more about them": a question that only makes sense after another one. */
export const pointsBack = (words: readonly string[]) => {
  if (words.some((w) => PRONOUNS.has(w) || MORE.has(w))) return true;
  const joined = words.join(' ');
  return (
    WHY.test(joined) ||
    A_ONE.test(joined) ||
    THERE.test(joined) ||
    OTHER_ONE.test(joined) ||
    CLITIC.test(joined) ||
    THE_ROLE.test(joined) ||
    PART_OF_IT.test(joined) ||
    FORMER.test(joined) ||
    UNSAID_SUBJECT.test(joined) ||
    THE_THREE.test(joined)
  );
};

/** "which of the three", "all three", "tutti e tre": the roles just compared. */
const THE_THREE =
  /\b(?:of the (?:three|3)|(?:all|those|these) (?:three|3)|the (?:three|3) of (?:them|those)|tutti e tre|dei tre)\b/;

/**
 * "cosa fa esattamente?", "quanto guadagna?", "fa anche formazione?", "può negoziare le condizioni?":
 * Italian leaves the subject unsaid, the role just named.
 */
const UNSAID_SUBJECT =
  /^(?:e |ma |ok |quindi |allora |e poi )?(?:(?:cosa|che cosa|che|quanto|come|dove|a chi|con chi|di cosa) (?:fa|fanno|guadagna|guadagnano|prende|prendono|lavora|lavorano|riporta|riportano|si occupa|si occupano)\b|(?:fa|fanno|puo|possono|deve|devono|gestisce|gestiscono|segue|seguono|usa|usano|ha|hanno|si occupa|si occupano|lavora|lavorano|guida|guidano|coordina|coordinano|decide|decidono|negozia|negoziano|chiude|chiudono|assume|assumono|recluta|reclutano|forma|formano) (?:anche |pure |di solito |solitamente |davvero |sempre |mai |da solo |direttamente )?[a-z])/;

/** Openings that carry the conversation on: "and ...", "what about ...", "e invece ...". */
const CONTINUATIONS = [
  /^(?:and|also|so|then|now|but|plus|ok|okay|e|ed|invece|anche|poi|allora)\b/,
  /^(?:what|wht|wat|how) (?:about|abt)\b/,
  /^(?:same|and) for\b/,
  /^(?:the )?same (?:question|thing|again)\b/,
  /^(?:stessa domanda|stessa cosa)\b/,
  /^what of\b/,
  /^e (?:per|il|la|lo|l|un|una|i|gli|le|invece)\b/,
];

/** "and ...", "what about ...": the question carries the conversation on. */
export const continuesOn = (words: readonly string[]) => {
  const joined = words.join(' ').replace(INTERJECTIONS, '');
  return CONTINUATIONS.some((re) => re.test(joined));
};

/** "and for a CSO ...", "e per il CSO ...": the question before, asked of the role that follows. */
const FOR_ROLE =
  /^(?:(?:and|so|ok|e) )?(?:(?:what|how) about )?(?:for|per) (?:a|an|the|un|una|uno|il|la|lo|l)\b/;

/** "the manager above them", "the one right under them", "quello sopra di lui": a neighbour on the ladder. */
const NEXT_OF_THEM =
  /^(?:and|e|what about|how about|ok) (?:right |directly |just )?(?:below|under|beneath|underneath|above|over|sotto|sopra)$|\b(?:the|their|his|her) (?:one|person|role|manager|boss|level|guy|position|rung) (?:right |directly |just |immediately )?(?:above|over|under|below|beneath|underneath) (?:them|him|her|it|that(?: role| one)?|this(?: role| one)?)\b|\b(?:quello|quella|il ruolo) (?:subito )?(?:sopra|sotto) (?:di )?(?:lui|lei|loro)\b/;

/**
 * "what does that mean for the CRO?", "cosa significa per il CSO?", "what should the CRO be doing about
 * it?", "how should a CSO adapt?": the last answer, for the role named.
 */
const MEANS_FOR =
  /\bwhat (?:does|would|will) (?:that|this|it|all that|all this) mean for\b|\bcosa (?:significa|vuol dire) (?:questo |cio )?per\b|\b(?:be doing|do|doing|fare) (?:about|with|a riguardo|al riguardo|in merito)(?: (?:it|that|this|all this|all that|those|these|them))?$|\b(?:respond|react|prepare|adapt)(?: to (?:it|that|this|all this|all that|those|these|them))?$/;

/** "what about ...", "and how about ...": an opening that only carries on. */
const WHAT_ABOUT = /^(?:(?:and|so|ok|e) )?(?:what|how) about\b|^e (?:per|riguardo)\b/;

/** "hmm, and the CSO's?", "cool. what about the VP?": what opens a reply before it says anything. */
const INTERJECTIONS =
  /^(?:(?:hmm+|hm+|ah+|oh+|ooh|cool|great|nice|right|sure|interesting|gotcha|got it|i see|ok|okay|thanks|thx|ty|wow|perfetto|bene|grazie|capito) )+/;

/**
 * Openings that switch to another subject, asking the same again ("and for a CRO?", "e il CSO?"), and
 * words that set it against the last ("is the path to CRO different?").
 */
const SWITCHES =
  /^(?:and|e|ed|vs|versus|compared (?:to|with)|(?:what|how) about)\b|\b(?:different|differ|differs|diverso|diversa|similar|same)\b/;

/** Glue around role names in a bare follow-up ("and the CSO?", "both CRO and VP of Sales?"). */
const GLUE =
  /^(?:and|or|e|o|oppure|what|wht|wat|how|about|abt|for|per|invece|both|entrambi|then|ok|okay|so|also|too|anche|poi|allora|quindi|same|stesso|stessa|question|thing|again|domanda|cosa|s|any|anything|similar|hmm+|hm+|ah+|oh+|ooh|cool|great|nice|right|sure|interesting|gotcha|wow|thanks|thx|ty|perfetto|bene|grazie|capito|at|level|livello|a|di)$/;

/** What the question says about itself, from the engine's own reading of it. */
export interface QuestionReading {
  /** Every word as typed (tokenized), pronouns and articles included. */
  words: readonly string[];
  /** Content tokens outside the roles named. */
  rest: readonly string[];
  named: readonly Role[];
  /** The role named is one only the thread makes ours ("the manager" after the Sales Manager). */
  fromThread?: boolean;
  facet?: FacetKey;
  /** The question matches a topic of its own. */
  topic: boolean;
  /** It asks about sales people in general ("how much do sales leaders earn"). */
  general: boolean;
  /** It names a title we don't cover. */
  otherTitle: boolean;
  /** Where in `words` that title is. */
  otherTitleAt?: number;
  /** It asks for a count per period ("how many calls a day"), which the engine reads as metrics. */
  rate?: boolean;
  /** The previous turn's topic, when it was one: what a follow-up naming a role carries on. */
  previousTopic?: TopicCarry;
  /** Content words that say what is asked (no stopwords, neutral or domain words, role names). */
  telling?: readonly string[];
  /** Its neutral words ("what drives it"): enough to find a fact, never needed to. */
  loose?: readonly string[];
  /** The one role named is where someone goes ("promoted to AE", "diventare CRO"), not the subject. */
  destination?: boolean;
  /** The words the facet was read from ("tools" in "what tools?"). */
  facetWords?: readonly string[];
  /** The facet a second part asks ("... and who do they report to"), `facet` being the first's. */
  also?: FacetKey;
}

/** What a topic carries to "and the SDR?": the facet its title names, else its title's words. */
export interface TopicCarry {
  title: string;
  facet?: FacetKey;
  words: string[];
}

/** What a follow-up resolves to: the roles and facet to answer, and what was taken from before. */
export interface FollowUpPlan {
  roles: Role[];
  facet?: FacetKey;
  downward: boolean;
  /** The question's own words ("B2B" in "are they more B2B?"), which lead an overview. */
  specifics?: string[];
  /** "do they get promoted to AE?": the role they would move to, a route the sources never give. */
  route?: Role;
  /** "how do I get to CSO?" after the SDR: where the asker starts from, the answer being the role reached. */
  start?: Role;
  /** "what comes after that?" after a career answer: where the role leads, which the sources never give. */
  beyond?: boolean;
  /** "who handles the budget?" after two roles: asks which of `roles` does what is named. */
  pick?: boolean;
  /**
   * The first role as it stands to the others ("who feeds them leads?" after the AE: the SDRs and
   * BDRs, as the AE's facts name them), rather than a comparison of them.
   */
  relation?: boolean;
  /**
   * The thread's roles, which "they" still means after the answer ("who feeds them leads?", "which
   * crm?" after the AE).
   */
  stays?: readonly Role[];
  /** Words of the question the plan read ("first" in "the first one"), which the answer need not use. */
  used?: string[];
  /** A second part's facet, answered after the first ("... and who do they report to?"). */
  also?: FacetKey;
  /**
   * "and if we're a 20-person startup?" after "when should we hire a CSO?": the choice the roles'
   * hiring topic weighs, led by the situation's words (`specifics`), rather than the one role.
   */
  topic?: Topic;
  /** What the last answer lacked, asked again of the role: said again where its facts are silent too. */
  unknown?: readonly string[];
  assumed: Assumed;
}

const isFacet = (f: string | undefined): f is FacetKey => FACETS.includes(f as FacetKey);

/** "who reports to them", "who do they manage": the people under the role, not above it. */
const DOWNWARD =
  /\breports? to (?:them|him|her|it)\b|\b(?:they|he|she|it) (?:manage|oversee|supervise|lead)s?\b/;

/**
 * Words that speak of two roles at once: "which of them", "both", "who reports to whom", "chi
 * riporta a chi", "who earns more", "the same skills", "work together". ("they" alone is as often
 * one role: "who do they report to?")
 */
const PLURAL =
  /\bthe (?:former|first)\b.*\bthe (?:latter|second)\b|\b(?:both|entrambi|entrambe|ambedue|tutti e due|either of (?:them|those|these|the two)|the two|the 2|i due|i 2|dei due|tra i due|l altro|all altro|each other|one another|(?:between|among) them|(?:tra|fra) (?:loro|di loro|i due)|(?:which|who|whom)(?: one)? of (?:them|the two|these|those)|which one|(?:who|whom) (?:\w+ )?to (?:who|whom)|whom to whom|chi (?:\w+ )?(?:a|da|di) chi|together|insieme|in common|in comune|alike|the same(?! (?:question|thing|again)\b)|gli stessi|le stesse|lo stesso|la stessa)\b|\b(?:who|which|chi|quale)\b.*\b(?:more|less|higher|lower|bigger|greater|better|senior|junior|piu|meno|maggiore|minore|meglio)\b/;

/** "them or the sales manager?", "lui o il VP?": the thread's role, offered as one side of a choice. */
const THEM_OR =
  /\b(?:them|they|him|her|he|she|lui|lei|loro) (?:or|o|oppure)\b|\b(?:or|o|oppure) (?:them|they|him|her|he|she|lui|lei|loro)\b/;

/** "or would a VP of Sales be enough?", "o basta un VP?": another role offered in place of the thread's. */
const OR_ONE =
  /^(?:(?:ok|okay|so|hmm|but|ma) )?(?:or|oppure|o) (?:would|should|could|maybe|just|is|do|does|will|can|what about|how about|magari|forse|basta|meglio|serve)\b/;

/**
 * "does a VP make more?", "is the CSO paid less in Europe?": set against what was just said, when no
 * "than" says against what ("wants more responsibility" compares nothing).
 */
const MORE_THAN_IT =
  /^(?!.*\b(?:than|di quanto|wants?|wanted|needs?|needed|take on|taking on|vuole|vorrebbe)\b).*\b(?:more|less|higher|lower|bigger|smaller|better|worse|piu|meno)\b/;

/** "that person", "that role", "the other one": the other side of a relation just answered. */
const THAT_PERSON =
  /\b(?:that|this|the other) (?:person|role|one|guy|gal|position|rep|team|title)\b|\b(?:quella|quello|questa|questo) (?:persona|ruolo|figura)\b/;

/** "which of the two", "chi dei due": the pair just set side by side. */
const THE_TWO_OF = /\b(?:of the (?:two|2)|dei (?:due|2)|tra i due|fra i due)\b/;
/** Words that ask for a choice between the two, not the situation it is for. */
const CHOOSING_WORDS = new Set([
  'two',
  'first',
  'due',
  'primo',
  'prima',
  'one',
  'pick',
  'choose',
  'scegliere',
]);

/**
 * "does the CSO report to him?", "riporta a lui?", "would a VP of Sales sit under them?": a reporting line
 * to the role just discussed.
 */
const REPORTS_TO_THEM =
  /\b(?:report|reports|answer|answers|riporta|riportano|risponde|rispondono) (?:in)?(?:to|a) (?:them|him|her|lui|lei|loro)\b|\b(?:sit|sits|fall|falls|be|go|goes|come|comes|sta|stanno|starebbe) (?:right |directly )?(?:under|below|beneath|above|over|sotto|sopra) (?:them|him|her|lui|lei|loro|di lui|di lei|di loro)\b/;

/** "is that above or below the AE?", "is it under the VP?": the thread's role placed against the one named. */
const PLACED_AGAINST =
  /\b(?:above|below|over|under|higher|lower) or (?:above|below|over|under|higher|lower)\b|^(?:(?:and|so|ok|but) )?(?:is|are|sits?|comes?) (?:that|it|this|they|he|she)(?: role| one| job| position)? (?:above|below|over|under|higher than|lower than|senior to|junior to)\b|\b(?:sopra o sotto|sotto o sopra)\b/;

/**
 * "do they run the demos, or is that the SDR's job?": a duty set between the thread's role and the
 * one named, as "which of them runs the demos?" is.
 */
export const OR_IS_THAT =
  /\bor (?:does|do) (?:the |my |our |a |an )?(?:[\w-]+ )?(?:vp|vps|manager|managers|lead|leads|cso|cro|ae|aes|sdr|sdrs|bdr|bdrs|boss|exec|head)$|\bor (?:is|isn t|does|do|would) (?:that|it|this)\b|\bor (?:does|do|would|will|should|can) (?:the |a |an |our )?[\w-]+(?: [\w-]+)? (?:do|handle|own|run|cover|take care of) (?:that|it|this|them)\b|\b(?:o|oppure) (?:e|lo fa|se ne occupa) (?:compito|il|lo|la|l|un|una)\b|\b(?:o|oppure) (?:quella|quello|questa|questo|lo|la|li|le) (?:la |lo |li |le )?(?:fa|fanno|gestisce|gestiscono|segue|seguono) (?:solo |solamente |soltanto )?(?:il|la|l|un|una)\b|\bor (?:push|pass|send|escalate|hand|kick|bump|take|bring)(?: (?:it|that|this|them))?(?: (?:up|over|off))? to (?:the |my |our |a |an |their )?(?:[\w-]+ )?(?:vp|manager|lead|cso|cro|boss|exec|head)$|\b(?:o|oppure) (?:deve|devono|dovrebbe|dovrebbero|lo chiede|lo lascia|la lascia) (?:chiedere|passare|girare|lasciare|chiederlo)?(?: (?:al|alla|a|all|il|la))? ?(?:manager|capo|responsabile|vp|cso|cro|team lead)$/;

/** "which one's higher up", "who's more senior", "chi sta più in alto": how roles rank. */
const STANDING =
  /\b(?:higher|highest|lower|lowest|senior|junior|seniority|outranks?|at the top|on top|at the bottom|higher up|above the other|below the other|piu in alto|piu in basso|piu alto|piu basso|piu senior|more power|more powerful|piu potere|piu potente)\b/;

/** "the higher one", "the more senior one", "quello più in alto": the role ranked above, or below. */
const RANKED_ONE =
  /\bthe (?:(higher|highest|senior|more senior|most senior|top|bigger)|(lower|lowest|junior|more junior|most junior|bottom)) (?:one|role|position|of the two|of the three|of the 3|of them|of those)\b|\bquell[oa] (?:(piu in alto|piu alto|piu senior)|(piu in basso|piu basso|piu junior))\b/;

/** The role `words` pick by rank among `named` ("the higher one"), if they pick one. */
function rankedOne(
  words: readonly string[],
  named: readonly Role[],
): { role: Role; words: string[] } | undefined {
  if (named.length < 2) return undefined;
  const m = words.join(' ').match(RANKED_ONE);
  if (!m) return undefined;
  const top = !!(m[1] ?? m[3]);
  const sorted = [...named].sort((a, b) => (a.level ?? 0) - (b.level ?? 0));
  const role = (top ? sorted[0] : sorted[sorted.length - 1]) as Role;
  return { role, words: m[0].split(' ') };
}

/** "the first one", "the latter", "il secondo": which of the roles named, in the order named. */
const ORDINAL =
  /\b(?:the|il|la|l) (first|second|former|latter|last|other|primo|prima|secondo|seconda|ultimo|ultima|altro|altra)\b(?: (\w+))?/;
/** What may follow an ordinal that points at a role ("the first one", "the first of them", "the first?"). */
const ORDINAL_NEXT = /^(?:one|of|role|position|mentioned|named|ruolo|dei|tra|fra)$/;

/**
 * The role `words` pick by their place in `named` ("the first one"), if they pick one, and the word
 * that picked it. `switched`: the last answer was about one role, so "the other one" is the one before.
 */
function ordinal(
  words: readonly string[],
  named: readonly Role[],
  switched: boolean,
): { role: Role; word: string } | undefined {
  if (named.length < 2) return undefined;
  // "does the former report to the latter?" speaks of both.
  if (PLURAL.test(words.join(' '))) return undefined;
  const m = words.join(' ').match(ORDINAL);
  if (!m) return undefined;
  const [, word = '', next] = m;
  const pronoun = /^(?:former|latter)$/.test(word);
  if (next !== undefined && !pronoun && !ORDINAL_NEXT.test(next) && !STOPWORDS.has(next)) return undefined;
  if (/^(?:other|altro|altra)$/.test(word)) return switched ? { role: named[0] as Role, word } : undefined;
  const first = /^(?:first|former|primo|prima)$/.test(word);
  return { role: (first ? named[0] : named[named.length - 1]) as Role, word };
}

/** "who feeds them leads", "chi gli passa i lead": a question asking which role. */
const WHO =
  /\b(?:who|whom|whose|chi)\b|\b(?:which|what|quale|quali) (?:role|roles|team|teams|person|people|ruolo|ruoli)\b/;
/** "Who leads them?", "who leads the team?": lead the verb, someone in charge, not leads handed on. */
const LEADS_VERB = /\bleads? (?:them|him|her|it|the|a|an|our|their|this|that|these|those)\b/;
const isLead = (w: string) => /^leads?$/.test(w);
/** "would I", "will I", "then": the asker after the move just told. */
const WOULD_I = /\b(?:would|will) i\b|\bthen\b|\bonce i\b|\bafter (?:that|the promotion)\b/;

/** "people", "most teams", "companies", "would u recommend": anyone, not the role the thread is on. */
const GENERIC_PEOPLE =
  /\b(?:people|ppl|folks|everyone|everybody|most (?:teams|companies)|companies|la gente|(?:would|do|can) (?:you|u) (?:recommend|suggest)|recs|recommendations|consigli)\b/;

/** "their", "his": whose, which may be the role the question names itself. */
const POSSESSIVE = /\b(?:their|theirs|his)\b/;
/** "them", "their", "gli": the role just discussed as the object of the question, not its subject. */
const OBJECT = /\b(?:them|their|theirs|him|his|her|loro)\b|\bchi (?:gli|le)\b/;

/** "they", "he", "she", "loro": the one the question is about, when it comes after a title it names. */
const SUBJECT = /^(?:they|he|she|loro|lui|lei)$/;

/**
 * "do both report to the CEO?", "do they work with the CMO?", "does the CFO report to them?": a title
 * we don't cover, named beside the thread's role in a question about that role's facet, is context.
 * "and the CMO, who do they report to?" is about the CMO: the "they" after it is the CMO.
 */
function titleBeside(q: QuestionReading): boolean {
  if (q.otherTitleAt === undefined) return false;
  const at = q.otherTitleAt;
  if (worksWithTitle(q)) return true;
  // ("what about a CMO, what are their challenges": the title is the new subject, "their" its own.)
  if (!q.facet || /^(?:(?:and|ok|so) )?(?:what|how) about\b/.test(q.words.join(' '))) return false;
  // ("ok and customer success managers, what does their day look like?", "what do customer success
  // managers make", "where does a sales engineer fit": the title opens the question or is its
  // subject, and "their" is its own.)
  // ("does the CFO report to them?" sets the title against the role: beside it.)
  const before = q.words.slice(0, at).join(' ');
  const toThem = q.words.slice(at).some((w) => /^(?:them|him|her|lui|lei|loro)$/.test(w));
  if (TITLE_AS_SUBJECT.test(before) && !toThem) return false;
  let back = false;
  for (let i = 0; i < q.words.length; i++) {
    const w = q.words[i] as string;
    if (!PRONOUNS.has(w)) continue;
    if (i > at && SUBJECT.test(w)) return false;
    back = true;
  }
  return back;
}

/** The words before a title that make it the question's subject: nothing but an opening, or "what do". */
const TITLE_AS_SUBJECT =
  /^(?:(?:and|ok|okay|so|also|side q|btw|e|ma|anche) )*(?:(?!with\b|w\b|con\b)[\w-]+ ?){0,2}$|\b(?:do|does|did|is|are|would|will|can|should|could|fanno|fa)(?: (?:the|a|an|our|your|i|il|la|un|una|gli|le))?(?: (?!with\b|for\b|to\b)[\w-]+){0,2}$/;

/** "what about w the cfo" after the CRO's part in pricing: the CRO working with the CFO. */
const worksWithTitle = (q: QuestionReading) =>
  q.otherTitleAt !== undefined &&
  /\b(?:with|w|alongside|con|insieme a)(?: the| a| an| our| il| la| l| lo| al| col)?$/.test(
    q.words.slice(0, q.otherTitleAt).join(' '),
  );

/**
 * "how's that different from a manager?" after the Sales Team Lead: compared with one of our roles, a
 * bare "manager" is the Sales Manager (it names no role of its own: "our managers" are anyone's). So
 * is "the manager" in a thread that has just had the Sales Manager ("what's the pay for the manager?"
 * after the Team Lead and the Sales Manager) or a role under it.
 */
function withManager(lib: Library, previous: Turn | undefined, q: QuestionReading): QuestionReading {
  // ("whats the difference between the manager and the team lead in that chart?": with another named.)
  // ("what else is on the managers plate": an apostrophe left out.)
  const isManager = (w: string) => w === 'manager' || w === 'managers';
  if (q.named.some((r) => r.id === 'sales-manager') || !q.rest.some(isManager)) return q;
  const manager = lib.roles(['sales-manager']);
  const [ours] = manager;
  if (!ours) return q;
  // (Under the Sales Manager, "the manager" is theirs: "and the manager, who's above them?" after the Team Lead.)
  const had =
    previous &&
    (previous.roles.includes(ours.id) ||
      (previous.roles.length > 0 &&
        lib.roles(previous.roles).every((r) => (r.level ?? 0) > (ours.level ?? 0))) ||
      (previous.earlier ?? []).includes(ours.id));
  const said = q.words.join(' ');
  // ("the manager above them" is the next role up, whichever it is: see NEXT_OF_THEM.)
  // ("do they have weekly 1:1s with the manager?" is the thread's role, with its manager; so is
  // "how do they help the manager out?", the manager helped.)
  const inThread =
    had &&
    /(?<!\b(?:with|to|from|by|at|w|help|helps|helping|support|supports|assist|assists|back) )\b(?:the|il|al|del|dal|col) managers?\b/.test(
      said,
    ) &&
    !NEXT_OF_THEM.test(said);
  if (!inThread && !q.words.some((w) => COMPARE_CUES.has(w))) return q;
  // ("who handles complaints and discounts, the manager?": "manager" named the role, not a boss asked.)
  const { facet: _boss, facetWords: _words, ...rest } = q;
  const boss =
    q.facet === 'reporting' && !!q.facetWords?.length && q.facetWords.every((w) => w === 'manager');
  const read = boss ? { ...rest, facetWords: [] } : q;
  return {
    ...read,
    named: [...manager, ...q.named],
    rest: q.rest.filter((w) => !isManager(w)),
    // (The bare "manager" was read as a title we don't cover; it is ours.)
    ...(inThread ? { fromThread: true, otherTitle: false } : {}),
  };
}

/**
 * "and the lead, do they hire people?" in a thread that has had the Sales Team Lead: "the lead" opening
 * the question is that role ("lead" alone names none: it is as often a prospect).
 */
function withLead(lib: Library, previous: Turn | undefined, q: QuestionReading): QuestionReading {
  if (q.named.length > 0 || !previous) return q;
  const [lead] = lib.roles(['sales-team-lead']);
  const had = [...previous.roles, ...(previous.earlier ?? []), ...(previous.among ?? [])];
  if (!lead || !had.includes(lead.id) || !THE_LEAD.test(q.words.join(' '))) return q;
  return {
    ...q,
    named: [lead],
    rest: q.rest.filter((w) => w !== 'lead'),
    fromThread: true,
    otherTitle: false,
  };
}
const THE_LEAD =
  /^(?:(?:and|so|ok|okay|but|e) )?(?:(?:what|how) about )?(?:the|our|your|il|la) lead(?:$| (?:do|does|did|is|s|has|have|can|should|would|will|fa|e|ha|puo|deve)\b)/;

/** "they", "their", "his", "loro": a person pointed at, the thread's role. */
const PERSONAL =
  /\b(?:they|them|their|theirs|theyre|he|him|his|she|her|hers|loro|lui|lei|suoi|sue)\b|(?<!\bsi )\b(?:usano|usa)\b/;

/** "I", "me", "mine", "io": the asker. */
const ME = /\b(?:i|im|me|my|mine|myself|io|mio|mia|miei|mie)\b/;
/** "they", "there", "that one": the last answer's role, even in a question about the asker. */
const THEIRS = /\b(?:they|them|their|theirs|he|him|his|she|her|it|there|that one|this one|loro|lui|lei)\b/;

/**
 * The role the question asks of the asker ("and mine?") or of their boss ("what does my boss deal
 * with?"), when the thread has said which, and it is not the role just answered.
 */
function askerRole(lib: Library, asker: Asker, joined: string, before: readonly Role[]): Role | undefined {
  const justHad = (id: string) => before.length === 1 && before[0]?.id === id;
  const boss = asker.boss;
  if (boss && MY_BOSS.test(joined) && !justHad(boss)) return lib.roles([boss])[0];
  if (asker.self && ME.test(joined) && !MY_BOSS.test(joined) && !THEIRS.test(joined) && !justHad(asker.self))
    return lib.roles([asker.self])[0];
  return undefined;
}

/**
 * Facets asked on the way to a role: after the path to the CSO, "what skills should I work on?" asks the
 * CSO's skills, not those of the role the asker holds.
 */
const TOWARD_ROLE: ReadonlySet<string> = new Set(['skills', 'career']);

/** "what does my manager do", "what do they actually do": what a role does, its overview. */
// ("ok so what do bdrs do", "and the team lead, what's their job": whatever opens it.)
const WHAT_DO =
  /\bwhat (?:does|do|would|will|did) (?:\w+ ){1,4}do\b|\bwhat (?:s|is) (?:their|his|her|its) (?:job|role|gig)\b|^(?:e )?(?:(?:il|la|lo|l|i|gli|le|un|una) )?[\w ]{1,30}? cosa fa(?:nno)?$/;

/** "the other one", "the other role", "l'altro": the role that goes with the one discussed. */
const OTHER_ONE =
  /\b(?:the other(?: one| role| guy| position)?|l altro|l altra|quell altro)\b(?! (?:roles|ones|people|way|side|hand|day|week)\b)/;

/** The choice between two roles (its hiring topic) that takes in every one of `ids`, if there is one. */
const choiceOf = (lib: Library, ids: readonly string[]) =>
  lib.kb.topics.find(
    (t) => t.facet === 'hiring' && t.roles?.length === 2 && ids.every((id) => t.roles?.includes(id)),
  );

/**
 * The role `role` goes with, when there is one: the other of a hiring choice between two (the CSO's
 * is the CRO), else the role of its only comparison (the BDR's is the SDR). None when it has several.
 */
function counterpart(lib: Library, role: Role): Role | undefined {
  const pair =
    choiceOf(lib, [role.id])?.roles ??
    (() => {
      const withIt = lib.kb.comparisons.filter((c) => c.roles.includes(role.id));
      return withIt.length === 1 ? withIt[0]?.roles : undefined;
    })();
  const other = pair?.find((id) => id !== role.id);
  return other ? lib.roles([other])[0] : undefined;
}

/** "which one ...", "who hands ...": the question's subject is the role it asks for ("who is", "who do" are not). */
const ASKED_SUBJECT =
  /^(?:(?:so|and|ok|okay|but|e|ma) )?(?:which(?: one| of them| of the two| role)?|who|chi)\b(?! (?:do|does|did|is|are|was|were|s|re|should|would|can|will|e|sono)\b)/;
/** "they", "he", "she": the thread's role as the question's subject. */
const SUBJECT_PRONOUN = /^(?:they|he|she)$/;

/**
 * "which one hands the leads over to the AEs?" after the SDR and the BDR, "do they also look after
 * SDR performance?" after the CRO: a role named after the question's own subject ("which one" among
 * the thread's roles, "they") is what that subject acts on, not a role the question asks about. It
 * stays among the words that lead the answer. (Not "who reports to the VP?", which asks about the
 * VP's people, nor "do they report to the VP?", nor "them or the team lead?", which offers a choice.)
 */
function actedOn(previous: Turn | undefined, q: QuestionReading): QuestionReading {
  if (!previous?.roles.length || q.named.length === 0 || q.fromThread) return q;
  const joined = q.words.join(' ');
  if (q.named.some((r) => previous.roles.includes(r.id)) || q.words.some((w) => COMPARE_CUES.has(w)))
    return q;
  if (THEM_OR.test(joined) || OR_IS_THAT.test(joined)) return q;
  const bare = q.words.map(bareWord);
  const at = (r: Role) => firstNamed(r, bare);
  const picking = previous.roles.length >= 2 || (previous.among?.length ?? 0) >= 2;
  // ("who reports to the VP of Sales?" asks about the VP's people: the VP is asked about.)
  const reference = (r: Role) =>
    /\b(?:(?:reports?|reporting|answers?) (?:in)?to|under|below|above) (?:the |a |an )?$/.test(
      q.words.slice(0, at(r)).join(' ') + ' ',
    );
  const acted =
    picking && ASKED_SUBJECT.test(joined)
      ? q.named.every((r) => at(r) > 0 && !reference(r))
      : q.named.every((r) => {
          // "look after SDR performance": the role names whose thing the question is about.
          const i = at(r);
          const subject = q.words.findIndex((w) => SUBJECT_PRONOUN.test(w));
          const next = q.words[i + nameAt(r, bare, i)];
          return (
            subject >= 0 &&
            i > subject &&
            OF_SOMETHING.test(q.words[i - 1] ?? '') &&
            next !== undefined &&
            !STOPWORDS.has(next) &&
            !ROLE_NOUN.test(next)
          );
        });
  if (!acted) return q;
  const names = q.named.map((r) => (r.abbreviation ?? r.name).toLowerCase());
  return { ...q, named: [], telling: [...(q.telling ?? []), ...names] };
}
/** Words before a role that names whose thing follows: "after SDR performance", "for AE quotas". */
const OF_SOMETHING = /^(?:after|of|for|on|over|about|into)$/;
/** "an AE role", "the sales manager job": the role itself. */
const ROLE_NOUN = /^(?:role|roles|position|positions|job|jobs|seat|title|level|ruolo|posizione)$/;

/** "any AI ones?", "anything for call recording?": more of the kind of thing just listed. */
const ONES = /\b(?:ones|any|anything|something|others)\b/;

/** "me lo riassumi in italiano?", "say that in English": the last answer, asked again in a language. */
export const AGAIN_IN =
  /^(?:(?:ok|okay|sorry|scusa|pls|please|can you|could you|can u|puoi|potresti|me lo|me la|ce lo) )*(?:(?:riassum|ripet|tradu|translat|repeat|say|dill|dirl|scriv|write|summari[sz]|answer|rispond|spiega|explain)\w*)?(?: (?:it|that|this|lo|la|quello|questo|again|di nuovo))? ?(?:in|into|to) (?:italiano|italian|inglese|english)(?: (?:please|pls|per favore|grazie))?(?: (?:piu semplice|more simply|simpler|in parole semplici)(?: (?:please|pls|per favore|grazie))?)?$/;

/** "anything besides AI?", "a parte l'IA?": the rest of what was just listed. */
const BESIDES = /\b(?:besides|apart from|other than|aside from|except|oltre a|oltre all|a parte|tranne)\b/;

/** "what ...", "how ...", "is ...": a question that says what it asks (not "b2b or b2c mostly?"). */
const QUESTION_OPENER =
  /^(?:(?:and|but|so|ok|e|ma) )?(?:what|whats|how|who|whos|whose|why|when|where|which|is|are|do|does|did|can|could|should|would|will|cosa|come|chi|perche|quando|dove|quale|quali|quanto)\b/;

/** "unrelated, but ...", "separate thing:", "cambiando argomento": the asker says it is no follow-up. */
const NEW_SUBJECT =
  /\b(?:unrelated|(?:separate|different|other|another|random|new) (?:thing|question|q|topic|subject)|off topic|totally different|change of (?:subject|topic)|changing (?:the )?(?:subject|topic)|cambiando argomento|cambio argomento|altra domanda|domanda diversa|un altra cosa|non c entra)\b/;

/** Reads the question as a follow-up of `previous`, or returns undefined when it stands on its own. */
export function followUpPlan(
  lib: Library,
  previous: Turn | undefined,
  q: QuestionReading,
): FollowUpPlan | undefined {
  // ("and what does that person do with them?" after the SDR's hand-off to the AE: the AE.)
  // ("who do I hand my qualified leads to?" from an SDR, after the SDR and the BDR: the SDR's.)
  const joined = q.words.join(' ');
  const self = previous?.asker?.self;
  const thread =
    previous?.beside && THAT_PERSON.test(joined)
      ? { ...previous, roles: previous.beside, earlier: previous.roles }
      : self &&
          q.named.length === 0 &&
          previous.roles.length > 1 &&
          previous.roles.includes(self) &&
          WHO.test(joined) &&
          /\b(?:i|my|me)\b/.test(joined) &&
          q.words.some(isLead)
        ? { ...previous, roles: [self], earlier: previous.roles.filter((id) => id !== self) }
        : previous;
  // (The title worked with, and what follows it, is what the facts that lead must speak of: "the cfo".)
  const read = worksWithTitle(q)
    ? {
        ...q,
        telling: [...(q.telling ?? []), ...q.words.slice(q.otherTitleAt).filter((w) => !STOPWORDS.has(w))],
      }
    : q;
  const plan = planFor(lib, thread, actedOn(thread, withLead(lib, thread, withManager(lib, thread, read))));
  // "what do they do day to day and who do they report to": the second part after the first.
  return plan && q.also && q.facet && plan.facet === q.facet && !plan.topic
    ? { ...plan, also: q.also }
    : plan;
}

function planFor(lib: Library, previous: Turn | undefined, q: QuestionReading): FollowUpPlan | undefined {
  if (!previous || (q.otherTitle && !titleBeside(q)) || NEW_SUBJECT.test(q.words.join(' '))) return;
  // ("also whats the weather in chicago next week": the weather, travel, a new subject however it opens.)
  if (q.words.some(isAway)) return;
  const before = lib.roles(previous.roles);
  const topic = q.previousTopic;
  // A facet asked across every role ("sales leaders") is its own subject, not a role to carry on.
  const ownRoles = before.length > 0 && before.length <= 4;
  if (!ownRoles && !topic) return;
  const prevFacet = isFacet(previous.facet) ? previous.facet : (topic?.facet ?? undefined);
  const joined = q.words.join(' ');
  const continues = continuesOn(q.words);
  const comparing = q.words.some((w) => COMPARE_CUES.has(w));
  const referring = pointsBack(q.words);
  const downward = DOWNWARD.test(joined);
  // "and the BDR?", "cso?", "both CRO and VP of Sales?": role names and glue, nothing asked of them.
  const bare = q.rest.every((t) => FILLERS.has(t) || GLUE.test(t));
  // (Facet words with no facet placed something under the role, "is marketing under them?": not asked.)
  const placing = q.facet === undefined ? (q.facetWords ?? []) : [];
  const own = (t: string) => !FILLERS.has(t) && !STOPWORDS.has(t) && !GLUE.test(t) && !placing.includes(t);
  const telling = (q.telling ?? []).filter(own);
  const loose = (q.loose ?? []).filter(own);
  // "and the SDR?" carries the facet on; "and who do BDRs hand their leads to?" asks its own thing.
  // ("does that apply to SDRs too?" asks it again, of the SDRs.)
  const sameFor = q.named.length === 1 && SAME_FOR.test(joined);
  const again = q.named.length === 1 && (!!joined.match(CHANGES) || sameFor);
  // ("what about for CSOs specifically": a word that changes nothing asks nothing new.)
  // ("whats the CSO number then?" after pay: "number" is the figure just given, of another role.)
  // (Figures are no word of any answer's: they may be left out of what tells, but they still ask.)
  const figure =
    (prevFacet === 'compensation' || prevFacet === 'metrics') &&
    q.words.some((w) => FIGURE.test(w)) &&
    telling.every((w) => FIGURE.test(w));
  // ("which ones hit the CRO in particular?" after the trends: those of the last answer, the CRO's.)
  // ("are the CSO ones looked at per region too?": "ones" are what the last answer listed, the CSO's.)
  const thoseOnes = q.named.length === 1 && (THOSE.test(joined) || /\bones\b/.test(joined));
  // ("and what does the team lead do?" after the AE's metrics asks what the team lead does.)
  // ("and for a CSO, is it always sales?" after the CRO's background: the same question, of the CSO.)
  const forRole = q.named.length === 1 && (FOR_ROLE.test(joined) || MEANS_FOR.test(joined));
  const carried =
    !q.facet &&
    (bare ||
      again ||
      figure ||
      thoseOnes ||
      forRole ||
      (continues && telling.length === 0 && !WHAT_DO.test(joined)));
  const aboutFacet = (facet: FacetKey) => lib.msg.thread.aboutFacet(facet);
  // What was taken, and the line Slack shows for it.
  const said = (about: string) => ({ about, note: `${about}, ${lib.msg.earlier.thread}` });
  // One of the roles before, on the facet asked (or, with nothing else asked, the one before).
  const onlyOne = (picked: Role): FollowUpPlan => {
    const facet = q.facet ?? (telling.length === 0 ? prevFacet : undefined);
    const specifics = telling.filter((w) => !q.facetWords?.includes(w));
    return {
      roles: [picked],
      ...(facet ? { facet } : {}),
      downward,
      ...(specifics.length > 0 ? { specifics } : {}),
      assumed: {
        roles: [picked.id],
        ...(facet && !q.facet ? { facet } : {}),
        ...said(lib.msg.thread.aboutRoles([shortName(picked)])),
      },
    };
  };
  // "and mine?", "what challenges does my boss deal with?" after the asker said "my boss is the CRO
  // and I'm the CSO": the asker's own role, or their boss's, whatever the last answer was about.
  // ("who would I report to then?" after the asker's move to team lead: as team lead.)
  const movedTo = previous.to && WOULD_I.test(joined) ? lib.roles([previous.to])[0] : undefined;
  const mine =
    q.named.length === 0 && previous.asker && !(prevFacet === 'career' && TOWARD_ROLE.has(q.facet ?? 'none'))
      ? (movedTo ?? askerRole(lib, previous.asker, joined, before))
      : undefined;
  if (mine) {
    const used = q.words.filter((w) => MY_BOSS.test(w) || ME.test(w) || w === 'boss');
    // ("what does my manager do that I don't?": what the role does, whatever was asked before.)
    if (!q.facet && WHAT_DO.test(joined)) {
      const { facet: _asked, ...overview } = onlyOne(mine);
      return { ...overview, used };
    }
    return { ...onlyOne(mine), used };
  }
  // "what about the manager above them?", "and the one right under them?" after one role: the role
  // next to it in the typical hierarchy, on the facet asked before (or its overview).
  const neighbour = before.length === 1 && q.named.length === 0 ? NEXT_OF_THEM.exec(joined) : null;
  const [from] = before;
  const next =
    neighbour && from
      ? ladderNeighbour(lib.kb.roles, from, /\b(?:under|below|beneath|underneath|sotto)\b/.test(neighbour[0]))
      : undefined;
  if (neighbour && from && next) {
    return {
      roles: [next],
      ...(prevFacet ? { facet: prevFacet } : {}),
      downward: false,
      used: neighbour[0].split(' '),
      assumed: {
        roles: [from.id],
        ...(prevFacet ? { facet: prevFacet } : {}),
        ...said(lib.msg.thread.aboutRoles([shortName(from)])),
      },
    };
  }
  // "who should I invite to the team offsite?", "when does open enrollment for benefits close?":
  // nothing points back, and half or more of what is asked is no word our sources use: a new
  // question, off our topic, not a follow-up.
  const strangers = telling.filter((w) => !lib.knows(stem(w))).length;
  // ("our sales and marketing are totally siloed" after when to hire which: the asker's situation.)
  const situation = prevFacet === 'hiring' && SITUATION.test(joined);
  // ("also whats the capital of australia": carried on from nothing our sources say, a new question.)
  // ("and in the UK, in pounds?" after pay asks nothing of its own: the same pay, somewhere else.)
  const allStrangers = strangers >= 2 && strangers === telling.length && !referring && WH_WORD.test(joined);
  // ("anyway whats the weather looking like in chicago this wk": three words or more, none of them
  // ours, are a new question whatever points back.)
  const noneOurs = strangers >= 3 && strangers === telling.length && !q.facet;
  // ("also my monitor keeps flickering, who do i ping": office chatter is a new question, declined.)
  // (Whatever points back: "who do i ping in it" is not the role's reporting line.)
  if (q.named.length === 0 && telling.some(isOfficeKit)) return;
  if (
    (!referring || noneOurs) &&
    (!continues || allStrangers || noneOurs) &&
    !q.rate &&
    !situation &&
    !AGAIN_IN.test(joined) &&
    // ("who's supposed to be feeding me leads?" from an AE who said so: about the asker's role.)
    !(previous.asker?.self && ME.test(joined)) &&
    q.named.length === 0 &&
    strangers >= 2 &&
    2 * strangers >= telling.length
  )
    return;
  // "what would change in their job?" after "we're promoting an AE to sales manager": the duties of
  // the job they move to, not how the role itself is changing; "will they need new skills?" its skills.
  const to = previous.to && before.length === 2 ? lib.roles([previous.to])[0] : undefined;
  // ("what will be different for them?" asks the same: "different" sets nothing side by side.)
  if (to && q.named.length === 0 && !PLURAL.test(joined)) {
    if (JOB_CHANGE.test(joined) && (!q.facet || q.facet === 'trends')) {
      return {
        roles: [to],
        facet: 'responsibilities',
        downward: false,
        assumed: { roles: [to.id], ...said(lib.msg.thread.aboutRoles([shortName(to)])) },
      };
    }
    if (q.facet && q.facet !== 'career' && referring && !comparing) return onlyOne(to);
  }
  // "which one's higher up?", "who's more senior?" after two roles: where each stands, side by side.
  // ("which one is higher?" right after their pay ranks the pay.)
  const payRank = prevFacet === 'compensation' && !/\b(?:higher|lower) up\b/.test(joined);
  const standing =
    before.length >= 2 && q.named.length === 0 && !q.facet && !payRank && joined.match(STANDING);
  if (standing) {
    return {
      roles: before,
      facet: 'reporting',
      downward: false,
      used: [...standing[0].split(' '), 'up', 'alto', 'basso'],
      assumed: { roles: previous.roles, ...said(lib.msg.thread.aboutRoles(before.map(shortName))) },
    };
  }
  // "which one is higher?", "who gets more?" right after a facet of both: that facet, side by side.
  // ("which of the two has it tougher?" after the CRO's and then the CSO's challenges: both.)
  const ranking = telling.length > 0 && telling.every((w) => RANKS.test(w) || COUNT.test(w));
  const rankedTwo =
    before.length >= 2
      ? before
      : previous.earlier?.length && PLURAL.test(joined)
        ? [...lib.roles(previous.earlier.slice(0, 1)), ...before]
        : [];
  if (
    rankedTwo.length >= 2 &&
    rankedTwo.length <= MAX_PICK &&
    q.named.length === 0 &&
    !q.facet &&
    prevFacet &&
    ranking
  ) {
    return {
      roles: rankedTwo,
      facet: prevFacet,
      downward: false,
      used: telling,
      assumed: {
        roles: rankedTwo.map((r) => r.id),
        facet: prevFacet,
        ...said(lib.msg.thread.aboutRoles(rankedTwo.map(shortName))),
      },
    };
  }
  // "who handles the budget?" after the Sales Manager and the Team Lead: which of them does it. So
  // is "who sets the quotas?" ("quotas" a metrics word) or "who does the coaching day to day?": the
  // one whose facts of that facet say it. (Pay and whom to hire set both side by side.) After one
  // was picked, "and who does the coaching?" picks again among the same roles.
  const among = before.length >= 2 ? before : previous.among ? lib.roles(previous.among) : [];
  if (
    among.length >= 2 &&
    among.length <= MAX_PICK &&
    q.named.length === 0 &&
    (!q.facet || !UNRANKED_FACETS.has(q.facet)) &&
    WHO_DOES.test(joined) &&
    // ("who does the former report to": the former's.)
    !ordinal(q.words, among, false) &&
    // ("and who hires the sales team, both?": the answer offered is both of them.)
    !/\b(?:both|entrambi|tutti e due)$/.test(joined) &&
    // ("which one for us, 40 ppl saas": which to hire, for a situation; the choice, below.)
    !(
      !q.facet &&
      SITUATION.test(joined) &&
      choiceOf(
        lib,
        among.map((r) => r.id),
      )
    )
  ) {
    return {
      roles: among,
      ...(q.facet ? { facet: q.facet } : {}),
      downward: false,
      pick: true,
      // (If neither alone does it, both are set side by side, led by what is asked: "higher" is read.)
      specifics: telling,
      used: telling.filter((w) => RANKS.test(w)),
      assumed: { roles: among.map((r) => r.id), ...said(lib.msg.thread.aboutRoles(among.map(shortName))) },
    };
  }

  // "and recruiting new reps?" after "who handles discounts?" picked the Sales Manager of two: a duty
  // named alone carries the question on, so it picks again among the same roles.
  const picked = previous.among && previous.among.length >= 2 && before.length === 1;
  if (
    picked &&
    continues &&
    !referring &&
    q.named.length === 0 &&
    q.words.length <= 5 &&
    telling.length > 0 &&
    telling.every((w) => lib.knows(stem(w)))
  ) {
    const pool = lib.roles(previous.among ?? []);
    const facet = q.facet && !UNRANKED_FACETS.has(q.facet) ? q.facet : undefined;
    return {
      roles: pool,
      ...(facet ? { facet } : {}),
      downward: false,
      pick: true,
      specifics: telling,
      used: [...(q.facetWords ?? [])],
      assumed: { roles: pool.map((r) => r.id), ...said(lib.msg.thread.aboutRoles(pool.map(shortName))) },
    };
  }

  // "and which works with the board?" after "which one runs daily ops?" picked the VP of Sales among
  // three: "which" picks again among the roles the thread just had.
  const earlier = lib.roles(previous.earlier ?? []).slice(0, 3);
  if (
    before.length === 1 &&
    earlier.length > 0 &&
    q.named.length === 0 &&
    WHICH_ASKS.test(joined) &&
    (!q.facet || !UNRANKED_FACETS.has(q.facet)) &&
    !RANKS.test(joined)
  ) {
    const pool = [...before, ...earlier];
    return {
      roles: pool,
      ...(q.facet ? { facet: q.facet } : {}),
      downward: false,
      pick: true,
      specifics: telling,
      assumed: { roles: pool.map((r) => r.id), ...said(lib.msg.thread.aboutRoles(pool.map(shortName))) },
    };
  }
  // "what comes after that?" after the CSO's career: where a CSO goes next, which no source says.
  if (
    q.named.length === 0 &&
    before.length === 1 &&
    (prevFacet === 'career' || q.facet === 'career') &&
    (!q.facet || q.facet === 'career') &&
    NEXT_STEP.test(joined)
  ) {
    return {
      roles: before,
      facet: 'career',
      downward: false,
      beyond: true,
      used: q.words.filter((w) => !STOPWORDS.has(w)),
      assumed: { roles: previous.roles, ...said(lib.msg.thread.aboutRoles(before.map(shortName))) },
    };
  }
  // "which crm?", "any tools for that?", "name actual vendors" after a role: tools asked of no one
  // in particular are those of every sales team, which the sources name (as most readers take them);
  // "what tools do they use?" asks the role's own.
  const tools = q.facet === 'technology' ? teamTopicOn(lib.kb.topics, 'technology', false) : undefined;
  // (Not "the latter's", "the CRM part" of the last answer, a topic's thread, sales teams asked
  // outright, or the asker's own: "what tech should I get comfortable with?" after "just got promoted
  // to CSO".)
  const pointed =
    PERSONAL.test(joined) ||
    THE_ROLE.test(joined) ||
    FORMER.test(joined) ||
    PART_OF_IT.test(joined) ||
    q.words.some((w) => FIRST_PERSON.has(w));
  // ("predictive analytics?" after the CSO's technology: a tool the role's own facts name is theirs.)
  const [lone] = before;
  // (Words of any team's tools, "which crms do teams use", tell nothing of the role's own.)
  const specific = [...telling, ...(q.facetWords ?? [])]
    .filter((w) => !TOOL_WORDS.has(w) && !DOMAIN_WORDS.has(w) && !/^(?:teams?|use|uses|using)$/.test(w))
    .map(stem);
  const theirs =
    before.length === 1 &&
    specific.length > 0 &&
    (lone?.facets.technology ?? []).some((f) => specific.every((w) => lib.factStems(f).has(w)));
  if (
    tools &&
    q.named.length === 0 &&
    !pointed &&
    !theirs &&
    !q.otherTitle &&
    !q.general &&
    previous.kind !== 'topic'
  ) {
    return {
      roles: [],
      facet: 'technology',
      topic: tools,
      downward: false,
      specifics: telling.filter((w) => !q.facetWords?.includes(w)),
      stays: before,
      assumed: { roles: [], ...said(lib.msg.thread.beyondRoles(before.map(shortName))) },
    };
  }
  // "me lo riassumi in italiano?", "can you say that in English?": the last answer again, in that
  // language (the answerer reads which).
  // The last answer's subject again: its topic if it was one, else its roles, on its facet.
  const lastTopic = previous.topic ? lib.kb.topics.find((t) => t.id === previous.topic) : undefined;
  const sameAgain = (used?: string[]): FollowUpPlan => ({
    roles: lastTopic ? lib.roles(lastTopic.roles ?? previous.roles) : before,
    ...(prevFacet ? { facet: prevFacet } : {}),
    downward: false,
    ...(lastTopic ? { topic: lastTopic } : {}),
    ...(used ? { used } : {}),
    assumed: {
      roles: previous.roles,
      ...(prevFacet ? { facet: prevFacet } : {}),
      ...said(
        lastTopic
          ? lib.msg.thread.aboutTopic(topicTitle(lastTopic, lib.lang))
          : lib.msg.thread.aboutRoles(before.map(shortName)),
      ),
    },
  });
  if (q.named.length === 0 && !q.facet && AGAIN_IN.test(joined)) return sameAgain([...q.words]);
  // A choice between roles weighed again, led by the situation the question tells (and `extra`).
  const choiceAgain = (choice: Topic, extra: string[] = []): FollowUpPlan => ({
    roles: lib.roles(choice.roles ?? []),
    facet: 'hiring',
    downward: false,
    specifics: [...telling, ...loose, ...extra],
    topic: choice,
    assumed: {
      roles: previous.roles,
      ...(prevFacet ? { facet: prevFacet } : {}),
      ...said(lib.msg.thread.aboutTopic(topicTitle(choice, lib.lang))),
    },
  });
  // "could we have both later on?" after choosing between a CSO and a CRO: that choice again, on
  // having both (a reporting line asked, "who reports to whom if we have both", is below).
  // ("why not a CSO?" after a choice that leaned to the CRO: the choice again, too.)
  const whyNot = WHY_NOT.test(joined) && q.named.length === 1;
  const onlyBoth = (q.facetWords ?? []).every((w) => /\b(?:both|entrambi|have|avere)\b/.test(w));
  // ("can we have both? how would that work" asks how the two stand: the reporting line, below.)
  if (
    prevFacet === 'hiring' &&
    (!q.facet || onlyBoth) &&
    !HOW_IT_WORKS.test(joined) &&
    ((q.named.length === 0 && BOTH.test(joined)) || whyNot)
  ) {
    const choice = choiceOf(lib, [...(previous.among ?? previous.roles), ...q.named.map((r) => r.id)]);
    // ("can we have both?", "can both exist at once?": whether the two stand together, their reporting
    // line; "could we have both eventually?" is when to hire the second, the choice again.)
    const two = choice && lib.roles(choice.roles ?? []);
    if (two && two.length === 2 && !whyNot && !LATER.test(joined) && !WHO.test(joined)) {
      return {
        roles: two,
        facet: 'reporting',
        downward: false,
        used: [...(joined.match(BOTH)?.[0].split(' ') ?? [])],
        assumed: { roles: previous.roles, ...said(lib.msg.thread.aboutRoles(two.map(shortName))) },
      };
    }
    if (choice) return choiceAgain(choice, [joined.match(BOTH)?.[0] ?? 'both']);
  }
  // "is having both normal or is that overkill?" after two roles: whether a company needs both, which
  // the choice between them weighs.
  if (before.length === 2 && q.named.length === 0 && BOTH_WORTH.test(joined)) {
    const choice = choiceOf(
      lib,
      before.map((r) => r.id),
    );
    if (choice) return choiceAgain(choice, joined.match(BOTH_WORTH)?.[0].split(' '));
  }
  // "i read startups should go cso first. which is it" after the two weighed: the choice again, for
  // what was read ("which is it" asks between them, whichever one is named).
  // (After the choice itself, whichever of the two it leaned to: "one of your sources says the
  // opposite tho, that smaller teams go cro-only?".)
  // (Only after the choice or when to hire them: "i read the cro reports to the cso. which is it?" asks
  // the reporting line.)
  const weighed =
    lastTopic?.facet === 'hiring' && lastTopic.roles?.length === 2
      ? lib.roles(lastTopic.roles)
      : prevFacet === 'hiring'
        ? before
        : [];
  if (weighed.length === 2 && WHICH_IS_IT.test(joined) && q.named.every((r) => weighed.includes(r))) {
    const choice = choiceOf(
      lib,
      weighed.map((r) => r.id),
    );
    if (choice) return choiceAgain(choice, joined.match(WHICH_IS_IT)?.[0].split(' '));
  }
  // "does company size matter for that choice?" after when to hire one of two weighed before: the
  // choice between the two again, for that.
  if (prevFacet === 'hiring' && q.named.length === 0 && THAT_CHOICE.test(joined)) {
    const choice = choiceOf(lib, [...(previous.among ?? previous.roles), ...(previous.earlier ?? [])]);
    if (choice) return choiceAgain(choice, joined.match(THAT_CHOICE)?.[0].split(' '));
  }
  // "which of the two should we hire first? we have a traditional sales model" after the CSO and the
  // CRO: the choice between them, weighed for the situation told.
  const twoOf = before.length === 2 ? before : undefined;
  // ("which one for us, 40 ppl?": which of them, for a situation, asks whom to hire.)
  const asksChoice =
    twoOf &&
    (q.facet === 'hiring' || (!q.facet && SITUATION.test(joined))) &&
    q.named.length === 0 &&
    (WHO.test(joined) || /\b(?:which|quale|quali)\b/.test(joined) || THE_TWO_OF.test(joined));
  const choosing =
    asksChoice &&
    choiceOf(
      lib,
      twoOf.map((r) => r.id),
    );
  if (choosing) {
    const plan = choiceAgain(choosing);
    const asked = new Set(q.facetWords ?? []);
    const specifics = (plan.specifics ?? []).filter((w) => !asked.has(w) && !CHOOSING_WORDS.has(w));
    return { ...plan, specifics, used: [...(plan.used ?? []), ...CHOOSING_WORDS] };
  }
  // ("which should we hire first?" after the AE and the BDR, whom no source weighs against each
  // other: the two on hiring, which says what the sources lack, not whom to hire of a CSO and a CRO.)
  if (asksChoice) {
    return {
      roles: twoOf,
      facet: 'hiring',
      downward: false,
      used: [...CHOOSING_WORDS],
      assumed: { roles: previous.roles, ...said(lib.msg.thread.aboutRoles(twoOf.map(shortName))) },
    };
  }
  // "like what concretely?", "tell me more", "for example?": the last answer's subject again.
  if (q.named.length === 0 && !q.facet && MORE_OF_IT.test(joined)) return sameAgain([...q.words]);
  // "why?", "how so?": the last answer's subject again, where its reasons are.
  if (WHY.test(joined)) {
    // "why that one?" after a choice that leaned to the CRO: the reasons to hire a CRO.
    const [leaned] = before;
    if (lastTopic?.facet === 'hiring' && leaned && before.length === 1) return onlyOne(leaned);
    // ("why the gap?": the gap is the difference just shown.)
    return sameAgain(q.words.filter((w) => !STOPWORDS.has(w)));
  }

  // The relation answers the question's words, "feeds" included: none is left unanswered. Words of
  // the reporting line ("fall under them") say nothing more than the facts naming the other role.
  const relation = (role: Role, others: readonly Role[]): FollowUpPlan => ({
    roles: [role, ...others],
    facet: 'reporting',
    relation: true,
    downward: false,
    specifics: q.facet === 'reporting' && !q.facetWords?.some(isLead) ? [] : q.rest.filter(own),
    used: q.rest.filter(own),
    assumed: { roles: [role.id], ...said(lib.msg.thread.aboutRoles([shortName(role)])) },
  });

  // "how do they differ from the manager and the vp?" after the team lead: "they" beside the two
  // named, the three side by side.
  const [single] = before;
  if (
    single &&
    before.length === 1 &&
    q.named.length >= 2 &&
    !q.named.includes(single) &&
    comparing &&
    THEY_DIFFER.test(joined)
  ) {
    return {
      roles: [single, ...q.named].slice(0, 4),
      ...(q.facet ? { facet: q.facet } : {}),
      downward: false,
      assumed: { roles: [single.id], ...said(lib.msg.thread.comparedWith([shortName(single)])) },
    };
  }
  if (q.named.length >= 2) {
    // ("what would that look like in practice for a cso or cro" after the trends: the two on them.)
    const topicFacet = lastTopic?.facet;
    if (
      !q.facet &&
      topicFacet &&
      referring &&
      !comparing &&
      q.named.every((r) => r.facets[topicFacet]?.length)
    ) {
      return {
        roles: q.named.slice(0, 4),
        facet: topicFacet,
        downward: false,
        assumed: {
          roles: [],
          facet: topicFacet,
          ...said(lib.msg.thread.aboutTopic(topicTitle(lastTopic, lib.lang))),
        },
      };
    }
    // "BDR and SDR?" after "how much does an SDR earn": both of them, on what was asked before.
    if (!carried || !prevFacet) return;
    return {
      roles: q.named.slice(0, 4),
      facet: prevFacet,
      downward: false,
      assumed: { roles: [], facet: prevFacet, ...said(aboutFacet(prevFacet)) },
    };
  }

  const [role] = q.named;
  // "do they usually get promoted to AE?" after the SDR: the SDR's career, toward the AE. After a
  // career answer, "and the path to CRO?" asks the same of another role, like "and for a CRO?".
  // ("vs becoming a CSO?", "how do people become a CRO?" after a career answer: the other role's path.)
  // "if we keep our existing cso too, how does that work?" after a choice that leaned to the CRO: how
  // the two would stand together, their reporting lines.
  const [kept] = before;
  if (
    role &&
    kept &&
    before.length === 1 &&
    kept !== role &&
    HOW_IT_WORKS.test(joined) &&
    choiceOf(lib, [kept.id, role.id])
  ) {
    return {
      roles: [kept, role],
      facet: 'reporting',
      downward: false,
      assumed: { roles: [kept.id], ...said(lib.msg.thread.aboutRoles([shortName(kept), shortName(role)])) },
    };
  }
  // "and if i get promoted to ae what changes": the duties of the job moved to.
  if (
    role &&
    q.destination &&
    WHAT_CHANGES.test(joined) &&
    (!q.facet || q.facet === 'career' || q.facet === 'trends')
  ) {
    return {
      roles: [role],
      facet: 'responsibilities',
      downward: false,
      used: joined.match(WHAT_CHANGES)?.[0].split(' '),
      assumed: { roles: [role.id], ...said(lib.msg.thread.aboutRoles([shortName(role)])) },
    };
  }
  const transition =
    q.destination &&
    (referring || !(SWITCHES.test(joined) || GENERIC_PEOPLE.test(joined)) || prevFacet !== 'career');
  // ("can u get to cro from marketing?" after the CSO: from marketing, not from the CSO.)
  const origin = /\b(?:from|dal mondo del|dalla|dal|da) (?:the |a |an |il |la )?([\p{L}-]+)/u.exec(
    joined,
  )?.[1];
  const fromElsewhere = origin !== undefined && q.rest.includes(origin) && !STOPWORDS.has(origin);
  if (role && transition && ownRoles && fromElsewhere) {
    return {
      roles: [role],
      facet: 'career',
      downward: false,
      specifics: [origin],
      assumed: { roles: [], ...said(lib.msg.thread.aboutRoles([shortName(role)])) },
    };
  }
  if (role && transition && ownRoles && !before.some((r) => r.id === role.id)) {
    // "how do I get to CSO?" after "I'm an SDR": how people reach the CSO, which the asker wants. So
    // is "the long-term path to CSO" after the SDR: a role far above, whose own path the sources give
    // (the next rungs up are where the role's own path leads: "can they become an AE?").
    // (After a move, "SDR to AE", the role moved to: "what about becoming a CSO?" climbs on from it.)
    // ("and if i wanted to end up cro instead?" from an SDR who said so: from the asker's own role.)
    const firstPerson = q.words.some((w) => FIRST_PERSON.has(w));
    const [self] =
      firstPerson && previous.asker?.self && previous.asker.self !== role.id
        ? lib.roles([previous.asker.self])
        : [];
    const [from] = self ? [self] : before.length === 1 ? before : before.filter((r) => r.id === previous.to);
    const far = from && (from.level ?? 0) - (role.level ?? 0) > 2 && !!role.facets.career?.length;
    const mine = (before.length === 1 || !!self) && firstPerson;
    if (from && (mine || far)) {
      return {
        roles: [role],
        facet: 'career',
        downward: false,
        start: from,
        assumed: { roles: [from.id], ...said(lib.msg.thread.aboutRoles([shortName(from)])) },
      };
    }
    return {
      roles: before,
      facet: 'career',
      downward: false,
      route: role,
      assumed: { roles: previous.roles, ...said(lib.msg.thread.aboutRoles(before.map(shortName))) },
    };
  }
  // "does he report to the CRO?" after "CRO vs VP of Sales": "he" is the one of the two not named.
  const [one, two] = before;
  // ("does she report to him?" speaks of both.)
  const singular =
    one &&
    two &&
    before.length === 2 &&
    !PLURAL.test(joined) &&
    !EACH_OTHER.test(joined) &&
    q.words.some(isSingular);
  if (role && singular && !comparing) {
    const other = one.id === role.id ? two : two.id === role.id ? one : undefined;
    if (other) return onlyOne(other);
  }
  if (role) {
    const earlier = before.filter((r) => r.id !== role.id);
    // "compare with the CSO", "how is that different from a BDR", "if there's a CSO too, who reports
    // to whom?": the new role beside the previous.
    // "does a VP make more?" after the CRO's pay: more than the CRO, on what is asked.
    // ("does the same apply to a CSO?" asks the last answer of the CSO alone.)
    const beside =
      (comparing &&
        !(sameFor && prevFacet && q.words.every((w) => !COMPARE_CUES.has(w) || w === 'similar'))) ||
      THEM_OR.test(joined) ||
      OR_ONE.test(joined) ||
      (PLURAL.test(joined) && !(sameFor && prevFacet)) ||
      OR_IS_THAT.test(joined) ||
      PLACED_AGAINST.test(joined) ||
      (!!q.facet && MORE_THAN_IT.test(joined));
    if (ownRoles && beside && earlier.length > 0 && earlier.length === before.length) {
      // "compare with the CSO" after the CRO's pay compares their pay; "how's that different from a
      // team lead?" asks how the roles differ, whatever was asked before. ("is that different for a
      // CSO?" asks the last question again.)
      // ("e rispetto al CRO quali sono le differenze principali": the main differences, whatever was asked.)
      const differing =
        (DIFFERS_FROM.test(joined) && !q.words.some((w) => SET_BESIDE.has(w))) ||
        MAIN_DIFFERENCES.test(joined);
      const facet = q.facet ?? (differing ? undefined : prevFacet);
      // ("do they recruit, or is that the manager's job?": recruiting, the duty asked, leads.)
      const duty = q.facet === 'responsibilities';
      const specifics = duty ? telling : telling.filter((w) => !q.facetWords?.includes(w));
      return {
        roles: [...earlier.slice(0, 3), role],
        ...(facet ? { facet } : {}),
        downward: false,
        ...(specifics.length > 0 ? { specifics } : {}),
        assumed: {
          roles: earlier.map((r) => r.id),
          ...(facet && !q.facet ? { facet } : {}),
          ...said(
            comparing
              ? lib.msg.thread.comparedWith(earlier.map(shortName))
              : lib.msg.thread.aboutRoles([...earlier, role].map(shortName)),
          ),
        },
      };
    }
    // "does the SDR team fall under them?" after the CRO: how the CRO and the SDR stand.
    // (After two, "does the vp report to them?" names one: "them" is the other.)
    const only =
      before.length === 1
        ? before[0]
        : before.length === 2 && before.some((r) => r.id === role.id)
          ? before.find((r) => r.id !== role.id)
          : undefined;
    const other = only && only.id !== role.id;
    // ("and the sales manager, who's above them?" opens on the role: "them" is that role.)
    // ("so who do the SDRs pass their leads to?": "their" is the SDRs' own, no relation to the thread's.)
    const object = /\b(?:them|him|loro)\b|\bchi (?:gli|le)\b/.test(joined) || !POSSESSIVE.test(joined);
    // ("do they report to the sales manager?" after the team lead: how the two stand, "they" the lead.)
    const theyReport =
      /\b(?:do|does|would|will|should|did) (?:they|he|she) (?:report|answer) (?:in)?to\b/.test(joined);
    // ("and does the CSO report to him?", "e il CSO riporta a lui?" after the CRO: the two, though it
    // opens like a switch.)
    const toThem = REPORTS_TO_THEM.test(joined);
    if (
      other &&
      q.facet === 'reporting' &&
      ((OBJECT.test(joined) && object) || theyReport || toThem) &&
      (!SWITCHES.test(joined) || toThem)
    )
      return relation(only, [role]);
    // "what's the pay for the manager?" after the Team Lead and the Sales Manager: that one, on it.
    // ("who handles complaints and discounts, the manager?": that one, led by the duty asked.)
    if (q.fromThread && (q.facet || telling.length > 0)) return onlyOne(role);
    // "does the cso need to care about any of that?" after sales tools: the role on the topic's facet.
    const onTopic = lastTopic?.facet;
    if (!q.facet && onTopic && ANY_OF_THAT.test(joined) && role.facets[onTopic]?.length) {
      return {
        roles: [role],
        facet: onTopic,
        downward: false,
        assumed: {
          roles: [],
          facet: onTopic,
          ...said(lib.msg.thread.aboutTopic(topicTitle(lastTopic, lib.lang))),
        },
      };
    }
    if (!carried) return;
    // "what about the VP of Sales?", "and the BDR?", "cso?": the same question of another role,
    // on the same point ("and BDRs?" after "do SDRs do B2B or B2C?": B2B leads).
    const point = previous.point;
    const unknown = previous.unknown?.length ? { unknown: previous.unknown } : {};
    if (prevFacet) {
      // ("the CRO equivalent", "same q for": the words that asked it again were read.)
      const echo = [...(joined.match(SAME_FOR)?.[0].split(' ') ?? []), ...(figure ? telling : [])];
      return {
        roles: [role],
        facet: prevFacet,
        downward: false,
        ...unknown,
        ...(point?.length ? { specifics: point } : {}),
        ...(echo.length > 0 ? { used: echo } : {}),
        assumed: { roles: [], facet: prevFacet, ...said(aboutFacet(prevFacet)) },
      };
    }
    if (point?.length) {
      return {
        roles: [role],
        downward: false,
        specifics: point,
        ...unknown,
        assumed: { roles: [], ...said(lib.msg.thread.aboutPoint(point)) },
      };
    }
    // After "how does lead generation work", "and the SDR?": the SDR, led by what the topic was about.
    if (topic) {
      return {
        roles: [role],
        downward: false,
        specifics: topic.words,
        assumed: { roles: [], ...said(lib.msg.thread.aboutTopic(topic.title)) },
      };
    }
    return;
  }
  // "any AI ones?", "and for call recording?", "e per l'analisi delle performance?" after the sales
  // technology topic: that topic again, led by what is asked, where it speaks of it.
  const shown = previous.kind === 'topic' ? lastTopic : undefined;
  const topicWords = shown ? lib.topicWords(shown) : undefined;
  const inTopic = (w: string) => {
    const x = stem(w);
    if (!topicWords || topicWords.has(x)) return !!topicWords;
    for (const y of topicWords) if (y[0] === x[0] && akin(x, y)) return true;
    return false;
  };
  // (A topic of some roles, "CSO or CRO?", carries on with them below: "how do they work together?";
  // "anything besides AI?" after the trends asks for the rest of the topic.)
  const besides = BESIDES.test(joined);
  // ("and which CRM would they live in?" after building a team: a facet another topic is on, which
  // no section of this one answers, is that topic's, though this one's text says "CRM" in passing.)
  const elsewhere =
    !!shown &&
    !!q.facet &&
    !ONES.test(joined) &&
    !shown.sections.some((s) => s.facet === q.facet) &&
    lib.kb.topics.some((t) => t !== shown && t.facet === q.facet && !t.roles?.length);
  if (
    shown &&
    (!ownRoles || (besides && (!q.facet || q.facet === shown.facet))) &&
    q.named.length === 0 &&
    // ("and what should we measure them on?": a facet one of its sections is on.)
    (telling.some(inTopic) || (!!q.facet && shown.sections.some((s) => s.facet === q.facet))) &&
    // ("what platforms for finding candidates?" after building a team: every word asked is the topic's.)
    (continues ||
      referring ||
      ONES.test(joined) ||
      telling.every(inTopic) ||
      (!!q.facet && shown.sections.some((s) => s.facet === q.facet))) &&
    // ("AI insights" are a trend too: a facet read from words the topic itself uses keeps to it, as
    // does one asked as "and for ...?", "e per ...?", unless a topic of its own has that facet: "what
    // about the future of AI?" is the trends.)
    // ("good conversion benchmarks?" after the KPIs a team tracks: a facet one of its sections is on.)
    (!q.facet ||
      q.facet === shown.facet ||
      shown.sections.some((s) => s.facet === q.facet) ||
      ((q.facetWords ?? []).every((w) => tokenize(w).every(inTopic)) && !elsewhere) ||
      (continues && !lib.kb.topics.some((t) => t.facet === q.facet)))
  ) {
    // ("which KPIs should we track for the team?" after building a team: its section on metrics.)
    const section = q.facet ? shown.sections.find((s) => s.facet === q.facet) : undefined;
    return {
      roles: lib.roles(shown.roles ?? []),
      ...(section ? { facet: q.facet } : {}),
      downward: false,
      topic: shown,
      specifics: besides ? [] : [...telling, ...(section ? tokenize(section.heading) : [])],
      used: besides ? telling : [],
      assumed: { roles: [], ...said(lib.msg.thread.aboutTopic(topicTitle(shown, lib.lang))) },
    };
  }
  if (!ownRoles) return;

  // ("so someone from marketing could get there, not just sales people?": "there" is the role.)
  // ("would I coach reps?" after becoming a sales manager: the asker in that role, not sales people.)
  // ("and back when we were just one product + a classic sales team?" after a choice: a situation.)
  if (q.general && !referring && !situation && !q.words.some((w) => FIRST_PERSON.has(w))) return;
  // A question with its own topic and no pointer back is a new subject ("how does lead generation work?").
  // A count per period ("how many cold calls a day?") asks about someone's activity: the role's.
  // "what tools?" after the CSO asks nothing but a facet: the CSO's tools, though sales tools are a
  // topic too ("software to automate follow-up emails?" says more, and is the topic).
  // ("which crm do ppl actually use" after the CSO's tools asks what people in general use: the topic.)
  const generic = GENERIC_PEOPLE.test(joined);
  const onlyFacet =
    q.facet !== undefined && telling.length > 0 && telling.every((w) => q.facetWords?.includes(w));
  // ("what about AI?" after the CSO's tools carries on; "and which tools help automate the follow-up
  // emails?" asks a topic outright, which "and" does not hold.)
  // ("what about building prospect lists?" after the BDR: "what about" carries on, however long.)
  const carriesOn =
    referring ||
    !q.topic ||
    (!generic &&
      (q.rate === true || onlyFacet || (continues && (q.words.length <= 4 || WHAT_ABOUT.test(joined)))));
  const note = said(lib.msg.thread.aboutRoles(before.map(shortName)));
  // The roles in the order the thread named them: "the first one", "which of them" pick among them.
  // (After a choice that leaned to one, "if we end up with both" means the two it was between.)
  // ("could we end up with both?" after when to hire a CRO: the CRO and the role it is chosen against.)
  const chosenFrom = previous.among && previous.among.length >= 2 ? lib.roles(previous.among) : undefined;
  const [sole] = before;
  const pair =
    sole && before.length === 1 && !previous.earlier?.length && BOTH.test(joined)
      ? counterpart(lib, sole)
      : undefined;
  const named =
    before.length >= 2
      ? before
      : (chosenFrom ??
        (pair && sole ? [pair, sole] : [...lib.roles(previous.earlier ?? []).slice(0, 1), ...before]));
  // "and the other one?" after the CSO alone: the role it is chosen against, or its one comparison.
  const [alone] = before;
  if (alone && named.length === 1 && OTHER_ONE.test(joined)) {
    const other = counterpart(lib, alone);
    if (other) {
      const facet = q.facet ?? (telling.length === 0 ? prevFacet : undefined);
      return {
        roles: [other],
        ...(facet ? { facet } : {}),
        downward: false,
        used: ['other'],
        assumed: {
          roles: [],
          ...(facet && !q.facet ? { facet } : {}),
          ...said(lib.msg.thread.aboutRoles([shortName(other)])),
        },
      };
    }
  }
  // "does he close deals?", "how much does she make?" after two roles: the one whose facts say
  // so, else the one named last, as "he" most often means.
  if (singular && !comparing && !ordinal(q.words, named, false)) {
    const doer = telling.length > 0 ? roleDoing(lib, telling, before) : undefined;
    return onlyOne(doer ?? two);
  }
  // "pay for the higher one?" after the CSO and the VP of Sales: the CSO.
  const ranked = rankedOne(q.words, named);
  if (ranked) {
    const facet = q.facet ?? prevFacet;
    return {
      roles: [ranked.role],
      used: ranked.words,
      ...(facet ? { facet } : {}),
      downward,
      assumed: {
        roles: [ranked.role.id],
        ...(facet && !q.facet ? { facet } : {}),
        ...said(lib.msg.thread.aboutRoles([shortName(ranked.role)])),
      },
    };
  }
  // "and typical OTE for the first one?" after the SDR and the BDR: the SDR.
  const pick = ordinal(q.words, named, before.length === 1);
  if (pick) {
    const { role: picked } = pick;
    const rest = telling.filter((w) => w !== pick.word);
    const facet = q.facet ?? (rest.length === 0 ? prevFacet : undefined);
    return {
      roles: [picked],
      used: [pick.word],
      ...(facet ? { facet } : {}),
      downward,
      ...(facet ? {} : { specifics: rest }),
      assumed: {
        roles: [picked.id],
        ...(facet && !q.facet ? { facet } : {}),
        ...said(lib.msg.thread.aboutRoles([shortName(picked)])),
      },
    };
  }
  // "which of them earns more?" after "how much does a CSO make?" and "and a CRO?": the two roles
  // last named, not only the last answer's, on the facet asked (or, with none, asked before).
  // ("what if sales and marketing already work well together?" after whom to hire of the two: a
  // situation the choice weighs, below, though "together" speaks of two.)
  const weighsAgain =
    prevFacet === 'hiring' &&
    SITUATION.test(joined) &&
    !!choiceOf(
      lib,
      named.map((r) => r.id),
    );
  // ("would it be different for a hire based in Milan?" asks the last answer again, elsewhere: below.)
  const askedAgain = joined.match(CHANGES) !== null;
  if (
    before.length === 1 &&
    named.length === 2 &&
    (comparing || PLURAL.test(joined)) &&
    !weighsAgain &&
    !askedAgain
  ) {
    // ("which of the 2 is higher?" after their pay: a word that ranks asks the same facet again.)
    const asking = telling.filter((w) => !RANKS.test(w) && !COUNT.test(w));
    // ("ok whats the actual difference between those two roles": overall, whatever was asked.)
    const overall = MAIN_DIFFERENCES.test(joined) || BETWEEN_THE_TWO.test(joined);
    const facet = q.facet ?? (asking.length === 0 && !overall ? prevFacet : undefined);
    return {
      roles: named,
      ...(facet ? { facet } : {}),
      downward: false,
      ...(facet ? { used: telling.filter((w) => RANKS.test(w)) } : {}),
      assumed: {
        roles: named.map((r) => r.id),
        ...(facet && !q.facet ? { facet } : {}),
        ...said(lib.msg.thread.aboutRoles(named.map(shortName))),
      },
    };
  }
  // "who feeds them leads?", "who sets their quotas?" after the AE: the role the AE's knowledge names
  // for it, beside the AE. ("who do they report to?" asks the AE's own reporting line.)
  const [only] = before;
  // (Italian says who without a pronoun: "e a chi passa i lead?".)
  // ("who's supposed to be feeding me leads?" from an AE who said so: "me" is the AE.)
  // ("who gets the leads i qualify", "a chi passo i lead qualificati?" from an SDR: the SDR.)
  const meThem =
    !!only &&
    previous.asker?.self === only.id &&
    (/\b(?:i|me|my|mi|mio|miei|io)\b/.test(joined) || (lib.lang === 'it' && /\ba chi\b/.test(joined)));
  // ("and where do the leads come from in the first place?" after the SDR's hand-off: the SDR's.)
  const leadsFrom = /\bwhere\b.*\bleads?\b.*\b(?:come|coming) from\b/.test(joined);
  // ("where do my leads go after me?": they go out.)
  const leadsTo = /\bwhere\b.*\bleads?\b.*\b(?:go|goes|going|end up|head)\b/.test(joined);
  const pronoun =
    q.words.some((w) => PRONOUNS.has(w)) ||
    OBJECT.test(joined) ||
    meThem ||
    // ("where do the leads come from in the first place?" after the SDR: the SDR's leads.)
    leadsFrom ||
    (continues && lib.lang === 'it') ||
    // ("da chi riceve i lead?": Italian leaves the subject, the thread's role, unsaid.)
    /\bda chi\b/.test(joined);
  const asksWho =
    WHO.test(joined) ||
    (/\bwhere\b/.test(joined) && (OBJECT.test(joined) || leadsFrom || (leadsTo && meThem)));
  // "who do they report to?" is the role's own reporting line; "who gives them leads?" (the reporting
  // facet, read from a hand-off of leads) a relation.
  const ownLine = q.facet === 'reporting' && !q.facetWords?.some(isLead);
  if (only && before.length === 1 && !ownLine && !q.also && pronoun && asksWho) {
    // "who feeds them" asks what comes to the role; "who do they pass leads to", where it goes.
    // (Italian puts "to them" before the verb: "chi gli passa i lead?" comes in, "a chi passa" goes out.)
    // ("who do I pass my leads to?": a "to" at the end goes out, though "my" is the asker.)
    const way =
      /\b(?:to|a chi)$|\ba chi\b|\bwho gets\b/.test(joined) || leadsTo
        ? 'out'
        : OBJECT.test(joined) || meThem || leadsFrom || /\bchi (?:gli|le|li|mi|ci)\b|\bda chi\b/.test(joined)
          ? 'in'
          : undefined;
    // "who leads them?" asks who is in charge: the verb, not the leads an AE is handed.
    const verb = LEADS_VERB.test(joined);
    const words = q.rest.filter((w) => own(w) && !(verb && isLead(w)));
    const others = relatedRoles(lib, only, words, way);
    // "who feeds them leads?", "where do their leads come from?" after the AE: the roles leads come
    // through on the way to it, each feeding the next (SDRs, and the BDRs before them), as readers
    // take it, not the AE again.
    const [feeder] = others;
    if (feeder && others.length === 1 && way === 'in' && q.words.some(isLead)) {
      const upstream = relatedRoles(lib, feeder, words, 'in').filter((r) => r.id !== only.id);
      if (upstream.length > 0) {
        const note = said(lib.msg.thread.aboutRoles([shortName(only)]));
        return { ...relation(feeder, upstream), stays: [only], assumed: { roles: [only.id], ...note } };
      }
    }
    if (others.length > 0) return relation(only, others);
  }
  // "and if we're a 20-person startup?", "what if marketing is separate?" after "when should we hire
  // a CSO?": a company's situation asks which role to hire, the choice their hiring topic weighs.
  // ("if that changes anything": the words of the change ask nothing of their own.)
  const changing = joined.match(CHANGES)?.join(' ') ?? '';
  // (SCENARIO is global for pointerWords: matched, not tested, so no lastIndex is left behind.)
  const saysScenario = joined.match(SCENARIO) !== null;
  // ("and if we later launch a subscription product line?" after a choice and a question about the
  // role chosen: the choice is still what the thread weighs.)
  const choseBefore =
    !!previous.among &&
    previous.among.length === 2 &&
    !q.facet &&
    saysScenario &&
    !!choiceOf(lib, previous.among);
  const choice =
    // ("which one for us, 40 ppl saas" after the two set side by side: the choice between them too.)
    (prevFacet === 'hiring' || choseBefore || (before.length === 2 && (!q.facet || q.facet === 'hiring'))) &&
    (!q.facet ||
      q.facet === 'hiring' ||
      (q.facetWords ?? []).every((w) => changing.includes(w)) ||
      // ("what if our revenue comes from subscriptions?": a situation, though "comes from" asks history.)
      (saysScenario && !referring)) &&
    // (After the choice itself, "what if our revenue comes from subscriptions?" weighs it again.)
    (SITUATION.test(joined) || changing !== '' || (previous.kind === 'topic' && saysScenario))
      ? choiceOf(lib, choseBefore ? (previous.among ?? []) : before.map((r) => r.id))
      : undefined;
  if (choice) return choiceAgain(choice);
  // "does that change if we're growing fast?" after choosing between a CSO and a CRO: the same
  // question of the same roles, in the situation it names (a facet's word there, as "startup" is
  // hiring's, names the situation, not what is asked).
  // A facet's words there describe the situation ("what if our revenue comes from subscriptions?"),
  // unless they ask something of the roles ("what if we hire both, how do they work together?").
  const scenario = saysScenario && (!q.facet || q.facet === prevFacet || !referring);
  // "what's that about customer lifetime value?": a word of the last answer, on its facet.
  // "what does the ethical part mean?", "what drives the number up?": a part of the last answer.
  // "how do they deal with those?" after the challenges: those of the last answer ("they" is the role).
  const aboutThat =
    /^(?:so )?what(?: s| is)? (?:that|this) about\b/.test(joined) ||
    // ("whats the hardest part of that job" after the day asks the challenges: a facet of its own.)
    // ("what drives the numbers up or down?" after pay: "numbers" is the figures just given.)
    ((PART_OF_IT.test(joined) || MOVES_IT.test(joined)) &&
      (!q.facet || q.facet === prevFacet || onlyIn(q.facetWords, joined.match(MOVES_IT)?.[0]))) ||
    (!q.facet && THOSE.test(joined));
  if (prevFacet && (joined.match(CHANGES) || scenario || (aboutThat && !generic))) {
    // ("what pushes it higher?": which way it moves is no fact of its own.)
    const moves = MOVES_IT.test(joined);
    const way = moves ? [...telling, ...loose].filter((w) => WHICH_WAY.has(w)) : [];
    const specifics = [...telling, ...loose].filter((w) => !way.includes(w));
    return {
      roles: before,
      facet: prevFacet,
      downward: false,
      specifics,
      ...(way.length > 0 ? { used: way } : {}),
      assumed: { roles: previous.roles, facet: prevFacet, ...note },
    };
  }
  // "what tools help with that?" after lead generation, whose roles have nothing on tools: the topic
  // every sales team's tools are in, not the roles lead generation only bears on.
  const asked = q.facet;
  const general =
    asked && carriesOn && lastTopic && !lastTopic.facet && before.every((r) => !r.facets[asked]?.length)
      ? teamTopicOn(lib.kb.topics, asked, false)
      : undefined;
  if (general && lastTopic) {
    return {
      roles: [],
      facet: asked,
      topic: general,
      downward: false,
      specifics: telling.filter((w) => !q.facetWords?.includes(w)),
      assumed: { roles: [], ...said(lib.msg.thread.aboutTopic(topicTitle(lastTopic, lib.lang))) },
    };
  }
  if (q.facet && carriesOn) {
    // "is training new reps part of their job?": the facts on training lead. ("which is higher paid?"
    // sets their pay side by side: "higher" is read.)
    const specifics = telling.filter((w) => !q.facetWords?.includes(w));
    const ranks = before.length >= 2 ? telling.filter((w) => RANKS.test(w)) : [];
    return {
      roles: before,
      facet: q.facet,
      downward,
      ...(specifics.length > 0 ? { specifics } : {}),
      ...(ranks.length > 0 ? { used: ranks } : {}),
      assumed: { roles: previous.roles, ...note },
    };
  }
  // "how do they compare?", "what's the difference?" after a comparison: the same roles again.
  // ("ok whats the actual difference between those two roles" after their pay: how they differ overall.)
  if (comparing && before.length >= 2) {
    const overall = MAIN_DIFFERENCES.test(joined) || BETWEEN_THE_TWO.test(joined);
    return {
      roles: before,
      ...(prevFacet && !overall ? { facet: prevFacet } : {}),
      downward: false,
      assumed: { roles: previous.roles, ...note },
    };
  }
  // "any around AI?" after the CRO's trends, "what affects it?" after pay: every word asked is in the
  // facts of that facet, so the question stays there, led by those facts (a topic of two roles that
  // also speaks of AI is another subject). "will I be doing demos?" after the AE: in the AE's facts.
  const fits = (r: Role, facts: readonly Fact[]) =>
    telling.every((w) => speaks(lib, r, facts, w)) &&
    [...telling, ...loose].some((w) => speaks(lib, r, facts, w));
  // A facet word of the same facet ("AI" is a trends word) asks no new facet.
  if (
    (!q.facet || q.facet === prevFacet) &&
    placing.length === 0 &&
    telling.length + loose.length > 0 &&
    !(generic && q.topic)
  ) {
    const facetFacts = (r: Role) => (prevFacet ? (r.facets[prevFacet] ?? []) : []);
    if (prevFacet && before.some((r) => fits(r, facetFacts(r)))) {
      return {
        roles: before,
        facet: prevFacet,
        downward: false,
        specifics: [...telling, ...loose],
        assumed: { roles: previous.roles, facet: prevFacet, ...note },
      };
    }
    // Anywhere in the role's facts counts only for a question about the person ("will I be doing
    // demos?") or with no subject of its own: "how does lead generation work?" is a topic.
    const [only] = before;
    const everything = (r: Role) => Object.values(r.facets).flatMap((f) => f ?? []);
    // ("b2b or b2c mostly?": a fragment asking nothing of its own is about them too.)
    const elliptic = q.words.length <= 5 && !QUESTION_OPENER.test(joined);
    const aboutThem = carriesOn || elliptic || q.words.some((w) => FIRST_PERSON.has(w));
    if (!q.facet && aboutThem && only && before.length === 1 && fits(only, everything(only))) {
      const specifics = [...telling, ...loose];
      return { roles: before, downward: false, specifics, assumed: { roles: previous.roles, ...note } };
    }
  }
  // "and what's it in Europe, in euros?" after pay: words no source uses ask the same facet of the
  // same role somewhere the sources don't reach; the answer then says they don't cover them.
  const unknown = telling.length > 0 && telling.every((w) => !lib.knows(stem(w)));
  // "in Italy?", "at a Series A startup?" after pay: a fragment naming where, asked of the same facet
  // (a word of hiring there, "startup", names the company, not what is asked).
  const fragment =
    q.words.length <= 7 &&
    /^(?:in|at|for|per|nel|nella|negli|in the|(?:e )?(?:a|ad|in|per|nel|nella|nello|negli|nei))\b/.test(
      joined,
    ) &&
    (!q.facet || q.facet === 'hiring') &&
    prevFacet !== 'hiring';
  if (prevFacet && ((!q.facet && !q.topic && (continues || referring) && unknown) || fragment)) {
    return {
      roles: before,
      facet: prevFacet,
      downward: false,
      assumed: { roles: previous.roles, facet: prevFacet, ...note },
    };
  }
  // "what do they do?", "are they more B2B?": the role just discussed, led by what was asked. A
  // pronoun outweighs a topic's keywords ("what happens on their calls" is about their calls).
  if (referring) {
    const specifics = q.rest.filter((t) => !STOPWORDS.has(t) && !placing.includes(t));
    return { roles: before, downward: false, specifics, assumed: { roles: previous.roles, ...note } };
  }
  return;
}

/** Composes the answer a follow-up plan asks for, saying what it assumed. */
export function answerFollowUp(lib: Library, question: string, plan: FollowUpPlan): Answer {
  const answer = answerPlan(lib, question, plan);
  return plan.stays?.length ? { ...answer, related: plan.stays.map((r) => r.id) } : answer;
}

function answerPlan(lib: Library, question: string, plan: FollowUpPlan): Answer {
  const { roles, facet } = plan;
  const [role] = roles;
  // "is the VP of Sales under them?" after the CRO: where the two have a curated comparison with a
  // reporting line, it says who reports to whom when a company has both.
  const [, other] = roles;
  const curated =
    roles.length === 2 && role && other && !plan.specifics?.length
      ? lib.comparisonFor(role, other)?.dimensions.some((d) => d.facet === 'reporting')
      : false;
  // ("and if we sell subscriptions?" after "CSO or CRO?": the choice again, leaning where it points.)
  const choosing = plan.topic?.facet === 'hiring' && plan.topic.roles?.length === 2;
  const topical = plan.topic
    ? (choosing ? choiceAnswer : topicAnswer)(lib, question, plan.topic, plan.specifics ?? [])
    : undefined;
  // (A topic's section on another facet, led by it: the answer is on that facet.)
  const onSection =
    topical && plan.facet && plan.facet !== plan.topic?.facet
      ? { ...topical, subject: { ...topical.subject, facet: plan.facet } }
      : topical;
  const answer = onSection
    ? onSection
    : plan.relation && role && !curated
      ? relationAnswer(lib, question, role, roles.slice(1), plan.specifics ?? [])
      : roles.length >= 2 || !role
        ? compareRoles(lib, question, roles, facet, plan.specifics)
        : facet
          ? roleFacet(
              lib,
              question,
              role,
              facet,
              plan.downward,
              plan.specifics,
              // ("which other c-suite do they work with most?": those beside the role lead.)
              facet === 'reporting' && tokenize(question).some((t) => SIDEWAYS.has(t)),
            )
          : roleOverview(lib, question, role, plan.specifics);
  // "what do they do day to day and who do they report to": both parts, the first leading.
  if (plan.also && role && roles.length === 1 && facet)
    return { ...roleParts(lib, question, role, [facet, plan.also], plan.specifics), assumed: plan.assumed };
  if (plan.beyond && role) {
    const gap = lib.msg.nextStepNotCovered(shortName(role));
    return { ...answer, coverage: 'partial', intro: gap, assumed: plan.assumed };
  }
  if (plan.start && role) {
    const gap = lib.msg.routeToNotCovered(shortName(plan.start), shortName(role));
    return { ...answer, coverage: 'partial', intro: gap, assumed: plan.assumed };
  }
  if (plan.route && role) {
    // The sources say how people reach each role, never a route from one to the other.
    const gap = lib.msg.routeFromNotCovered(shortName(role), shortName(plan.route));
    return { ...answer, coverage: 'partial', intro: gap, assumed: plan.assumed };
  }
  // "and for the VP of Sales?" after "does a CRO need an MBA?": the VP's facts are silent on it too.
  const unknown =
    role && roles.length === 1 ? (plan.unknown ?? []).filter((m) => !speaksOf(lib, role, m, facet)) : [];
  if (unknown.length > 0) {
    const quoted = unknown.map((m) => `“${m}”`).join(', ');
    return {
      ...answer,
      coverage: 'partial',
      missing: [...(answer.missing ?? []), ...unknown],
      intro: `${lib.msg.notCovered(quoted)} ${answer.intro ?? ''}`.trim(),
      assumed: plan.assumed,
    };
  }
  return { ...answer, assumed: plan.assumed };
}

/** Whether the role's facts (of `facet`, if given) speak of `missing` ("MBA", "how many": never). */
function speaksOf(lib: Library, role: Role, missing: string, facet?: FacetKey): boolean {
  const words = tokenize(missing).filter((w) => !STOPWORDS.has(w));
  if (words.length === 0) return false;
  const within = facet ? (role.facets[facet] ?? []) : undefined;
  return factsMentioning(lib, role, words, within).length > 0;
}

/**
 * One of `facts` of the role speaks of `word`: the word, a related word, or another form of it
 * ("ethics" and "ethical", "building" and "builds").
 */
function speaks(lib: Library, role: Role, facts: readonly Fact[], word: string): boolean {
  if (facts.length === 0) return false;
  const w = stem(word);
  const forms = [w, ...lib.related.of(w, stem)];
  const index = lib.factWordsOf(role);
  for (const f of facts) {
    const said = index.get(f);
    if (!said) continue;
    for (const x of forms) {
      if (said.has(x)) return true;
      for (const y of said) if (akin(x, y)) return true;
    }
  }
  return false;
}

/**
 * The turn a conversation carries after `answer`: what it was about when it matched. A miss or the
 * help keeps the previous turn, so "and their salary?" still works after a question the bot declined.
 */
export function nextTurn(previous: Turn | undefined, answer: Answer): Turn | undefined {
  if (!answer.matched) return previous;
  const roles = answer.related ?? answer.subject.roles;
  // A turn across many roles ("sales leaders") names none of them in particular.
  const named = (ids: readonly string[] = []) => (ids.length <= MAX_CARRIED ? ids : []);
  // (A relation's other side counts as named just before: "which of them ..." still reaches it.)
  const aside = answer.related ? answer.subject.roles.filter((id) => !roles.includes(id)) : [];
  const before = [...aside, ...(previous ? [...named(previous.roles), ...named(previous.earlier)] : [])];
  const earlier = [...new Set(before)].filter((id) => !roles.includes(id)).slice(0, MAX_EARLIER);
  // A single role's answer led by the question's own words: "and BDRs?" asks them again.
  const point = answer.point && roles.length === 1 ? answer.point : undefined;
  // One role picked among several ("who sets the quotas?" after two): "and who coaches?" picks again.
  const [one] = roles;
  // (Kept while the thread stays on that role: "why that one?", then "if we end up with both ...".)
  const stays = one && roles.length === 1 && previous?.roles.length === 1 && previous.roles[0] === one;
  const among =
    answer.among ??
    (one &&
    roles.length === 1 &&
    (answer.assumed?.roles.length ?? 0) >= 2 &&
    answer.assumed?.roles.includes(one)
      ? answer.assumed.roles
      : stays
        ? previous?.among
        : undefined);
  // A detail one role's answer lacked: "and for the VP?" asks it again.
  const unknown = answer.coverage === 'partial' && roles.length === 1 ? answer.missing : undefined;
  return {
    kind: answer.kind,
    ...answer.subject,
    roles: [...roles],
    ...(earlier.length > 0 ? { earlier } : {}),
    ...(among ? { among: [...among] } : {}),
    ...(point?.length ? { point: [...point] } : {}),
    ...(unknown?.length ? { unknown: unknown.slice(0, MAX_UNKNOWN) } : {}),
    // (A move told stays while the thread is on the role moved to: "would I still carry a quota?".)
    ...(answer.destination
      ? { to: answer.destination }
      : previous?.to && roles.includes(previous.to)
        ? { to: previous.to }
        : {}),
    ...(aside.length > 0 ? { beside: aside } : {}),
    ...(previous?.asker || answer.asker ? { asker: { ...previous?.asker, ...answer.asker } } : {}),
  };
}

/** Words a turn keeps of what its answer lacked. */
const MAX_UNKNOWN = 3;
/** A follow-up carries at most this many roles on; a turn about more is about roles in general. */
const MAX_CARRIED = 4;
/** Roles named before the last turn's that a conversation keeps: enough for "both of them". */
const MAX_EARLIER = 2;
