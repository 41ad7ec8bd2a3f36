import { content } from './phrases.js';

/**
 * Titles we have no profile for. A question about a CFO or a product manager must be declined
 * outright, not answered with the nearest sales role. Only consulted when no known role matched.
 */
const OTHER_C_LEVEL = new Set([
  'ceo',
  'cfo',
  'cto',
  'coo',
  'cmo',
  'cio',
  'cpo',
  'cdo',
  'cco',
  'chro',
  'ciso',
  'cxo',
  'cao',
  'clo',
  'cbo',
  'cno',
  'cgo',
  'amministratore',
]);
const SENIOR_TITLES = new Set([
  'vp',
  'svp',
  'evp',
  'avp',
  'vice',
  'head',
  'director',
  'directors',
  'chief',
  'direttore',
  'responsabile',
]);
const SALES_WORDS = new Set(['sales', 'sale', 'vendite', 'vendita', 'commerciale', 'revenue', 'entrate']);
const OCCUPATIONS = new Set([
  'manager',
  'engineer',
  'developer',
  'designer',
  'accountant',
  'lawyer',
  'recruiter',
  'analyst',
  'scientist',
  'architect',
  'consultant',
  'marketer',
  'officer',
  'representative',
  'rep',
  'specialist',
  'coordinator',
  'administrator',
  'admin',
  'assistant',
  'intern',
  'associate',
  'strategist',
  'controller',
  'clerk',
  'secretary',
  'receptionist',
  'nurse',
  'teacher',
  'programmer',
  'technician',
  'president',
  'partner',
  'treasurer',
  'auditor',
  'buyer',
  'planner',
  'writer',
  'editor',
  'ingegnere',
  'sviluppatore',
  'contabile',
  'avvocato',
]);

/** The first title in the question that is not one of ours, e.g. "cfo" or "vp marketing". */
export function otherTitle(tokens: readonly string[]): string | undefined {
  const words = content(tokens);
  for (const [i, t] of words.entries()) {
    if (OTHER_C_LEVEL.has(t)) return t.toUpperCase();
    const next = words[i + 1];
    if (SENIOR_TITLES.has(t) && next && !SALES_WORDS.has(next) && next !== 'president') {
      return `${t} ${next}`;
    }
    if (OCCUPATIONS.has(t)) return i > 0 ? `${words[i - 1]} ${t}` : t;
  }
  return undefined;
}

/**
 * The company in "who is the CRO of Microsoft" / "chi è il CRO di Enel": a question about a person,
 * which no source answers. `known` tells our own words ("of sales", "in a startup") from a name.
 */
export function namedCompany(question: string, known: (word: string) => boolean): string | undefined {
  const m =
    /^\s*(?:who|who's|whos|chi)\b.*?\b(?:of|at|in|for|di|da|presso|della|del|dell)\s+([\p{L}\p{N}][\p{L}\p{N}&.-]*)/iu.exec(
      question,
    );
  const name = m?.[1];
  return name && !known(name.toLowerCase()) ? name : undefined;
}
