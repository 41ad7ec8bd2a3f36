import type { Source } from '../knowledge/schema.js';
import type { Asker } from './asker.js';
import type { Lang } from './language.js';

/** What the question turned out to be about. `help` and `not_found` are not knowledge matches. */
export type AnswerKind = 'role' | 'facet' | 'comparison' | 'topic' | 'help' | 'not_found';

/** One line of an answer: plain text (never Slack markup), optionally led by a bold label. */
export interface Line {
  label?: string;
  text: string;
}

/**
 * How well an answer covers the question: `full`, `partial` (the role or topic is ours, the detail
 * asked is not, or some words of the question went unused) or `none` (declined, or help).
 */
export type Coverage = 'full' | 'partial' | 'none';

/** What an answer was about, by knowledge-base ids: what the store records and gaps group by. */
export interface Subject {
  roles: string[];
  facet?: string;
  topic?: string;
}

/**
 * The last answered turn of a conversation, as small data a store can keep: what it was about. The
 * engine takes it as an argument (it never looks anything up) to resolve follow-up questions.
 */
export interface Turn extends Subject {
  kind: AnswerKind;
  /**
   * Roles named before this turn's, most recent first (a couple at most): what "which of them earns
   * more?" reaches back to after "how much does a CSO make?" and "and a CRO?". Optional, so a turn
   * stored before it existed still reads.
   */
  earlier?: string[];
  /**
   * The question's own words that picked the facts leading the answer ("b2b" in "do SDRs do B2B or
   * B2C?"): what "and BDRs?" asks again of another role. Optional, like `earlier`.
   */
  point?: string[];
  /**
   * What the answer said its sources don't cover ("MBA" in "does a CRO need an MBA?"): "and for the VP
   * of Sales?" asks it again, and the reply says so again where that role's facts are silent too.
   */
  unknown?: string[];
  /**
   * The roles this turn's one role was picked from ("who sets the quotas?" after the Team Lead and
   * the Sales Manager): what "and who does the coaching?" picks among again. Optional, like `earlier`.
   */
  among?: string[];
  /** The role someone moves to ("we're promoting an AE to sales manager": the Sales Manager). */
  to?: string;
  /**
   * The other side of a relation just answered (the AE, after the SDR's "who do I pass my leads
   * to?"): what "that person" points at, where "they" stays on the SDR.
   */
  beside?: string[];
  /** Who the asker said they are earlier in the thread ("I'm the CSO", "my boss is the CRO"). */
  asker?: Asker;
}

/** What a follow-up took from the previous turn, so a wrong guess is visible at once. */
export interface Assumed {
  /** Roles taken from the previous turn. */
  roles: string[];
  /** The facet taken from the previous turn. */
  facet?: string;
  /** What was taken, for the reader: "About the CRO". */
  about: string;
  /** One short line for the reader in Slack: "About the CRO, from earlier in this thread". */
  note: string;
}

export interface Section {
  heading?: string;
  lines: Line[];
  /** An ordered list (a ladder from the top down), shown numbered instead of bulleted. */
  numbered?: boolean;
}

/**
 * The first sections of an answer again, side by side: one row per aspect, one column per role.
 * Renderers that can show a table show it instead of those sections; the others keep the sections.
 */
export interface Table {
  /** Headings: what the rows are ("Aspect"), then one per role. */
  columns: string[];
  /** Each cell holds the role's lines for that aspect (none when the sources say nothing). */
  rows: Array<{ label: string; cells: Line[][] }>;
  /** How many leading sections of the answer the table stands for. */
  sections: number;
}

/** A natural next question, offered as a button. `question` is asked verbatim when clicked. */
export interface FollowUp {
  label: string;
  question: string;
}

/**
 * The one answer model every renderer reads. It holds plain text only: escaping and markup are the
 * renderer's job, so nothing about Slack leaks in here.
 */
export interface Answer {
  kind: AnswerKind;
  /** The question's language, which the whole reply is written in. */
  lang: Lang;
  /** True when the knowledge base answered the question; false for help and misses. */
  matched: boolean;
  coverage: Coverage;
  subject: Subject;
  /** Set when the question was read as a follow-up of the previous turn. */
  assumed?: Assumed;
  /** The question as the user typed it (after removing Slack markup), for echoing back. */
  question: string;
  title: string;
  intro?: string;
  sections: Section[];
  /** Set for a comparison whose aspects read well side by side. */
  table?: Table;
  sources: Source[];
  /** When the entries answering were last reviewed (ISO date, the oldest of them); none for help and misses. */
  reviewed?: string;
  followUps: FollowUp[];
  /** Words of the question the answer did not use, as typed ("interim"): shown as "Missing: ...". */
  missing?: string[];
  /** The question's own words that picked the facts leading the answer (see `Turn.point`). */
  point?: readonly string[];
  /** The role of two that someone moves to (see `Turn.to`). */
  destination?: string;
  /** Who the asker says they are in this question (see `Turn.asker`). */
  asker?: Asker;
  /** The roles the one answered was chosen from, as a choice leans to one of two (see `Turn.among`). */
  among?: readonly string[];
  /**
   * The roles the thread goes on about when they are not the subject's: those a topic bears on
   * (lead generation: BDRs and SDRs), whom "who should own that?" after it picks among; or the one
   * role a relation was asked of (the AE, after "where do their leads come from?": "they" next is
   * the AE again, and the subject's others are kept as roles named earlier).
   */
  related?: readonly string[];
}
