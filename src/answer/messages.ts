import { FACET_LABELS, type FacetKey } from '../knowledge/schema.js';
import type { Lang } from './language.js';

/** A follow-up question per facet: its button label and the question the click asks. */
interface FacetQuestion {
  label: string;
  /** `r` is the role with its article ("a CRO", "un CRO"), `name` the bare short name. */
  ask: (r: string, name: string) => string;
}

/**
 * Every word the bot itself writes around the knowledge base's content, per language: headings,
 * button labels and the questions they ask, declines and help. The knowledge base holds the facts in
 * both languages; this holds the rest. Questions here must be ones the engine answers in the same
 * language (tests ask every one).
 */
export interface Messages {
  /** Facet names in titles: "CRO: Compensation". */
  facetLabels: Record<FacetKey, string>;
  /** A facet inside a sentence: "nothing about {how performance is measured}", "nulla {sulla retribuzione}". */
  facetPhrases: Record<FacetKey, string>;
  facetQuestions: Record<FacetKey, FacetQuestion>;
  /** "a CRO", "an SDR"; `spelled` when the name is read letter by letter. */
  withArticle: (name: string, spelled: boolean) => string;
  overview: { label: (name: string) => string; ask: (r: string) => string };
  compare: { label: (a: string, b: string) => string; ask: (a: string, b: string) => string };
  whoReportsToWhom: { label: string; ask: (a: string, b: string) => string };
  whoEarnsMore: { label: string; ask: (a: string, b: string) => string };
  headings: {
    onYourQuestion: string;
    whatTheyDo: string;
    whereTheySit: string;
    topDown: string;
    workTogether: string;
    /** The first column of a comparison table: what each row compares. */
    aspect: string;
    questionsICanAnswer: string;
    rolesTopDown: string;
    topics: string;
    try: string;
  };
  /** "Compensation across sales roles". */
  acrossRoles: (facetLabel: string) => string;
  /** A duty asked of no role, done by several: "Who does it: AE, CSO". */
  whoDoesIt: (roles: string[]) => string;
  /** The sources say nothing on the facet asked for this role. */
  silentOnFacet: (facet: FacetKey, role: string) => string;
  hereIsWhatTheySay: string;
  /** After `silentOnFacet`, when a topic says it of every sales team. */
  inGeneral: string;
  /** Joins alternatives: "the BDR or the SDR". */
  or: string;
  silentForSome: (facetPhrase: string) => string;
  help: { title: string; intro: string; examples: string[] };
  notFound: { title: string; couldNotMatch: (echo: string) => string };
  /** Why a question about another title is declined; `abbreviation` when it quotes cleanly ("CTO"). */
  otherRole: (abbreviation?: string) => string;
  /** "head of sales vs VP of sales": two names the knowledge gives one role. */
  sameRole: (a: string, b: string) => string;
  /** Why "who is the CRO of Acme" is declined. */
  person: (company: string) => string;
  /** Why "which CRO is the best in SaaS, give me names" is declined: the sources name no one. */
  people: string;
  /** Why "my manager keeps ignoring my messages, how do I handle that" is declined: one workplace's people. */
  workplace: string;
  /** Why "what's Mark Roberge's take on hiring?" is declined: one person's views, which no source gives. */
  opinion: (name: string) => string;
  /** Why "write me a cold email", "book a meeting" are declined: the bot answers questions, it does no tasks. */
  writing: string;
  /** Why "how much did our AEs close last month" is declined: no source has the asker's figures. */
  ownFigures: string;
  /** Why "how much is Gong per seat?" is declined: the sources name tools, not what they cost. */
  toolPrice: string;
  /** Why "how are commissions taxed?" is declined: tax rules are no part of the roles. */
  taxes: string;
  /** "the one at Oracle" in a conversation about a role: the role in general is all there is. */
  personInRole: (role: string, company: string) => string;
  sources: string;
  share: string;
  sharedBy: (user: string) => string;
  /** When the answer's entries were last reviewed, from an ISO date: "Reviewed 25 Nov 2026". */
  reviewed: (isoDate: string) => string;
  /** The feedback buttons under every answer: screen-reader labels (the buttons show 👍 / 👎). */
  feedback: { helpful: string; notHelpful: string };
  askExpert: string;
  /** The plain-text renderer's lead-in to the follow-up questions. */
  tryAsking: string;
  /** The last line of a long list cut short: how many points were left out. */
  leftOut: (n: number) => string;
  /** Local mode: the help's intro, what is left out of a short answer, replies to "thanks" and "ok". */
  terminal: {
    helpIntro: string;
    more: (n: number) => string;
    moreSources: (n: number) => string;
    thanks: string;
    ok: string;
  };
  /** The context line listing the words an answer did not use: "Missing: interim". */
  missing: string;
  /** The first sentence of a partial answer: the words (already quoted) the sources don't cover. */
  notCovered: (quoted: string) => string;
  /** "how do I hire a good CRO": the sources say when, not how. */
  howToHireNotCovered: (role: string) => string;
  /** "how much do reps earn": the sources give that facet for some roles only (those named). */
  onlyFor: (facetLabel: string, roles: string[]) => string;
  /** A choice between two roles whose reasons point to one for the situation described. */
  choiceLeans: (role: string) => string;
  /** "from SDR to VP of Sales": the sources describe each role, not a route between them. */
  routeNotCovered: (from: string, to: string) => string;
  /** "do they get promoted to AE?" after the SDR: no route in the sources; what they say of the SDR. */
  routeFromNotCovered: (from: string, to: string) => string;
  /** "how do I get to CSO?" from an SDR: no route in the sources; how people reach the CSO. */
  routeToNotCovered: (from: string, to: string) => string;
  /** "what comes after that?" after a career answer: the sources say how people reach a role, not beyond. */
  nextStepNotCovered: (role: string) => string;
  /** Why "our CSO runs the SOC 2 audit" is declined: the abbreviation means another job there. */
  otherMeaning: (abbreviation: string, meaning: string, signal: string, ours: string) => string;
  /**
   * An abbreviation alone, with nothing asked of it that the sources know ("CROs in Europe that run
   * bioequivalence studies"): more likely another sense of it. `quoted`: the unknown words, quoted.
   */
  unsureSense: (abbreviation: string, ours: string, quoted: string) => string;
  /**
   * What a follow-up took from earlier in the conversation; roles by short name ("CRO"). Each says
   * what ("About the CRO"); `earlier` says where from, for a thread or the terminal.
   */
  thread: {
    aboutRoles: (roles: string[]) => string;
    aboutFacet: (facet: FacetKey) => string;
    /** A topic by its title ("Lead generation and building the pipeline"). */
    aboutTopic: (title: string) => string;
    comparedWith: (roles: string[]) => string;
    /** The words asked before ("b2b"), asked again of another role. */
    aboutPoint: (words: readonly string[]) => string;
    /** Asked of sales teams in general after the roles named ("which crm?" after the AE). */
    beyondRoles: (roles: string[]) => string;
  };
  earlier: { thread: string; conversation: string };
}

