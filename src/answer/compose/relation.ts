import type { Fact, Role } from '../../knowledge/schema.js';
import { overviewFollowUp, shortName } from '../examples.js';
import { factLabel } from '../localise.js';
import type { Answer, Line } from '../types.js';
import { Body, type Library, stem } from './library.js';

/** Room for the body of a relation between roles. */
const BUDGET = 2600;
/** Lines of each role's facts that answer. */
const ANSWERING_LINES = 2;
/** Lines of each role's reporting line after the facts that answer. */
const REPORTING_LINES = 2;

/** "Gets leads from" -> "gets leads from", leaving acronyms alone. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]/.test(s) ? s[0]?.toLowerCase() + s.slice(1) : s);

/** The other roles a fact names. */
const othersIn = (f: Fact, role: Role) => (f.roles ?? []).filter((id) => id !== role.id);

/** Every fact of the role, its summary first. */
const allFacts = (role: Role) => [role.summary, ...Object.values(role.facets).flatMap((f) => f ?? [])];

/**
 * The words of `wanted` (stemmed) the words of `text` speak of: the word itself, a related word, or
 * another form of it ("sets" and "set", "quotas" and "quota").
 */
function spokenOf(lib: Library, text: string, wanted: readonly string[]): string[] {
  return spokenIn(lib, lib.stemsOf(text), wanted);
}

/** `spokenOf` a text whose words (stemmed) are `said`. */
function spokenIn(lib: Library, said: ReadonlySet<string>, wanted: readonly string[]): string[] {
  const speaks = (x: string) => {
    if (said.has(x)) return true;
    // Akin words share their first letter (one starts the other): only those are compared.
    for (const y of said) if (y[0] === x[0] && akin(x, y)) return true;
    return false;
  };
  return wanted.filter((w) => speaks(w) || lib.related.of(w, stem).some(speaks));
}

/** Two forms of one word: "ethics" and "ethical", "recruits" and "recruiting" (one starts the other, five letters at least), "quota" and "quotas". */
export const akin = (x: string, y: string) =>
  (x.length >= 5 && y.startsWith(x)) || (y.length >= 5 && x.startsWith(y)) || x === `${y}s` || y === `${x}s`;

const spoken = (lib: Library, text: string, wanted: readonly string[]) => spokenOf(lib, text, wanted).length;

/** The question's words the knowledge base uses, stemmed: "feeds" says nothing any fact could. */
const knownWords = (lib: Library, words: readonly string[]) =>
  [...new Set(words.map(stem))].filter((w) => w.length >= 3 && lib.knows(w));

/** Which way a relation goes: to the role ("Gets leads from", "Supervised by") or from it ("Hands leads to"). */
export type Direction = 'in' | 'out';

const labelDirection = (label: string): Direction | undefined =>
  /\b(?:from|by|da|dai|dal|dagli|dalla|dalle)$/i.test(label.trim())
    ? 'in'
    : /\b(?:to|toward|towards|a|ai|agli|al|alla|alle|verso)$/i.test(label.trim())
      ? 'out'
      : undefined;

/**
 * The roles `role` stands to in what `words` ask ("who feeds them leads?" after the AE), as its
 * knowledge says. First the role's own relations: its labelled facts naming other roles whose label
 * speaks most of the words ("Gets leads from: SDRs ... and BDRs"), those going the way asked first
 * (`direction`: "who feeds them" is in, "who do they pass leads to" out). Else, among the roles its
 * facts name, the one with the fact that says most of the words, weighed by how rare they are, and
 * the most such facts ("who sets their quotas?": the Sales Manager "sets quotas"). None when the
 * knowledge names no such role, or names several equally.
 */
export function relatedRoles(
  lib: Library,
  role: Role,
  words: readonly string[],
  direction?: Direction,
): Role[] {
  const wanted = knownWords(lib, words);
  if (wanted.length === 0) return [];
  const relations = allFacts(role).flatMap((f) => {
    const label = factLabel(f, lib.lang);
    const n = label && othersIn(f, role).length > 0 ? spoken(lib, label, wanted) : 0;
    return label && n > 0 ? [{ f, n, way: labelDirection(label) }] : [];
  });
  // (The way asked first, whatever the other way's label shares: "chi gli passa i lead?" comes in,
  // though "Passa i lead a" says more of its words than "Riceve i lead da".)
  const going = direction ? relations.filter((r) => r.way === direction) : [];
  const candidates = going.length > 0 ? going : relations;
  const most = Math.max(0, ...candidates.map((r) => r.n));
  if (most > 0) {
    const chosen = candidates.filter((r) => r.n === most);
    return lib.roles([...new Set(chosen.flatMap((r) => othersIn(r.f, role)))]);
  }
  const weigh = (f: Fact) => spokenIn(lib, lib.factStems(f), wanted).reduce((n, w) => n + lib.weight(w), 0);
  const named = lib.roles([...new Set(allFacts(role).flatMap((f) => othersIn(f, role)))]);
  const scored = named
    .map((r) => {
      const weights = allFacts(r).map(weigh);
      const top = Math.max(0, ...weights);
      return { r, top, n: weights.filter((w) => w === top).length };
    })
    .filter((s) => s.top > 0)
    .sort((a, b) => b.top - a.top || b.n - a.n);
  const [first, second] = scored;
  const tie = second && second.top === first?.top && second.n === first.n;
  return first && !tie ? [first.r] : [];
}

