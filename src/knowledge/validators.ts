/**
 * What a valid knowledge file is, as zod schemas: loaded only to validate YAML (the full load,
 * `kb:check`, a reload), never to serve a knowledge base the build already validated. The types and
 * constants the rest of the code uses are in schema.ts, which does not load zod.
 */
import { z } from 'zod';
import { FACETS, type FacetKey } from './schema.js';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a lower-case slug like "vp-sales"');
const text = z.string().trim().min(1, 'must not be empty');
/** The Italian twin of an English string: required, so no Italian reply falls back to English. */
const italian = (english: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined ? `missing its Italian: add ${english}_it beside ${english}` : undefined,
    })
    .trim()
    .min(1, 'must not be empty');

/** One statement in our own words, with the documents that support it. */
export const FactSchema = z
  .strictObject({
    /** Optional lead-in shown in bold, e.g. "Reports to". */
    label: text.optional(),
    /** The label in Italian: required with `label`. */
    label_it: text.optional(),
    text,
    /** The same statement in Italian, curated like the English: replies to Italian questions show it. */
    text_it: italian('text'),
    sources: z.array(slug).min(1, 'every fact cites at least one source'),
    /** Roles this fact names, so answers can offer them as next questions. */
    roles: z.array(slug).optional(),
    /**
     * In a choice between roles, the role this fact is a reason to hire ("a subscription business is
     * better served by a CRO"): a question describing that situation leans to it.
     */
    favours: slug.optional(),
  })
  .superRefine((fact, ctx) => {
    if (fact.label && !fact.label_it) {
      ctx.addIssue({
        code: 'custom',
        path: ['label'],
        message: 'missing its Italian: add label_it beside label',
      });
    }
    if (fact.label_it && !fact.label) {
      ctx.addIssue({
        code: 'custom',
        path: ['label_it'],
        message: 'an Italian label needs its English label',
      });
    }
  });

const facts = z.array(FactSchema).min(1);

export const SourceSchema = z.strictObject({
  id: slug,
  file: z.string().regex(/^[\w.-]+\.txt$/, 'must be a file name in shared/seeds'),
  title: text,
  publisher: text.optional(),
  author: text.optional(),
  language: z.enum(['en', 'it']),
});
export const SourcesFileSchema = z.array(SourceSchema).min(1);

/** An ISO date (2026-11-25) that is a real day. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written 2026-11-25')
  .refine((d) => new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'is not a real date');

/**
 * Who keeps an entry and when it was last checked against its sources. Answers show the date;
 * kb:check lists entries older than their review interval.
 */
const ownership = {
  /** The team that keeps the entry, e.g. "Sales Ops". */
  owner: text,
  /** The day it was last checked against its sources. */
  reviewed: isoDate,
  /** How often it should be reviewed, in days; the check's default (180) when left out. */
  review_every_days: z.number().int().positive().optional(),
};

export const RoleSchema = z.strictObject({
  id: slug,
  ...ownership,
  name: text,
  /** The short form people use, e.g. "SDR" or "RevOps": one word, a capital first. */
  abbreviation: z
    .string()
    .regex(
      /^[A-Z][A-Za-z0-9&]{1,7}$/,
      'must be one word of 2 to 8 letters starting with a capital, like "SDR"',
    )
    .optional(),
  /**
   * Rung in the typical sales hierarchy, 1 at the top; roles of one level share a rung. The ladder
   * is built from these; a role the sources do not place leaves it out and is not on the ladder.
   */
  level: z.number().int().positive().optional(),
  /** Other names people type: abbreviations, plurals, alternative titles, Italian forms. */
  aliases: z.array(text).default([]),
  summary: FactSchema,
  facets: z.partialRecord(z.enum(FACETS), facts),
});

export const ComparisonSchema = z.strictObject({
  id: slug,
  ...ownership,
  roles: z.tuple([slug, slug]),
  summary: FactSchema,
  dimensions: z
    .array(
      z.strictObject({
        name: text,
        name_it: italian('name'),
        /** The role facet this dimension speaks to, so "who earns more" can focus on it. */
        facet: z.enum(FACETS).optional(),
        sides: z.record(slug, facts),
      }),
    )
    .min(1),
  /** How the two roles work together when a company has both. */
  coexistence: facts.optional(),
});

export const TopicSchema = z.strictObject({
  id: slug,
  ...ownership,
  title: text,
  title_it: italian('title'),
  /** Words and phrases that mark a question as being about this topic (any language). */
  keywords: z.array(text).min(1),
  /**
   * Roles the topic bears on; a question naming them and this topic's keywords lands here. With a
   * `facet` the topic is about them (a reply's subject); without, about itself ("who should own
   * that?" after it still picks among them).
   */
  roles: z.array(slug).optional(),
  /**
   * The facet of its roles the topic answers (choosing between a CSO and a CRO is about hiring), so
   * that "and if we're a startup?" stays on it and "and a VP of Sales?" asks the same of that role.
   */
  facet: z.enum(FACETS).optional(),
  summary: FactSchema,
  /** `true` shows the roles from the top down, ordered by each role's `level` (the hierarchy). */
  ladder: z.literal(true).optional(),
  sections: z
    .array(
      z.strictObject({
        heading: text,
        heading_it: italian('heading'),
        /**
         * The facet of any role this section answers for sales teams in general ("Monitoring
         * performance": metrics), where a role's own facts are silent on it.
         */
        facet: z.enum(FACETS).optional(),
        /**
         * `true` where the section sets the sources' opposing views side by side ("View 1", "View
         * 2"): a situation's words found there point a choice nowhere.
         */
        disputed: z.literal(true).optional(),
        facts,
      }),
    )
    .min(1),
});

/**
 * Other meanings of one of our abbreviations ("CRO": conversion rate optimisation), each with the
 * words that give it away in a question. The content of `knowledge/other-meanings.yml`.
 */
export const OtherMeaningsSchema = z.strictObject({
  abbreviation: z.string().regex(/^[A-Z]{2,4}$/, 'must be an abbreviation in capitals, like "CRO"'),
  /** The role of ours the abbreviation names. */
  role: slug,
  meanings: z.array(z.strictObject({ name: text, signals: z.array(text).min(1) })).min(1),
});
export const OtherMeaningsFileSchema = z.array(OtherMeaningsSchema);

/**
 * How people ask for each facet ("paid", "take-home", "what keeps them up at night"), in English and
 * Italian: `knowledge/facet-words.yml`. `details` name one detail of the facet ("equity"), each also
 * one of its words.
 */
export const FacetWordsSchema = z.strictObject({
  words: z.array(text).min(1),
  details: z.array(text).optional(),
});
export const FacetWordsFileSchema = z.strictObject(
  Object.fromEntries(FACETS.map((f) => [f, FacetWordsSchema])) as Record<FacetKey, typeof FacetWordsSchema>,
);

/**
 * Groups of words that mean the same when looking for the fact that answers a question ("budget",
 * "spend", "investment"): `knowledge/related-words.yml`.
 */
export const RelatedWordsFileSchema = z.array(
  z
    .array(
      z
        .string()
        .trim()
        .regex(/^[\p{L}\p{N}]+$/u, 'must be one word, without spaces or punctuation'),
    )
    .min(2, 'a group needs at least two words'),
);

/** Words that never change what a question asks ("effective", "main"): `knowledge/neutral-words.yml`. */
export const NeutralWordsFileSchema = z.array(
  z
    .string()
    .trim()
    .regex(/^[\p{L}\p{N}]+$/u, 'must be one word, without spaces or punctuation'),
);
