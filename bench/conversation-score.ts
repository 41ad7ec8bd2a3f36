/**
 * The rules bench/conversations.ts scores a conversation by, shared with the unit test that runs our
 * own conversation set (tests/answer/conversations.test.ts). See bench/conversations.ts for the format.
 */
import { nextTurn } from '../src/answer/follow-up.js';
import type { Answerer } from '../src/answer/index.js';
import type { Answer, Turn } from '../src/answer/types.js';
import { toSlackMessage } from '../src/render/blocks.js';

export interface Step {
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
export function replyProblem(step: Step, answer: Answer): string {
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
export function subjectProblem(step: Step, answer: Answer): string {
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

/** One turn as played: the step, the reply and what was wrong with it ('' problems when right). */
export interface Played {
  step: Step;
  reply: Answer;
  problems: string[];
}

/** Plays a conversation turn by turn, each question with the turn before it, as a thread would. */
export function play(answer: Answerer, turns: readonly Step[]): Played[] {
  let previous: Turn | undefined;
  return turns.map((step) => {
    const reply = answer(step.q, previous);
    previous = nextTurn(previous, reply);
    const problems = [subjectProblem(step, reply), replyProblem(step, reply)].filter(Boolean);
    return { step, reply, problems };
  });
}
