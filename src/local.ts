import { createInterface } from 'node:readline';
import type { Answerer } from './answer/index.js';
import type { Answer } from './answer/types.js';
import { type ConversationContext, MemoryConversationContext } from './conversation/context.js';
import { converse } from './conversation/converse.js';
import { toPlainText } from './render/text.js';

/** Said on stderr whatever stdin is, so `npm start < /dev/null` with no Slack variables is never silent. */
export const LOCAL_BANNER =
  'local mode: no Slack credentials set; type a question (e.g. "cro vs cso"), Ctrl+D to quit';

/** The terminal is one conversation: each question can follow up the one before. */
const TERMINAL = { team: 'local', channel: 'terminal', thread: '' };

export interface LocalOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  interactive?: boolean;
  banner?: NodeJS.WritableStream;
  context?: ConversationContext;
  /** Told about each answer after it is printed (the store records local questions too). */
  onAnswer?: (answer: Answer) => void;
}

/**
 * Local mode: questions from the terminal, answers as text. With a terminal it prompts; with piped
 * input it answers each line and resolves at end of input. The banner goes to stderr so that piped
 * answers on stdout stay clean.
 */
export async function runLocal(
  answer: Answerer,
  {
    input = process.stdin,
    output = process.stdout,
    interactive = Boolean(process.stdin.isTTY),
    banner = process.stderr,
    context = new MemoryConversationContext(),
    onAnswer,
  }: LocalOptions = {},
): Promise<void> {
  banner.write(`${LOCAL_BANNER}\n`);
  const rl = createInterface({ input, output, terminal: interactive });
  const prompt = () => interactive && rl.prompt();
  if (interactive) rl.setPrompt('role> ');
  prompt();
  for await (const line of rl) {
    const reply = await converse(answer, context, line, { read: [TERMINAL], write: [TERMINAL] });
    output.write(`${toPlainText(reply.answer)}\n\n`);
    onAnswer?.(reply.answer);
    await reply.remember();
    prompt();
  }
}