/**
 * How `role` stands to `others` ("who feeds them leads?" after the AE, "does the SDR team fall under
 * them?" after the CRO): the facts that answer first (each role's facts that speak of `words`, and
 * the facts that name the other side), then each role's reporting line.
 */
export function relationAnswer(
  lib: Library,
  question: string,
  role: Role,
  others: readonly Role[],
  words: readonly string[],
): Answer {
  const roles = [role, ...others];
  const ids = roles.map((r) => r.id);
  const wanted = knownWords(lib, words);
  const shown = new Set<Fact>();
  const pick = (r: Role, facts: readonly Fact[]) => {
    const fresh = facts.filter((f) => !shown.has(f));
    for (const f of fresh) shown.add(f);
    return fresh.map((f) => ({ r, f }));
  };
  const line = ({ r, f }: { r: Role; f: Fact }): Line => {
    const label = factLabel(f, lib.lang);
    return { label: label ? `${shortName(r)}, ${lowerFirst(label)}` : shortName(r), text: lib.text(f) };
  };
  const facts = (r: Role) => Object.values(r.facets).flatMap((f) => f ?? []);
  // Facts that say every word asked, or failing that, most of them.
  const saying = new Map<Fact, number>();
  const says = (f: Fact) => {
    let n = saying.get(f);
    if (n === undefined) {
      n = spokenIn(lib, lib.factStems(f), wanted).length;
      saying.set(f, n);
    }
    return n;
  };
  const most = Math.max(0, ...roles.flatMap((r) => facts(r).map(says)));
  const speaks = (f: Fact) => most > 0 && says(f) === most;
  const namesOther = (r: Role, f: Fact) => othersIn(f, r).some((id) => ids.includes(id));
  // What answers: each role's facts that speak of what was asked, its relations first (a label that
  // says it: "Gets leads from"), then those naming the other side, then the rest.
  const rank = (r: Role, f: Fact) =>
    (spoken(lib, factLabel(f, lib.lang) ?? '', wanted) > 0 ? 2 : 0) + (namesOther(r, f) ? 1 : 0);
  const answering = roles.flatMap((r) => {
    const said = facts(r)
      .filter(speaks)
      .map((f) => ({ f, rank: rank(r, f) }))
      .sort((a, b) => b.rank - a.rank);
    return pick(
      r,
      said.slice(0, ANSWERING_LINES).map((x) => x.f),
    );
  });
  // Then how each stands to the other: its reporting facts naming the other side, else its first ones.
  const reporting = roles.flatMap((r) => {
    const all = r.facets.reporting ?? [];
    const between = all.filter((f) => namesOther(r, f));
    return pick(r, (between.length > 0 ? between : all).slice(0, REPORTING_LINES));
  });
  const { msg } = lib;
  const body = new Body(BUDGET);
  if (answering.length > 0) {
    body.add(
      { heading: msg.headings.onYourQuestion, lines: answering.map(line) },
      answering.map((x) => x.f),
    );
  }
  if (reporting.length > 0) {
    body.add(
      { heading: msg.headings.whereTheySit, lines: reporting.map(line) },
      reporting.map((x) => x.f),
    );
  }
  return lib.answer({
    kind: 'comparison',
    entries: roles,
    subject: { roles: ids, facet: 'reporting' },
    // ("do they negotiate the terms too?" after "where do their leads come from?": still the AE.)
    related: [role.id],
    question,
    title: `${roles.map(shortName).join(' · ')}: ${msg.facetLabels.reporting}`,
    sections: body.sections,
    facts: body.facts,
    followUps: roles.map((r) => overviewFollowUp(r, lib.lang)),
  });
}

/**
 * The one role above all of `roles` by its own reporting line: a fact of it naming every one of them,
 * not as those it answers to (the CSO "oversees VPs of Sales ... and Sales Managers"). None when no
 * role, or several, say so.
 */
export function overseerOf(lib: Library, roles: readonly Role[]): Role | undefined {
  const ids = roles.map((r) => r.id);
  const over = lib.kb.roles.filter(
    (r) =>
      !ids.includes(r.id) &&
      (r.facets.reporting ?? []).some(
        (f) =>
          ids.every((id) => f.roles?.includes(id)) &&
          // (Not "Supervised by": the AE's line names the two above it.)
          labelDirection(factLabel(f, 'en') ?? '') !== 'in',
      ),
  );
  return over.length === 1 ? over[0] : undefined;
}
