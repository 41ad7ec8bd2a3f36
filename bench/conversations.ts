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
import { createAnswerer } from '../src/answer/index.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { play, replyProblem, type Step, subjectProblem } from './conversation-score.js';

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
    for (const [i, { step, reply, problems }] of play(answer, turns).entries()) {
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
