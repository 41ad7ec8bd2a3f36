import { singularIn } from './speller.js';
import { SALES_WORDS, STOPWORDS } from './words.js';

/**
 * Titles we have no profile for. A question about a CFO or a product manager must be declined
 * outright, not answered with the nearest sales role.
 */
// biome-ignore format: a word list reads best packed
const OTHER_C_LEVEL = new Set([
  'ceo', 'cfo', 'cto', 'coo', 'cmo', 'cio', 'cpo', 'cdo', 'cco', 'chro', 'ciso', 'cxo', 'cao', 'clo', 'cbo',
  'cno', 'cgo', 'amministratore',
]);
// biome-ignore format: a word list reads best packed
const SENIOR_TITLES = new Set([
  'vp', 'svp', 'evp', 'avp', 'vice', 'head', 'director', 'directors', 'chief', 'direttore', 'responsabile',
]);
// biome-ignore format: a word list reads best packed
const OCCUPATIONS = new Set([
  'manager', 'engineer', 'developer', 'designer', 'accountant', 'lawyer', 'recruiter', 'analyst', 'scientist',
  'architect', 'consultant', 'marketer', 'officer', 'representative', 'rep', 'specialist', 'coordinator',
  'administrator', 'admin', 'assistant', 'intern', 'strategist', 'controller', 'clerk', 'secretary',
  'receptionist', 'nurse', 'teacher', 'programmer', 'technician', 'president', 'treasurer', 'auditor', 'planner', 'writer', 'editor', 'ingegnere', 'sviluppatore', 'contabile', 'avvocato',
]);

/**
 * Words that say what the one holding a title is or does, not its field: "is the VP hands-on?", "is a
 * VP strategic?", "is that more than a VP makes?".
 */
// biome-ignore format: a word list reads best packed
const DESCRIBING = new Set([
  'handson', 'handsoff', 'strategic', 'tactical', 'involved', 'responsible', 'accountable', 'busy',
  'focused', 'focus', 'focuses', 'judged', 'measured', 'paid', 'expected', 'supposed', 'good', 'better',
  'make', 'makes', 'earn', 'earns', 'gets', 'handle', 'handles', 'own', 'owns', 'run', 'runs', 'manage', 'manages',
  'hire', 'hires', 'sit', 'sits', 'work', 'works', 'spend', 'spends', 'usually', 'typically', 'solito', 'solitamente', 'normalmente', 'tipicamente', 'spesso',
]);

/** Directors: in English, never one of our titles (Italian "direttore commerciale" is the CSO). */
const DIRECTOR = new Set(['director', 'directors']);

/** Words our own titles use too ("sales manager", "chief revenue officer"): a title only with a qualifier. */
const GENERIC_OCCUPATIONS = new Set([
  'manager',
  'officer',
  'rep',
  'representative',
  'president',
  'specialist',
]);

/**
 * Functions other than sales: "engineering team lead" and "support team leader" lead other teams.
 * ("Team lead" alone is ours: a sales team's lead.)
 */
// biome-ignore format: a word list reads best packed
const OTHER_FUNCTIONS = new Set([
  'engineering', 'engineer', 'dev', 'software', 'it', 'tech', 'technical', 'qa', 'devops', 'data', 'product',
  'design', 'ux', 'marketing', 'hr', 'people', 'recruiting', 'finance', 'accounting', 'payroll', 'legal',
  'support', 'service', 'success', 'care', 'helpdesk', 'security', 'warehouse', 'logistics', 'production',
  'manufacturing', 'nursing', 'kitchen', 'project', 'content', 'creative', 'research', 'frontend', 'backend',
  'infrastructure', 'platform', 'ops', 'operations', 'ingegneria', 'assistenza', 'magazzino', 'produzione',
]);
const TEAM_LEAD = new Set(['lead', 'leads', 'leader', 'leaders']);

/** Verbs whose object is people: "coach reps" is the reps being coached, not a "coach rep". */
// biome-ignore format: a word list reads best packed
const ACTS_ON_PEOPLE = new Set([
  'coach', 'train', 'hire', 'recruit', 'manage', 'lead', 'mentor', 'support', 'help', 'motivate', 'onboard',
  'supervise', 'oversee', 'guide', 'develop', 'evaluate', 'assess', 'fire', 'formare', 'gestire', 'assumere',
  'coaching', 'training', 'hiring', 'recruiting', 'managing', 'leading', 'mentoring', 'onboarding', 'motivating',
  // and words that say which of the company's people: "new reps", "junior reps" are people, not a title
  'new', 'junior', 'existing', 'struggling', 'underperforming', 'nuovi', 'actual', 'real', 'individual',
  'frontline', 'top', 'best', 'good', 'average', 'other', 'more', 'regular', 'normal', 'ordinary', 'typical',
  'everyday', 'standard', 'single',
]);

