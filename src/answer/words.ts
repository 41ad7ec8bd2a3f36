/**
 * The small closed word lists the matcher needs. Role names, facet words and topic keywords live in
 * the knowledge base or beside the detector that uses them; these are the language's glue and the
 * signals that tell a question about sales roles from everything else.
 */

/** Articles and linking words dropped before phrase matching, so "vp of sales" = "vp sales". */
// biome-ignore format: a word list reads best packed
export const FILLERS = new Set([
  'a', 'an', 'the', 'of', 'for', 'our', 'my', 'your', 'their', 'its',
  'di', 'del', 'della', 'delle', 'dei', 'degli', 'dello', 'un', 'uno', 'una', 'il', 'lo', 'la', 'le', 'i', 'gli', 'l',
  'al', 'alla', 'allo', 'alle', 'agli', 'dalla', 'dallo', 'dalle', 'dagli', 'nella', 'nello', 'nelle', 'negli',
  'sulla', 'sullo', 'sulle', 'sugli', 'col', 'coi', 'dal', 'nel', 'sul', 'dai', 'nei', 'sui', 'all', 'dall', 'nell',
  'sull', 'dell',
]);

/** Words that carry no topic: they neither count for nor against a question being in scope. */
// biome-ignore format: a word list reads best packed
export const STOPWORDS = new Set([
  ...FILLERS,
  'what', 'whats', 'which', 'who', 'whom', 'whose', 'how', 'why', 'when', 'where', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'am', 's', 'do', 'does', 'did', 'doing', 'done', 'can', 'could', 'should', 'would', 'will',
  'shall', 'may', 'might', 'must', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'into', 'as', 'than',
  'and', 'or', 'but', 'if', 'so', 'then', 'that', 'this', 'these', 'those', 'there', 'here', 'it', 'they', 'them', 'em',
  'he', 'she', 'him', 'her', 'his', 'we', 'us', 'you', 'me', 'im', 'ive', 'id', 'dont', 'doesnt', 'isnt', 'arent',
  'not', 'no', 'yes', 'any', 'some', 'all', 'each', 'every', 'more', 'most', 'much', 'many', 'very', 'really',
  'just', 'also', 'please', 'pls', 'thanks', 'thank', 'hey', 'hi', 'hello', 'tell', 'explain', 'know', 'want',
  'like', 'get', 'got', 'have', 'has', 'had', 'other', 'another', 'one', 'ones', 'vs', 'versus', 'v', 'between',
  'difference', 'differences', 'compare', 'compared', 'comparison', 'mean', 'means', 'exactly', 'actually',
  'typical', 'typically', 'usually', 'good', 'best', 'better', 'need', 'needs', 'give', 'show', 'list',
  'describe', 'definition', 'define', 'quick', 'question', 'questions', 'answer', 'ok', 'okay', 'role', 'roles',
  'job', 'jobs', 'position', 'title', 'person', 'someone', 'somebody', 'people', 'company', 'companies', 're', 'll',
  't', 'd', 've', 'm', 'same', 'both', 'too', 'either', 'off',
  'because', 'cause', 'since', 'while', 'although', 'though', 'unless', 'until', 'whether', 'whereas',
  // what an apostrophe leaves of a negation: "don't" -> "don", "t"
  'don', 'doesn', 'didn', 'isn', 'aren', 'wasn', 'weren', 'haven', 'hasn', 'hadn', 'wouldn', 'shouldn', 'couldn',
  // pronouns of every kind: "do AEs negotiate themselves or is that someone else's job"
  'myself', 'yourself', 'himself', 'herself', 'itself', 'ourselves', 'yourselves', 'themselves', 'themself',
  'mine', 'yours', 'hers', 'ours', 'theirs', 'else', 'anyone', 'anybody', 'everyone', 'everybody', 'nobody',
  'something', 'anything', 'everything', 'nothing', 'whoever', 'whatever', 'whichever', 'etc', 'eg', 'ie',
  // chat shorthand: "what do ppl use", "which leads r ready", "thx"
  'ppl', 'r', 'u', 'ur', 'plz', 'thx', 'tho', 'btw', 'imo', 'tbh', 'k', 'kk',
  // what opens a reply before it says anything: "hmm, and the CSO's?", "cool, what about the VP?"
  'hmm', 'hmmm', 'hm', 'huh', 'ah', 'oh', 'ooh', 'cool', 'nice', 'wow', 'gotcha', 'ty', 'perfetto', 'capito',
  // Italian
  'che', 'cosa', 'cos', 'chi', 'come', 'quale', 'quali', 'quanto', 'quanta', 'perche', 'quando', 'dove', 'e', 'ed',
  'o', 'od', 'tra', 'fra', 'per', 'con', 'su', 'da', 'sono', 'sei', 'ha', 'hanno', 'fa', 'fanno', 'mi', 'ti', 'ci',
  'si', 'non', 'piu', 'anche', 'ruolo', 'ruoli', 'differenza', 'differenze', 'qual', 'spiega', 'dimmi', 'ciao',
  'grazie', 'sta', 'stanno', 'c', 'ce', 'essere', 'fare', 'entrambi', 'stesso', 'stessa', 'se', 'azienda', 'aziende', 'altro', 'altra', 'altri', 'altre',
  'tutto', 'tutta', 'tutti', 'tutte', 'questo', 'questa', 'questi', 'queste', 'quello', 'quella', 'quelli', 'quelle',
  'ogni', 'molto', 'molti', 'ancora', 'gia', 'solo', 'sempre', 'mai', 'qui', 'qua', 'li', 'loro', 'lui', 'lei', 'noi', 'voi', 'suo', 'sua', 'suoi', 'sue',
  'invece', 'figura', 'dobbiamo', 'devo', 'dovremmo', 'possiamo', 'basta', 'bastano', 'puo', 'possono', 'deve', 'devono', 'servono', 'minimo', 'massimo', 'almeno', 'tipica', 'tipico', 'solito',
  'solitamente', 'ecc', 'eccetera',
]);

