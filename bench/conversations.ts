/**
 * Scores conversations turn by turn: each question goes to the engine with the turn before it, as a
 * thread would. `npm run bench:conversations -- FILE.yml [-v]`
 *
 * FILE is a YAML list of `{turns: [{q, kind, roles?, facet?, expect?, forbid?}, ...]}`. The first
 * turn sets the scene; every later turn is a follow-up and is right when
 * - it is about the expected roles (as a set) and, where one is given, the expected facet (an
 *   overview counts for `responsibilities`: what a role does is what its overview leads with), and
 * - the reply passes the shared eval's rule for its kind (`in`: matched, one keyword of each `expect`
 *   group, no `forbid`; `gap`: declined or honest that the sources lack it; `out`: declined).
 * The rules mirror ../shared/eval/score.py, so the figures read the same.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { nextTurn } from '../src/answer/follow-up.js';
import { createAnswerer } from '../src/answer/index.js';
import type { Answer, Turn } from '../src/answer/types.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { toSlackMessage } from '../src/render/blocks.js';

interface Step {
  q: string;
  kind: 'in' | 'out' | 'gap' | 'help';
  roles?: string[];
  facet?: string;
  expect?: Array<string | string[]>;
  forbid?: string[];
}

const MAX_CHARS = 4000;
// biome-ignore format: the shared scorer's list, kept in its order
const GAP_PHRASES = [
  'say nothing', 'says nothing', "don't have", 'do not have', 'no information', 'not covered', 'nothing about',
  "don't know", 'not in my sources', 'no figure', 'non dicono', 'non ho', "don't cover", 'do not cover',
  "doesn't cover", "don't give", "don't say",
];

const norm = (s: string) => s.replace(/[\s\-\u2010-\u2014]+/g, ' ').toLowerCase();

/** Every text in the blocks, as the shared scorer collects it. */
function texts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const v of node) texts(v, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === 'text' && typeof v === 'string') out.push(v);
      else if (typeof v === 'object' && !['value', 'action_id', 'block_id', 'url'].includes(k)) texts(v, out);
    }
  }
  return out;
}

/** The shared eval's rule for the step's kind; '' when the reply passes. */
function replyProblem(step: Step, answer: Answer): string {
  const { blocks } = toSlackMessage(answer);
  const body = texts(blocks).join('\n');
  const nb = norm(body);
  if (step.kind === 'out') return answer.matched ? 'answered an out-of-scope question' : '';
  if (step.kind === 'help') return answer.kind === 'help' ? '' : 'no help';
  if (step.kind === 'gap') {
    const honest =
      !answer.matched || answer.coverage !== 'full' || GAP_PHRASES.some((p) => nb.slice(0, 400).includes(p));
    return honest ? '' : 'answered without saying the sources lack it';
  }
  if (!answer.matched) return 'declined';
  for (const e of step.expect ?? []) {
    const alts = Array.isArray(e) ? e : [e];
    if (!alts.some((a) => nb.includes(norm(String(a))))) return `missing ${JSON.stringify(alts)}`;
  }
  for (const f of step.forbid ?? []) if (nb.includes(norm(String(f)))) return `contains forbidden ${f}`;
  return body.length > MAX_CHARS ? `reply of ${body.length} chars` : '';
}

/** Whether the answer is about the roles and facet the step names; '' when it is. */
function subjectProblem(step: Step, answer: Answer): string {
  // A first turn may give only its kind and keywords.
  if (step.kind === 'out' || step.roles === undefined) return '';
  const want = [...(step.roles ?? [])].sort().join(',');
  const got = [...answer.subject.roles].sort().join(',');
  if (want !== got) return `about [${got}], not [${want}]`;
  // "What does X do" is answered with the role's overview, whose body is its responsibilities.
  const overview =
    answer.subject.facet === undefined && (answer.kind === 'role' || answer.kind === 'comparison');
  if (step.facet === 'responsibilities' && overview) return '';
  if (step.facet && answer.subject.facet !== step.facet) {
    return `facet ${answer.subject.facet ?? 'none'}, not ${step.facet}`;
  }
  return '';
}

function main(argv: string[]): number {
  const verbose = argv.includes('-v');
  const [file] = argv.filter((a) => a !== '-v');
  if (!file) {
    console.error('usage: npm run bench:conversations -- FILE.yml [-v]');
    return 2;
  }
  const conversations = parse(readFileSync(file, 'utf8')) as Array<{ turns: Step[] }>;
  const answer = createAnswerer(loadKnowledge());
  const tally = { firsts: [0, 0], followUps: [0, 0], subjects: [0, 0], replies: new Map<string, number[]>() };
  const bump = (t: number[], ok: boolean) => {
    t[0] = (t[0] ?? 0) + (ok ? 1 : 0);
    t[1] = (t[1] ?? 0) + 1;
  };
  for (const [c, { turns }] of conversations.entries()) {
    let previous: Turn | undefined;
    for (const [i, step] of turns.entries()) {
      const reply = answer(step.q, previous);
      previous = nextTurn(previous, reply);
      const problems = [subjectProblem(step, reply), replyProblem(step, reply)].filter(Boolean);
      if (i === 0) {
        bump(tally.firsts, problems.length === 0);
      } else {
        bump(tally.followUps, problems.length === 0);
        bump(tally.subjects, !subjectProblem(step, reply));
        const byKind = tally.replies.get(step.kind) ?? [0, 0];
        bump(byKind, !replyProblem(step, reply));
        tally.replies.set(step.kind, byKind);
      }
      if (verbose && problems.length > 0) {
        const note = reply.assumed ? ` (${reply.assumed.note})` : '';
        console.log(
          `FAIL ${c + 1}.${i + 1} [${step.kind}] ${JSON.stringify(step.q)}: ${problems.join('; ')}${note}`,
        );
      }
    }
  }
  const pct = ([good = 0, total = 0]: number[]) =>
    `${good}/${total} (${((100 * good) / (total || 1)).toFixed(1)}%)`;
  const kinds = [...tally.replies].map(([k, t]) => `${k} ${pct(t)}`).join(', ');
  console.log(
    `follow-ups right ${pct(tally.followUps)}; right roles and facet ${pct(tally.subjects)}; ` +
      `replies by kind: ${kinds}; first turns ${pct(tally.firsts)}`,
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
