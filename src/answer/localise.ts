import type { Comparison, Fact, Topic } from '../knowledge/schema.js';
import type { Lang } from './language.js';
import type { Line } from './types.js';

/**
 * The knowledge base's curated text in the reply's language. Each English string has its Italian
 * twin beside it in the YAML (`text_it`, `label_it`, ...); the schema requires it.
 */
export const factText = (f: Fact, lang: Lang) => (lang === 'it' ? f.text_it : f.text);

export const factLabel = (f: Fact, lang: Lang) => (lang === 'it' ? f.label_it : f.label);

export function toLine(f: Fact, lang: Lang): Line {
  const label = factLabel(f, lang);
  return label ? { label, text: factText(f, lang) } : { text: factText(f, lang) };
}

export const topicTitle = (t: Topic, lang: Lang) => (lang === 'it' ? t.title_it : t.title);

export const sectionHeading = (s: Topic['sections'][number], lang: Lang) =>
  lang === 'it' ? s.heading_it : s.heading;

export const dimensionName = (d: Comparison['dimensions'][number], lang: Lang) =>
  lang === 'it' ? d.name_it : d.name;
