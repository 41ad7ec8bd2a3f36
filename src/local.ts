import { createInterface } from 'node:readline';
import type { Answerer } from './answer/index.js';
import { toPlainText } from './render/text.js';

/** Said on stderr whatever stdin is, so `npm start < /dev/null` with no Slack variables is never silent. */
export const LOCAL_BANNER =
  'local mode: no Slack credentials set; type a question (e.g. "cro vs cso"), Ctrl+D to quit';

/**
 * Local mode: questions from the terminal, answers as text. With a terminal it prompts; with piped
 * input it answers each line and resolves at end of input. The banner goes to stderr so that piped
 * answers on stdout stay clean.
 */
export async function runLocal(
  answer: Answerer,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  interactive: boolean = Boolean(process.stdin.isTTY),
  banner: NodeJS.WritableStream = process.stderr,
): Promise<void> {
  banner.write(`${LOCAL_BANNER}\n`);
  const rl = createInterface({ input, output, terminal: interactive });
  const prompt = () => interactive && rl.prompt();
  if (interactive) rl.setPrompt('role> ');
  prompt();
  for await (const line of rl) {
    output.write(`${toPlainText(answer(line))}\n\n`);
    prompt();
  }
}
