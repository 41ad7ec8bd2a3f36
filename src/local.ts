import { createInterface } from 'node:readline';
import type { Answerer } from './answer/index.js';
import { messages } from './answer/messages.js';
import type { Answer } from './answer/types.js';
import { type ConversationContext, MemoryConversationContext } from './conversation/context.js';
import { converse } from './conversation/converse.js';
import { acknowledgement, endsSession } from './conversation/small-talk.js';
import { PIPED_WIDTH, toTerminalText, wrap } from './render/terminal.js';

/** Said on stderr whatever stdin is, so `npm start < /dev/null` with no Slack variables is never silent. */
export const LOCAL_BANNER = 'local mode: no Slack credentials set; ask e.g. "cro vs cso"; type exit to quit';

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
  /** Columns to wrap to: the terminal's width, or 80 when the output is not a terminal. */
  width?: number;
}

/** The output's width when it is a terminal that says so; 80 otherwise. */
const widthOf = (output: NodeJS.WritableStream) => {
  const columns = (output as { isTTY?: boolean; columns?: number }).columns;
  return (output as { isTTY?: boolean }).isTTY && columns && columns > 0 ? columns : PIPED_WIDTH;
};

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
    width,
  }: LocalOptions = {},
): Promise<void> {
  const columns = () => width ?? widthOf(output);
  banner.write(`${wrap(LOCAL_BANNER, columns())}\n`);
  const rl = createInterface({ input, output, terminal: interactive });
  const prompt = () => interactive && rl.prompt();
  if (interactive) rl.setPrompt('role> ');
  prompt();
  for await (const line of rl) {
    if (endsSession(line)) break;
    // "thanks", "ok": one line back, and the conversation stays where it was.
    const ack = acknowledgement(line);
    if (ack) {
      output.write(`${wrap(messages(ack.lang).terminal[ack.kind], columns())}\n\n`);
      prompt();
      continue;
    }
    const reply = await converse(answer, context, line, { read: [TERMINAL], write: [TERMINAL] });
    output.write(`${toTerminalText(reply.answer, columns())}\n\n`);
    onAnswer?.(reply.answer);
    await reply.remember();
    prompt();
  }
  rl.close();
}
