/**
 * `npm run kb:new -- role "Sales Operations Manager"`, `-- comparison cro sdr`, `-- topic "Sales
 * compensation plans"`: writes the skeleton of a new entry into the knowledge folder, then checks it.
 * The skeleton loads as it is; kb:check lists its placeholders until they are written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { checkAll, formatReport } from './kb-check.js';
import { checkKnowledge, knowledgeDir } from './knowledge/load.js';
import { KINDS, type Kind, skeleton } from './knowledge/skeleton.js';

const USAGE = `Usage: npm run kb:new -- role "Sales Operations Manager"
       npm run kb:new -- comparison <role-id> <role-id>
       npm run kb:new -- topic "Sales compensation plans"
Options: --owner "Sales Ops" (who keeps the entry; default Sales Ops)`;

/** Writes the skeleton and returns the path written; throws with a readable message otherwise. */
export function newEntry(
  dir: string,
  kind: Kind,
  args: string[],
  owner = 'Sales Ops',
  today = new Date().toISOString().slice(0, 10),
): string {
  const { kb } = checkKnowledge(dir);
  const sources = kb ? [...kb.sources.values()] : [];
  const { file, text } = skeleton({ kind, args, owner, today, sources });
  const path = join(dir, file);
  if (existsSync(path) || existsSync(path.replace(/\.yml$/, '.yaml'))) {
    throw new Error(`${relative(process.cwd(), path)} already exists: edit it instead.`);
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return path;
}

function main(argv: string[]): number {
  const ownerAt = argv.indexOf('--owner');
  const owner = ownerAt >= 0 ? argv[ownerAt + 1] : undefined;
  const [kind, ...args] = argv.filter((_, i) => ownerAt < 0 || (i !== ownerAt && i !== ownerAt + 1));
  const words = args.join(' ').trim();
  if (!KINDS.includes(kind as Kind) || !words || (ownerAt >= 0 && !owner)) {
    console.error(USAGE);
    return 2;
  }
  const dir = knowledgeDir();
  let path: string;
  try {
    path = newEntry(dir, kind as Kind, args, owner);
  } catch (err) {
    console.error((err as Error).message);
    return 1;
  }
  console.log(`Wrote ${relative(process.cwd(), path)}. Replace every TODO, then run npm run kb:check.\n`);
  console.log(formatReport(checkAll(dir)));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
