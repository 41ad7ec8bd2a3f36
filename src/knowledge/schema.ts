/**
 * The shapes of the knowledge base and the facets a role can be asked about. Nothing here loads zod
 * at run time: the types are inferred from the validators (validators.ts, loaded only when YAML is
 * validated), so the answer engine and a start from the build's snapshot do without it.
 */
import type { z } from 'zod';
import type {
  ComparisonSchema,
  FacetWordsSchema,
  FactSchema,
  OtherMeaningsSchema,
  RoleSchema,
  SourceSchema,
  TopicSchema,
} from './validators.js';

/** The facets a role can be asked about, in the order an overview shows them. */
export const FACETS = [
  'responsibilities',
  'daily',
  'skills',
  'career',
  'reporting',
  'metrics',
  'compensation',
  'challenges',
  'technology',
  'trends',
  'hiring',
  'history',
] as const;
export type FacetKey = (typeof FACETS)[number];

export const FACET_LABELS: Record<FacetKey, string> = {
  responsibilities: 'Responsibilities',
  daily: 'Day to day',
  skills: 'Skills and qualifications',
  career: 'Career path and background',
  reporting: 'Reporting line',
  metrics: 'How performance is measured',
  compensation: 'Compensation',
  challenges: 'Challenges',
  technology: 'Impact of technology',
  trends: 'Trends',
  hiring: 'When to hire one',
  history: 'History of the role',
};

/** One statement in our own words, with the documents that support it. */
export type Fact = z.infer<typeof FactSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Comparison = z.infer<typeof ComparisonSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type OtherMeanings = z.infer<typeof OtherMeaningsSchema>;
export type FacetWords = Record<FacetKey, z.infer<typeof FacetWordsSchema>>;