/** "6 reps", "two managers", "dieci venditori": how many people. */
const COUNT =
  /^(?:\d+|a few|few|several|many|two|three|four|five|six|seven|eight|nine|ten|dozen|due|tre|quattro|cinque|sei|dieci)$/;

const isOccupation = (t: string) => OCCUPATIONS.has(t) || singularIn(t, OCCUPATIONS) !== undefined;
const isGeneric = (t: string) =>
  GENERIC_OCCUPATIONS.has(t) || singularIn(t, GENERIC_OCCUPATIONS) !== undefined;

export interface TitleSpan {
  title: string;
  /** Token positions the title covers, end exclusive. */
  start: number;
  end: number;
}

/**
 * Job titles in the question that are not sales titles: "cfo", "vp marketing", "product manager".
 * Run on content tokens after typo folding, so "cheif technology oficer" is seen as a chief title.
 * A known role inside one of these spans ("vp" in "vp marketing") is not a mention of that role.
 * `determined`: positions of tokens typed right after a possessive or article ("our managers").
 * `asking`: words that ask something of a title rather than name its field ("vp pay", "vp vs cro").
 */
export function otherTitles(
  tokens: readonly string[],
  determined?: ReadonlySet<number>,
  asking?: (token: string) => boolean,
): TitleSpan[] {
  const spans: TitleSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    const next = tokens[i + 1];
    if (t === 'team' && i > 0 && OTHER_FUNCTIONS.has(tokens[i - 1] as string) && TEAM_LEAD.has(next ?? '')) {
      spans.push({ title: `${tokens[i - 1]} team ${next}`, start: i - 1, end: i + 2 });
      i++;
    } else if (DIRECTOR.has(t) && (SALES_WORDS.has(next ?? '') || SALES_WORDS.has(tokens[i - 1] ?? ''))) {
      // "director of sales", "sales director": a sales title the sources only mention, never profile
      // (unlike "head of sales", a name of the VP of Sales).
      const at = SALES_WORDS.has(next ?? '') ? i : i - 1;
      spans.push({ title: `${tokens[at]} ${tokens[at + 1]}`, start: at, end: at + 2 });
      i = at + 1;
    } else if (OTHER_C_LEVEL.has(t) || (t.endsWith('s') && OTHER_C_LEVEL.has(t.slice(0, -1)))) {
      // ("what do CMOs earn": the plural too.)
      const title = OTHER_C_LEVEL.has(t) ? t.toUpperCase() : `${t.slice(0, -1).toUpperCase()}s`;
      spans.push({ title, start: i, end: i + 1 });
    } else if (
      SENIOR_TITLES.has(t) &&
      next &&
      !STOPWORDS.has(next) &&
      !SALES_WORDS.has(next) &&
      !asking?.(next) &&
      !DESCRIBING.has(next) &&
      next !== 'president'
    ) {
      spans.push({ title: `${t} ${next}`, start: i, end: i + 2 });
      i++;
    } else if (isOccupation(t) && !(i > 0 && SALES_WORDS.has(tokens[i - 1] as string) && isGeneric(t))) {
      // ("sales manager" is ours; "sales engineer", "sales analyst" are titles we don't cover.)
      const prev = i > 0 && !STOPWORDS.has(tokens[i - 1] as string) ? tokens[i - 1] : undefined;
      // "coach reps", "hire managers": a generic title after a verb is people, not another title; so
      // is one right after "our" or "the" ("tools for our managers") or a count ("hire 6 reps").
      if ((!prev || ACTS_ON_PEOPLE.has(prev) || COUNT.test(prev) || determined?.has(i)) && isGeneric(t))
        continue;
      spans.push(
        prev ? { title: `${prev} ${t}`, start: i - 1, end: i + 1 } : { title: t, start: i, end: i + 1 },
      );
    }
  }
  return spans;
}

