import type { KnowledgeBase } from './load.js';
import type { FacetKey } from './schema.js';
import { factsIn } from './walk.js';

/** A plain-text census of the knowledge base: what `npm run kb:check` prints. */
export function summarise(kb: KnowledgeBase, facets: readonly FacetKey[]): string {
  const perSource = new Map<string, number>([...kb.sources.keys()].map((id) => [id, 0]));
  let facts = 0;
  let italian = 0;
  const count = (entry: unknown) => {
    let n = 0;
    for (const [fact] of factsIn(entry, '')) {
      n++;
      facts++;
      if (fact.text_it && (!fact.label || fact.label_it)) italian++;
      for (const s of fact.sources) perSource.set(s, (perSource.get(s) ?? 0) + 1);
    }
    return n;
  };
  const lines = [
    `Knowledge base OK: ${kb.roles.length} roles, ${kb.comparisons.length} comparisons, ${kb.topics.length} topics.`,
    '',
    'Roles (facts, facets):',
  ];
  for (const role of kb.roles) {
    const have = facets.filter((f) => role.facets[f]);
    const missing = facets.filter((f) => !role.facets[f]);
    lines.push(
      `  ${role.name.padEnd(44)} ${String(count(role)).padStart(3)} facts, ${have.length} facets${missing.length ? ` (none on: ${missing.join(', ')})` : ''}`,
    );
  }
  lines.push('', 'Comparisons:');
  for (const c of kb.comparisons)
    lines.push(
      `  ${c.id.padEnd(44)} ${String(count(c)).padStart(3)} facts, ${c.dimensions.length} dimensions`,
    );
  lines.push('', 'Topics:');
  for (const t of kb.topics) lines.push(`  ${t.title.padEnd(44)} ${String(count(t)).padStart(3)} facts`);
  lines.push('', 'Other meanings of our abbreviations:');
  for (const o of kb.otherMeanings)
    lines.push(
      `  ${o.abbreviation.padEnd(44)} ${o.meanings.map((m) => `${m.name} (${m.signals.length} signals)`).join(', ')}`,
    );
  lines.push('', `Neutral words: ${kb.neutralWords.size}`);
  lines.push(`Related-word groups: ${kb.relatedWords.length}`);
  lines.push(
    `Facet words: ${Object.values(kb.facetWords).reduce((n, f) => n + f.words.length, 0)} for ${Object.keys(kb.facetWords).length} facets`,
  );
  lines.push('', 'Facts citing each source:');
  for (const [id, n] of perSource)
    lines.push(`  ${id.padEnd(44)} ${String(n).padStart(3)}${n === 0 ? '  <- never cited' : ''}`);
  lines.push('', `Facts with their Italian text: ${italian} of ${facts}.`);
  return lines.join('\n');
}