const the = (roles: string[]) => roles.map((r) => `the ${r}`).join(' and ');
/** "The sales hierarchy" -> "the sales hierarchy"; "CSO or CRO" stays. */
const lowerFirst = (s: string) => (/^\p{Lu}\p{Ll}/u.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);

// biome-ignore format: a word list reads best packed
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// biome-ignore format: a word list reads best packed
const IT_MONTHS = ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'];
/** 2026-11-25 -> "25 Nov 2026": the same everywhere, whatever the server's locale. */
const day = (iso: string, months: readonly string[]) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
};

const enLeftOut = (n: number) =>
  `(${n} more ${n === 1 ? 'point' : 'points'} left out to keep this short: ask about the part you need.)`;
const itLeftOut = (n: number) =>
  `(${n === 1 ? 'Un altro punto lasciato fuori' : `Altri ${n} punti lasciati fuori`} per brevità: chiedi della parte che ti serve.)`;

const en: Messages = {
  facetLabels: FACET_LABELS,
  facetPhrases: {
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
  },
  facetQuestions: {
    responsibilities: { label: 'Responsibilities', ask: (r) => `What is ${r} responsible for?` },
    daily: { label: 'Day to day', ask: (r) => `What does ${r} do day to day?` },
    skills: { label: 'Skills', ask: (r) => `What skills does ${r} need?` },
    career: { label: 'Career path', ask: (r) => `How do you become ${r}?` },
    reporting: { label: 'Reporting line', ask: (r) => `Who does ${r} report to?` },
    metrics: { label: 'KPIs', ask: (r) => `How is ${r} measured?` },
    compensation: { label: 'Salary', ask: (r) => `How much does ${r} earn?` },
    challenges: { label: 'Challenges', ask: (r) => `What challenges does ${r} face?` },
    technology: { label: 'Technology', ask: (r) => `How does technology affect ${r}?` },
    trends: { label: 'Trends', ask: (_, name) => `What trends are shaping the ${name} role?` },
    hiring: { label: 'When to hire', ask: (r) => `When should a company hire ${r}?` },
    history: { label: 'History', ask: (_, name) => `What is the history of the ${name} role?` },
  },
  withArticle: (name, spelled) =>
    `${(spelled ? /^[AEFHILMNORSX]/ : /^[AEIOU]/i).test(name) ? 'an' : 'a'} ${name}`,
  overview: { label: (name) => `About the ${name}`, ask: (r) => `What does ${r} do?` },
  compare: { label: (a, b) => `${a} vs ${b}`, ask: (a, b) => `${a} vs ${b}` },
  whoReportsToWhom: {
    label: 'Who reports to whom?',
    ask: (a, b) => `When a company has both, who reports to whom, ${a} or ${b}?`,
  },
  whoEarnsMore: { label: 'Who earns more?', ask: (a, b) => `Who earns more, ${a} or ${b}?` },
  headings: {
    onYourQuestion: 'On your question',
    whatTheyDo: 'What they do',
    whereTheySit: 'Where they sit',
    topDown: 'From the top down',
    workTogether: 'How they work together',
    aspect: 'Aspect',
    questionsICanAnswer: 'Questions I can answer',
    rolesTopDown: 'Roles I know, from the top down',
    topics: 'Topics',
    try: 'Try',
  },
  acrossRoles: (label) => `${label} across sales roles`,
  whoDoesIt: (roles) => `Who does it: ${roles.join(', ')}`,
  // ("when to hire one for an SDR" reads badly: the role is the one hired.)
  silentOnFacet: (facet, role) =>
    facet === 'hiring'
      ? `My sources say nothing about when to hire ${role}.`
      : `My sources say nothing about ${en.facetPhrases[facet]} for ${role}.`,
  hereIsWhatTheySay: 'Here is what they do say.',
  inGeneral: 'Here is what they say about sales teams in general.',
  or: ' or ',
  silentForSome: (phrase) =>
    `My sources say nothing about ${phrase} for some of these roles; here is what they say about each.`,
  help: {
    title: 'Ask me about sales-leadership roles',
    intro:
      'I answer questions about sales roles from a curated set of sources, and cite them. ' +
      'Use /role followed by a question, mention me in a channel, or send me a DM.',
    examples: [
      '/role cro',
      '/role cso vs cro',
      '/role how much does a CSO earn?',
      '/role who does the VP of Sales report to?',
      '/role should a startup hire a CSO or a CRO?',
    ],
  },
  notFound: {
    title: "Sorry, I don't have an answer for that",
    couldNotMatch: (echo) =>
      `I couldn't match "${echo}" to a sales role or topic I know, and I'd rather not guess.`,
  },
  sameRole: (a, b) => `My sources use “${a}” and “${b}” for the same role; here is what they say about it.`,
  otherRole: (abbreviation) =>
    `I only cover sales-leadership roles (CSO, CRO, VP of Sales and the sales team under them)${
      abbreviation ? `, not the ${abbreviation}` : ', and that role is not one of them'
    }.`,
  writing:
    "I answer questions about sales roles from my sources; I don't write emails or posts, or do tasks such as booking meetings.",
  toolPrice:
    "My sources name the tools sales teams use, not what they cost; a vendor's pricing page will say.",
  taxes:
    'Tax rules are outside what I know: my sources describe the roles, not how pay is taxed. A payroll or tax adviser can tell you.',
  ownFigures:
    "I can't see your company's figures: my sources describe the roles in general, not how your team did.",
  person: (company) =>
    `I can't tell you who holds a role at ${company}: my sources describe what the roles are, not the people in them.`,
  people:
    "I can't name people: my sources describe what the roles are, not who holds them or who is best at them.",
  workplace:
    "I can't advise on a situation with someone you work with: my sources describe sales roles in general, not the people in your team.",
  opinion: (name) =>
    `I can't tell you what ${name} thinks: my sources describe the roles, not particular people's views.`,
  personInRole: (role, company) =>
    `I can't tell you about the ${role} at ${company} in particular: my sources describe the role in general, not the people who hold it at one company or what that company pays. The buttons below ask about the role in general.`,
  sources: 'Sources',
  share: 'Share in channel',
  sharedBy: (user) => `Shared by ${user}`,
  reviewed: (iso) => `Reviewed ${day(iso, EN_MONTHS)}`,
  feedback: { helpful: 'This answer helped', notHelpful: 'This answer did not help' },
  askExpert: 'Ask an expert',
  tryAsking: 'Try',
  leftOut: enLeftOut,
  terminal: {
    helpIntro:
      'I answer questions about sales roles from a curated set of sources, and cite them. Type a ' +
      'question and press Enter; a follow-up ("and their salary?") carries on from the question ' +
      'before. Type exit or quit (or press Ctrl+D) to leave.',
    more: enLeftOut,
    moreSources: (n) => `and ${n} more`,
    thanks: "You're welcome. Ask another question, or type exit to leave.",
    ok: 'Anything else? Ask another question, or type exit to leave.',
  },
  missing: 'Missing',
  notCovered: (quoted) => `My sources don't cover ${quoted}.`,
  howToHireNotCovered: (r) =>
    `My sources don't cover how to hire ${r}; they say when a company should hire one.`,
  onlyFor: (label, roles) =>
    `My sources don't give ${label.toLowerCase()} for every sales role, only for ${the(roles)}.`,
  choiceLeans: (r) => `For what you describe, the sources point to ${r}. Here is how they weigh the choice.`,
  routeNotCovered: (from, to) =>
    `My sources don't describe a career path from ${from} to ${to}; here is what they say about each role.`,
  routeFromNotCovered: (from, to) =>
    `My sources don't describe a career path from ${from} to ${to}; here is what they say about the ${from}.`,
  routeToNotCovered: (from, to) =>
    `My sources don't describe a career path from ${from} to ${to}; here is how people usually reach the ${to} role.`,
  nextStepNotCovered: (role) =>
    `My sources don't say where the ${role} goes next; here is what they say about the path to the role.`,
  otherMeaning: (abbreviation, meaning, signal, ours) =>
    `Here ${abbreviation} looks like it means ${meaning} (you mention “${signal}”), and I only cover the ${ours} and the other sales-leadership roles.`,
  unsureSense: (abbreviation, ours, quoted) =>
    `I'm not sure ${abbreviation} here means the ${ours}: my sources say nothing about ${quoted}, and I'd rather not guess. Asking about the ${ours} by name tells me it is.`,
  thread: {
    aboutRoles: (roles) => `About ${the(roles)}`,
    aboutFacet: (facet) => `About ${en.facetPhrases[facet]}`,
    aboutTopic: (title) => `About ${lowerFirst(title)}`,
    comparedWith: (roles) => `Compared with ${the(roles)}`,
    aboutPoint: (words) => `On ${words.map((w) => `“${w}”`).join(', ')}`,
    beyondRoles: (roles) => `Sales teams in general, not only ${the(roles)}`,
  },
  earlier: { thread: 'from earlier in this thread', conversation: 'from earlier in this conversation' },
};