const PERSON_PATTERNS = [
  // "who is the CRO of Microsoft", "chi è il CSO di Enel", "chi è il CRO della Juventus", "who is the
  // vp of sales at oracle"; not a duty ("who is in charge of pricing", "most of forecasting")
  /\b(?<!\b(?:charge|head|owner|care|top|track|part|most|lot|kind|sort|all|any|some|none|capo|carico)\s)(?:(?:of|at|di|del|della|dello|dei|degli|delle|presso)\s+|dell['’]\s*)([\p{L}\p{N}][\p{L}\p{N}&.-]*)/giu,
  // "who is hubspot's chief sales officer"
  /\b([\p{L}\p{N}][\p{L}\p{N}&.-]*)['’]s\b/giu,
];

/**
 * What the pattern for "the one at Oracle" needs, found cheaply first (`ſ` is an `s` to the
 * pattern's Unicode case folding).
 */
const MAYBE_ONE = /one|guy|per[sſ]on|quell/i;

/** "Oracle's CRO", "HubSpot's chief sales officer": a name's possessive right before a title. */
const COMPANY_ROLE =
  /\b([\p{L}\p{N}][\p{L}\p{N}&.-]*)['’]s\s+(?:chief|cso|cro|vp|v\.p\.|vice president|head of sales|sales (?:director|manager|team lead)|account exec|ae|sdr|bdr)\b/giu;

/** A question asking who someone is: "who is", "what's the name of", "come si chiama". */
const WHO_IS =
  /^(?:who\s+(?:is|was)|who['’]s|whos|chi\s+(?:è|e|era)|(?:what['’]?s|what\s+(?:is|was)|(?:tell|give)\s+me|do\s+you\s+know)\s+the\s+name\s+of|(?:the\s+)?name\s+of|come\s+si\s+chiama|qual\s+(?:è|e)\s+il\s+nome\s+(?:di|del|della|dell['’]))(?=\s|$)/iu;

/** The holder of "who's our CRO": nobody named, so in a conversation "who's their boss" is no holder. */
export const YOUR_COMPANY = 'your company';

/**
 * The company or person a question is really about: "who is the CRO of Microsoft", "who's our
 * CRO", "is Jane still our VP of Sales". The sources describe roles, not who holds them.
 * `known` tells our own words ("of sales", "in a startup") from a name.
 */
export function namedHolder(question: string, known: (word: string) => boolean): string | undefined {
  const q = question.trim();
  // "how much does the one at Oracle make": a follow-up about one company's role holder.
  const one =
    MAYBE_ONE.test(q) &&
    q.match(
      /\b(?:the one|the guy|the person|quell[oa]) (?:at|of|from|in|di|da|presso) ([\p{L}\p{N}][\p{L}\p{N}&.-]*)/iu,
    )?.[1];
  if (one && !known(one.toLowerCase())) return one;
  if (
    /^(?:is|was)\s+[\p{L}]+\s+(?:still\s+|now\s+|really\s+)?(?:our|their|your|the new|the current)\b/iu.test(
      q,
    ) ||
    // "was Mark Roberge the head of sales at HubSpot?": someone named, asked whether they hold a role.
    /^(?:[Ii]s|[Ww]as|[Ii]sn['’]t|[Ww]asn['’]t)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+)*\s+(?:still\s+|now\s+|really\s+|ever\s+)?(?:the|a|an)\s/u.test(
      q,
    )
  ) {
    return 'a particular company';
  }
  // "does Oracle's chief revenue officer report to Larry Ellison?": a company's own role holder,
  // named by its possessive, whatever is asked of them.
  for (const m of q.matchAll(COMPANY_ROLE)) {
    const name = m[1];
    if (name && !known(name.toLowerCase())) return name;
  }
  // Only "who is ..." or "the name of ...": "who reports to the CRO in enterprise sales" asks about
  // the role.
  if (!WHO_IS.test(q)) return undefined;
  if (
    /^(?:our|my|your|their|the current|the new|il nostro|la nostra|nostro|nostra)\b/iu.test(
      q.replace(WHO_IS, '').trim(),
    )
  ) {
    return YOUR_COMPANY;
  }
  for (const pattern of PERSON_PATTERNS) {
    for (const m of q.matchAll(pattern)) {
      const name = m[1];
      if (name && !known(name.toLowerCase()) && !/^who$/i.test(name)) return name;
    }
  }
  return undefined;
}
