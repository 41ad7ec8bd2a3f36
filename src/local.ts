import { createInterface } from 'node:readline';
import type { Answerer } from './answer/index.js';
import { toPlainText } from './render/text.js';

/**
 * Local mode: questions from the terminal, answers as text. With a terminal it prompts; with piped
 * input it answers each line and resolves at end of input.
 */
export async function runLocal(
  answer: Answerer,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
  interactive: boolean = Boolean(process.stdin.isTTY),
): Promise<void> {
  const rl = createInterface({ input, output, terminal: interactive });
  const prompt = () => interactive && rl.prompt();
  if (interactive) {
    output.write('Role bot (local mode). Ask about a sales role, e.g. "cro vs cso". Ctrl+D to quit.\n');
    rl.setPrompt('role> ');
  }
  prompt();
  for await (const line of rl) {
    output.write(`${toPlainText(answer(line))}\n\n`);
    prompt();
  }
}