/** Italian, as an Italian sales team would say it: role titles stay in English, as they do at work. */
const it: Messages = {
  facetLabels: {
    responsibilities: 'Responsabilità',
    daily: 'La giornata tipo',
    skills: 'Competenze e requisiti',
    career: 'Percorso di carriera e provenienza',
    reporting: 'Linea di riporto',
    metrics: 'Come si misurano i risultati',
    compensation: 'Retribuzione',
    challenges: 'Sfide',
    technology: 'Impatto della tecnologia',
    trends: 'Tendenze',
    hiring: 'Quando assumerlo',
    history: 'Storia del ruolo',
  },
  // "Nulla {sulla retribuzione}": Italian joins "su" to the article, so each phrase carries it.
  facetPhrases: {
    responsibilities: 'sulle responsabilità',
    daily: 'sul lavoro quotidiano',
    skills: 'sulle competenze richieste',
    career: 'sul percorso di carriera',
    reporting: 'sulla linea di riporto',
    metrics: 'su come si misurano i risultati',
    compensation: 'sulla retribuzione',
    challenges: 'sulle sfide',
    technology: "sull'impatto della tecnologia",
    trends: 'sulle tendenze',
    hiring: 'su quando conviene assumerlo',
    history: 'sulla storia del ruolo',
  },

  facetQuestions: {
    responsibilities: { label: 'Compiti', ask: (r) => `Quali sono i compiti di ${r}?` },
    daily: { label: 'Giornata tipo', ask: (r) => `Cosa fa ${r} ogni giorno?` },
    skills: { label: 'Competenze', ask: (r) => `Quali competenze deve avere ${r}?` },
    career: { label: 'Carriera', ask: (r) => `Come si diventa ${r.replace(/^un /, '')}?` },
    reporting: { label: 'A chi riporta', ask: (r) => `A chi riporta ${r}?` },
    metrics: { label: 'KPI', ask: (r) => `Come viene valutato ${r}?` },
    compensation: { label: 'Stipendio', ask: (r) => `Quanto guadagna ${r}?` },
    challenges: { label: 'Sfide', ask: (r) => `Quali sfide affronta ${r}?` },
    technology: { label: 'Tecnologia', ask: (r) => `Che impatto ha la tecnologia su ${r}?` },
    trends: { label: 'Tendenze', ask: (_, name) => `Quali sono le tendenze per il ruolo di ${name}?` },
    hiring: { label: 'Quando assumerlo', ask: (r) => `Quando conviene assumere ${r}?` },
    history: { label: 'Storia', ask: (_, name) => `Qual è la storia del ruolo di ${name}?` },
  },
  // Role titles are English loanwords: "un CRO", "un SDR", "un Account Executive".
  withArticle: (name) => `un ${name}`,
  overview: { label: (name) => `Profilo ${name}`, ask: (r) => `Cosa fa ${r}?` },
  compare: { label: (a, b) => `${a} vs ${b}`, ask: (a, b) => `Differenza tra ${a} e ${b}?` },
  whoReportsToWhom: {
    label: 'Chi riporta a chi?',
    ask: (a, b) => `Se un'azienda li ha entrambi, chi riporta a chi tra ${a} e ${b}?`,
  },
  whoEarnsMore: { label: 'Chi guadagna di più?', ask: (a, b) => `Chi guadagna di più tra ${a} e ${b}?` },
  headings: {
    onYourQuestion: 'Sulla tua domanda',
    whatTheyDo: 'Di cosa si occupa',
    whereTheySit: "Dove si colloca nell'organizzazione",
    topDown: "Dall'alto verso il basso",
    workTogether: 'Come lavorano insieme',
    aspect: 'Aspetto',
    questionsICanAnswer: 'Domande a cui so rispondere',
    rolesTopDown: "I ruoli che conosco, dall'alto verso il basso",
    topics: 'Temi',
    try: 'Prova a chiedere',
  },
  acrossRoles: (label) => `${label} nei ruoli commerciali`,
  whoDoesIt: (roles) => `Chi se ne occupa: ${roles.join(', ')}`,
  silentOnFacet: (facet, role) =>
    facet === 'hiring'
      ? `Le mie fonti non dicono nulla su quando conviene assumere ${role}.`
      : `Le mie fonti non dicono nulla ${it.facetPhrases[facet]} per ${role}.`,
  hereIsWhatTheySay: 'Ecco invece cosa dicono.',
  inGeneral: 'Ecco cosa dicono dei team di vendita in generale.',
  or: ' né ',
  silentForSome: (phrase) =>
    `Le mie fonti non dicono nulla ${phrase} per alcuni di questi ruoli; ecco cosa dicono di ciascuno.`,
  help: {
    title: 'Chiedimi dei ruoli di leadership commerciale',
    intro:
      'Rispondo a domande sui ruoli commerciali partendo da una selezione di fonti, e le cito sempre. ' +
      'Scrivi /role seguito dalla domanda, menzionami in un canale o mandami un messaggio diretto.',
    examples: [
      '/role cro',
      '/role differenza tra cso e cro',
      '/role quanto guadagna un CSO?',
      '/role a chi riporta il VP of Sales?',
      '/role una startup dovrebbe assumere un CSO o un CRO?',
    ],
  },
  notFound: {
    title: 'Mi dispiace, non ho una risposta',
    couldNotMatch: (echo) =>
      `Non sono riuscito a collegare "${echo}" a un ruolo o a un tema commerciale che conosco, e preferisco non tirare a indovinare.`,
  },
  sameRole: (a, b) => `Le mie fonti usano “${a}” e “${b}” per lo stesso ruolo; ecco cosa ne dicono.`,
  otherRole: (abbreviation) =>
    `Mi occupo solo dei ruoli di leadership commerciale (CSO, CRO, VP of Sales e il team di vendita sotto di loro)${
      abbreviation ? `, non del ${abbreviation}` : ', e quel ruolo non è tra questi'
    }.`,
  writing:
    'Rispondo a domande sui ruoli commerciali in base alle mie fonti; non scrivo email o post, né svolgo compiti come fissare riunioni.',
  toolPrice:
    'Le mie fonti citano gli strumenti che usano i team di vendita, non quanto costano: lo dice la pagina prezzi del fornitore.',
  taxes:
    'Le regole fiscali sono fuori da ciò che so: le mie fonti descrivono i ruoli, non come viene tassata la retribuzione. Può dirtelo un consulente del lavoro o fiscale.',
  ownFigures:
    'Non vedo i dati della tua azienda: le mie fonti descrivono i ruoli in generale, non i risultati del tuo team.',
  person: (company) =>
    `Non posso dirti chi ricopre un ruolo presso ${COMPANY_IT[company] ?? company}: le mie fonti descrivono i ruoli, non le persone che li ricoprono.`,
  people: 'Non posso fare nomi: le mie fonti descrivono i ruoli, non chi li ricopre né chi è il più bravo.',
  workplace:
    'Non posso consigliarti su una situazione con qualcuno con cui lavori: le mie fonti descrivono i ruoli commerciali in generale, non le persone del tuo team.',
  opinion: (name) =>
    `Non so dirti cosa pensa ${name}: le mie fonti descrivono i ruoli, non le opinioni di singole persone.`,
  personInRole: (role, company) =>
    `Non posso dirti nulla del ruolo di ${role} presso ${COMPANY_IT[company] ?? company} in particolare: le mie fonti descrivono il ruolo in generale, non chi lo ricopre in un'azienda o quanto quell'azienda paga. I pulsanti qui sotto chiedono del ruolo in generale.`,
  sources: 'Fonti',
  share: 'Condividi nel canale',
  sharedBy: (user) => `Condiviso da ${user}`,
  reviewed: (iso) => `Rivisto il ${day(iso, IT_MONTHS)}`,
  feedback: { helpful: 'Questa risposta è stata utile', notHelpful: 'Questa risposta non è stata utile' },
  askExpert: 'Chiedi a un esperto',
  tryAsking: 'Prova',
  leftOut: itLeftOut,
  terminal: {
    helpIntro:
      'Rispondo a domande sui ruoli commerciali partendo da una selezione di fonti, e le cito sempre. ' +
      'Scrivi una domanda e premi Invio; una domanda successiva ("e quanto guadagna?") continua da ' +
      'quella prima. Scrivi exit o quit (o premi Ctrl+D) per uscire.',
    more: itLeftOut,
    moreSources: (n) => `e ${n === 1 ? 'un’altra' : `altre ${n}`}`,
    thanks: 'Prego. Fai un’altra domanda, oppure scrivi exit per uscire.',
    ok: 'Altro? Fai un’altra domanda, oppure scrivi exit per uscire.',
  },
  missing: 'Mancano',
  notCovered: (quoted) => `Le mie fonti non dicono nulla su ${quoted}.`,
  howToHireNotCovered: (r) =>
    `Le mie fonti non dicono come assumere ${r}; dicono quando conviene a un'azienda assumerlo.`,
  onlyFor: (label, roles) =>
    `Le mie fonti non coprono ogni ruolo commerciale per «${label.toLowerCase()}»: solo ${roles.join(' e ')}.`,
  choiceLeans: (r) => `Per quello che descrivi, le fonti indicano ${r}. Ecco come valutano la scelta.`,
  routeNotCovered: (from, to) =>
    `Le mie fonti non descrivono un percorso di carriera da ${from} a ${to}; ecco cosa dicono di ciascun ruolo.`,
  routeFromNotCovered: (from, to) =>
    `Le mie fonti non descrivono un percorso di carriera da ${from} a ${to}; ecco cosa dicono del ruolo di ${from}.`,
  routeToNotCovered: (from, to) =>
    `Le mie fonti non descrivono un percorso di carriera da ${from} a ${to}; ecco come si arriva di solito al ruolo di ${to}.`,
  nextStepNotCovered: (role) =>
    `Le mie fonti non dicono dove si va dopo il ruolo di ${role}; ecco cosa dicono del percorso per arrivarci.`,
  otherMeaning: (abbreviation, meaning, signal, ours) =>
    `Qui ${abbreviation} sembra voler dire ${meaning} (citi “${signal}”), e io mi occupo solo del ${ours} e degli altri ruoli di leadership commerciale.`,
  unsureSense: (abbreviation, ours, quoted) =>
    `Non sono sicuro che qui ${abbreviation} indichi il ${ours}: le mie fonti non dicono nulla su ${quoted}, e preferisco non tirare a indovinare. Se intendi il ${ours}, chiedimelo per nome.`,
  // Italian articles before English titles vary ("il CRO", "l'SDR"), so the notes name roles bare.
  thread: {
    aboutRoles: (roles) => `${roles.length > 1 ? 'Ruoli' : 'Ruolo'}: ${roles.join(' e ')}`,
    aboutFacet: (facet) => `Argomento: ${it.facetLabels[facet].toLowerCase()}`,
    aboutTopic: (title) => `Argomento: ${lowerFirst(title)}`,
    comparedWith: (roles) => `Confronto con ${roles.join(' e ')}`,
    aboutPoint: (words) => `Su ${words.map((w) => `“${w}”`).join(', ')}`,
    beyondRoles: (roles) => `I team di vendita in generale, non solo ${roles.join(' e ')}`,
  },
  earlier: {
    thread: 'dai messaggi precedenti del thread',
    conversation: 'dai messaggi precedenti della conversazione',
  },
};

/** The generic holders `namedHolder` reports, in Italian. */
const COMPANY_IT: Record<string, string> = {
  'a particular company': "un'azienda in particolare",
  'your company': 'la tua azienda',
};

const CATALOGUE: Record<Lang, Messages> = { en, it };

export const messages = (lang: Lang): Messages => CATALOGUE[lang];