/** Words that set one role against another ("how is that different from a BDR"). */
// biome-ignore format: a word list reads best packed
export const COMPARE_CUES: ReadonlySet<string> = new Set([
  'compare', 'compared', 'comparison', 'comparing', 'vs', 'versus', 'v', 'difference', 'differences', 'diff', 'differ',
  'differs', 'different', 'against', 'than', 'similar', 'rispetto', 'differenza', 'differenze', 'diverso',
  'diversa', 'confronta', 'confronto', 'paragone', 'paragona',
]);

/** The cues, and the words that join the roles compared ("CSO or CRO", "tra CSO e CRO"). */
export const COMPARE_WORDS: ReadonlySet<string> = new Set([
  ...COMPARE_CUES,
  'or',
  'between',
  'tra',
  'fra',
  'oppure',
  'o',
]);

/** Words that say a question is about selling or revenue. */
export const SALES_WORDS = new Set([
  'sales',
  'sale',
  'revenue',
  'vendite',
  'vendita',
  'commerciale',
  'entrate',
  'ricavi',
]);

/** Words for people and positions; with a sales word they make "sales leaders", "sales team". */
// biome-ignore format: a word list reads best packed
export const PEOPLE_WORDS = new Set([
  'leader', 'leaders', 'leadership', 'executive', 'executives', 'exec', 'execs', 'rep', 'reps', 'representative',
  'representatives', 'team', 'teams', 'role', 'roles', 'people', 'officer', 'officers', 'manager', 'managers',
  'suite', 'ruoli', 'ruolo', 'dirigenti', 'dirigente', 'squadra', 'professionals', 'staff', 'job', 'jobs', 'persone', 'hires', 'candidates', 'talent',
]);

/** Words that are sales people on their own. */
export const SALES_PEOPLE = new Set([
  'salespeople',
  'salesperson',
  'seller',
  'sellers',
  'venditori',
  'venditore',
  // ("any tips for hiring good reps": to a sales bot, reps are sales reps.)
  'rep',
  'reps',
]);

/** Words of the trade: they make a question ours even when they name no entry. */
// biome-ignore format: a word list reads best packed
export const DOMAIN_WORDS = new Set([
  ...SALES_WORDS, ...PEOPLE_WORDS, ...SALES_PEOPLE,
  'org', 'organisation', 'organization', 'business', 'deal', 'deals', 'pipeline', 'customer',
  'customers', 'marketing', 'growth', 'c', 'fatturato',
]);

