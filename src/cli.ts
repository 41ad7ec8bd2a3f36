/**
 * `npm run ask -- "what does a cro do"`   the answer as text
 * `npm run ask -- --json "cro vs cso"`     one JSON object: {matched, coverage, lang, text, blocks}
 * `npm run ask -- --jsonl < questions.txt` one JSON object per input line, in order
 */
import { createInterface } from 'node:readline';
import { type Answerer, createAnswerer } from './answer/index.js';
import type { Answer } from './answer/types.js';
import { KnowledgeError, loadKnowledge } from './knowledge/load.js';
import { toSlackMessage } from './render/blocks.js';
import { toPlainText } from './render/text.js';

/** The JSON shape the eval scorer and scripts read: exactly what Slack would be sent. */
export function toJson(answer: Answer): string {
  const { text, blocks } = toSlackMessage(answer);
  return JSON.stringify({
    matched: answer.matched,
    coverage: answer.coverage,
    lang: answer.lang,
    text,
    blocks,
  });
}

async function answerLines(answer: Answerer): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of rl) process.stdout.write(`${toJson(answer(line))}\n`);
}

async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((a) => a.startsWith('--')));
  const unknown = [...flags].filter((f) => f !== '--json' && f !== '--jsonl');
  if (unknown.length > 0) {
    console.error(
      `Unknown option ${unknown.join(', ')}. Usage: npm run ask -- [--json] "question" | --jsonl < file`,
    );
    return 2;
  }
  let answer: Answerer;
  try {
    answer = createAnswerer(loadKnowledge());
  } catch (err) {
    if (!(err instanceof KnowledgeError)) throw err;
    console.error(err.message);
    return 1;
  }
  if (flags.has('--jsonl')) {
    await answerLines(answer);
    return 0;
  }
  const question = argv.filter((a) => !a.startsWith('--')).join(' ');
  const result = answer(question);
  console.log(flags.has('--json') ? toJson(result) : toPlainText(result));
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
