import type { Source } from './schema.js';

/** The kinds of entry `kb:new` can start. */
export const KINDS = ['role', 'comparison', 'topic'] as const;
export type Kind = (typeof KINDS)[number];

/** "Sales Operations Manager" -> "sales-operations-manager": the file name, which is the id. */
export const slugify = (title: string) =>
  title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const TODO = 'TODO:';

/** Shared head of every entry: who keeps it and since when. */
const head = (id: string, owner: string, today: string) => [
  `id: ${id}`,
  `owner: ${owner}`,
  `reviewed: ${today}`,
];

/** A fact to replace, citing a real source so the skeleton loads (and kb:check can run at once). */
const fact = (indent: string, what: string, source: string) =>
  [
    `${indent}text: "${TODO} ${what}, in our own words, figures exactly as the source gives them."`,
    `${indent}text_it: "${TODO} the same in Italian."`,
    `${indent}sources: [${source}]   # ids from sources.yml`,
  ].join('\n');

export interface SkeletonInput {
  kind: Kind;
  /** A role's name, a topic's title, or two role ids for a comparison. */
  args: string[];
  owner: string;
  today: string;
  sources: readonly Source[];
}

/** The file name and YAML text of a new entry that loads as it is and says what to fill in. */
export function skeleton({ kind, args, owner, today, sources }: SkeletonInput): {
  file: string;
  text: string;
} {
  const source = sources[0]?.id ?? 'TODO-source-id';
  if (kind === 'role') {
    const name = args.join(' ').trim();
    const id = slugify(name);
    const plural = /s$/i.test(name) ? name : `${name}s`;
    return {
      file: `roles/${id}.yml`,
      text: [
        ...head(id, owner, today),
        `name: ${name}`,
        `# abbreviation: ${initials(name)}   # only if people use one: one word, 2 to 8 letters`,
        '# level: 4   # rung in the sales hierarchy, 1 = top; roles of the same level share a rung; leave',
        '#            # out when the sources do not place the role (it is then not in the ladder)',
        'aliases:     # what people type: plurals, other titles, Italian forms',
        `  - ${plural.toLowerCase()}`,
        '',
        'summary:',
        fact('  ', 'One or two sentences on what the role is', source),
        '',
        'facets:      # any of: responsibilities, daily, skills, career, reporting, metrics, compensation,',
        '             # challenges, technology, trends, hiring, history',
        '  responsibilities:',
        `    - ${fact('      ', 'What the role does', source).trimStart()}`,
        '',
      ].join('\n'),
    };
  }
  if (kind === 'comparison') {
    const [a, b] = args.map(slugify);
    if (!a || !b) throw new Error('A comparison needs two role ids: npm run kb:new -- comparison cro sdr');
    const id = `${a}-vs-${b}`;
    return {
      file: `comparisons/${id}.yml`,
      text: [
        ...head(id, owner, today),
        `roles: [${a}, ${b}]`,
        '',
        'summary:',
        fact('  ', 'How the two roles differ, in a sentence or two', source),
        '',
        'dimensions:  # one per aspect compared; `facet` (optional) ties it to a role facet such as compensation',
        '  - name: Focus',
        '    name_it: Focus',
        '    sides:',
        `      ${a}:`,
        `        - ${fact('          ', `Where the ${a} role puts its effort`, source).trimStart()}`,
        `      ${b}:`,
        `        - ${fact('          ', `Where the ${b} role puts its effort`, source).trimStart()}`,
        '',
      ].join('\n'),
    };
  }
  const title = args.join(' ').trim();
  const id = slugify(title);
  return {
    file: `topics/${id}.yml`,
    text: [
      ...head(id, owner, today),
      `title: ${title}`,
      `title_it: "${TODO} the title in Italian"`,
      'keywords:    # words and phrases that lead a question here, English and Italian',
      `  - ${title.toLowerCase()}`,
      '',
      'summary:',
      fact('  ', 'What the topic covers', source),
      '',
      'sections:    # topics have sections with a `heading`; comparisons have dimensions with a `name`',
      `  - heading: ${title}`,
      `    heading_it: "${TODO} the heading in Italian"`,
      '    facts:',
      `      - ${fact('        ', 'A first fact', source).trimStart()}`,
      '',
    ].join('\n'),
  };
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');