/**
 * Office chatter that shares words with our topics ("our pipeline review moved to 2pm", "lead gen
 * meeting cancelled"): scheduling, documents and IT are never questions about sales roles.
 */
// biome-ignore format: a word list reads best packed
/** Off work altogether ("also whats the weather in chicago next week"): a new subject however it opens. */
const AWAY_WORDS = ['weather', 'meteo', 'flight', 'flights', 'hotel'];
const AWAY: ReadonlySet<string> = new Set(AWAY_WORDS);
export const isAway = (t: string) => AWAY.has(t);

const CHATTER = new Set([
  'meeting',
  'meetings',
  'moved',
  'cancelled',
  'canceled',
  'rescheduled',
  'reschedule',
  'calendar',
  'invite',
  'room',
  'tomorrow',
  'today',
  'yesterday',
  'tonight',
  'lunch',
  'coffee',
  'agenda',
  'deck',
  'slides',
  'template',
  'invoice',
  'expense',
  'expenses',
  'password',
  'laptop',
  'vpn',
  'printer',
  'ticket',
  'wifi',
  'email',
  'zoom',
  'export',
  'csv',
  'excel',
  'spreadsheet',
  'login',
  'logout',
  'sync',
  'riunione',
  'domani',
  'oggi',
  'pranzo',
  'fattura',
  'stampante',
  ...AWAY_WORDS,
]);

/** The office's kit, which nothing in a sales role's knowledge speaks of: "my monitor keeps flickering". */
// biome-ignore format: a word list reads best packed
const OFFICE_KIT = new Set(['flickering', 'keyboard', 'headset', 'webcam', 'mouse', 'charger', 'badge', 'parking']);

export const isChatter = (t: string) => CHATTER.has(t) || OFFICE_KIT.has(t) || /^\d{1,2}(?:am|pm)$/.test(t);

/** A word of the office's kit ("who do i ping about my flickering monitor"), never a follow-up's. */
export const isOfficeKit = (t: string) => OFFICE_KIT.has(t);

/** A facet asked of no role in particular must be about sales people, not sales figures or agendas. */
export const aboutSalesPeople = (tokens: readonly string[]) =>
  tokens.some((t) => SALES_PEOPLE.has(t)) ||
  (tokens.some((t) => SALES_WORDS.has(t)) && tokens.some((t) => PEOPLE_WORDS.has(t)));

/** A question asking for a count, size or ratio ("how many SDRs per AE", "how big should their team be"): the sources give none. */
export const QUANTITY =
  /\b(?:how many|how (?:big|large)(?= (?:(?:should|is|are|would|will) )?(?:(?:the|a|an|their|our|his|her|your) )?(?:\w+ ){0,2}teams?\b)|team size|ratio|quanti|quante|quanto grande|percent|percentage|per cent|proportion|percentuale|(?:ideal|right|optimal|typical|good|best|normal) number of|number of [\w-]+ (?:per|for each|to each)|span of control|(?:normal|typical|good|average|standard|ideal|usual) (?:[\w-]+ ){0,2}(?:target|targets|benchmark|benchmarks))\b/;

/**
 * "who does the CSO work closest with", "the CRO's peers", "who do they collaborate with": the roles
 * beside it, not above or below.
 */
// biome-ignore format: a word list reads best packed
export const SIDEWAYS = new Set([
  'work', 'works', 'working', 'collaborate', 'collaborates', 'collaborating', 'collaboration', 'partner',
  'partners', 'partnering', 'peer', 'peers', 'closely', 'closest', 'alongside', 'together', 'liaise', 'liaises',
  'counterpart', 'counterparts', 'coexist', 'ally', 'collabora', 'collaborano', 'lavora', 'lavorano', 'insieme',
  'contatto',
]);

/** Words for tools of any kind: "which crm?", "any software?", "quali strumenti?". */
// biome-ignore format: a word list reads best packed
export const TOOL_WORDS: ReadonlySet<string> = new Set([
  'tool', 'tools', 'tech', 'technology', 'technologies', 'software', 'crm', 'crms', 'platform', 'platforms', 'system',
  'systems', 'app', 'apps', 'stack', 'vendor', 'vendors', 'strumenti', 'strumento', 'tecnologia', 'tecnologie',
  'piattaforma', 'piattaforme',
]);
