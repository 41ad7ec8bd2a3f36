import { messages } from '../answer/messages.js';
import type { Answer, Line, Section, Turn } from '../answer/types.js';
import type { Source } from '../knowledge/schema.js';
import { escapeMrkdwn, truncate } from './escape.js';
import { LIMITS } from './limits.js';

/** Action ids the Slack layer listens for. Values carry the question to ask. */
export const ACTIONS = {
  followUp: (i: number) => `follow_up_${i}`,
  followUpPattern: /^follow_up_\d+$/,
  share: 'share_answer',
  feedback: 'answer_feedback',
  askExpert: 'ask_expert',
} as const;

/**
 * What a feedback button's value carries: which way it points and the recorded question's id; 👎
 * also carries the question, for the form it opens and for the experts.
 */
export const feedbackValue = (vote: 'up' | 'down', questionId: string, question = '') =>
  vote === 'up' ? `up:${questionId}` : `down:${questionId}:${question.slice(0, LIMITS.buttonValue - 50)}`;

/**
 * What "Share in channel" carries: the question, and for a follow-up ("and their salary?") the turn
 * it was read against, so that sharing answers it the same way later, whatever was asked since.
 */
export const shareValue = (answer: Answer, previous?: Turn) =>
  answer.assumed && previous
    ? JSON.stringify({ q: answer.question.slice(0, LIMITS.buttonValue - 300), t: previous })
    : answer.question;

/** The question and previous turn a Share button's value carries. */
export function readShareValue(value: string): { question: string; previous?: Turn } {
  if (value.startsWith('{"q":')) {
    try {
      const { q, t } = JSON.parse(value) as { q?: unknown; t?: Turn };
      if (typeof q === 'string')
        return { question: q, ...(t && Array.isArray(t.roles) ? { previous: t } : {}) };
    } catch {
      // Not ours after all: a question that happens to look like JSON.
    }
  }
  return { question: value };
}

export interface SlackMessage {
  /** Notification and screen-reader fallback. */
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON, validated by tests against Slack's limits
  blocks: any[];
}

export interface RenderOptions {
  /** Add a "Share in channel" button (for ephemeral slash-command replies). */
  share?: boolean;
  /** The turn a follow-up was read against, which the Share button carries (see shareValue). */
  previous?: Turn | undefined;
  /** Who shared it, for the attribution line of a shared answer (a Slack user id). */
  sharedBy?: string;
  /** Leave out the follow-up buttons (a shared answer in a channel is for reading). */
  followUps?: boolean;
  /** The recorded question's id: adds 👍 / 👎 feedback buttons that point at it. */
  feedbackId?: string | undefined;
  /** Add "Ask an expert" (declines and partial answers, when an experts' channel is set). */
  askExpert?: { questionId: string } | undefined;
  /** Show a comparison as a table block (default); false keeps paired bullets. */
  tables?: boolean;
}

const MAX_FOLLOW_UPS = 5;

const lineText = (line: Line, bullet = '•') =>
  `${bullet} ${line.label ? `*${escapeMrkdwn(line.label)}:* ` : ''}${escapeMrkdwn(line.text)}`;

/** One section's mrkdwn, split into chunks that each fit a section block. */
function sectionChunks(section: Section): string[] {
  const chunks: string[] = [];
  let current = section.heading ? `*${escapeMrkdwn(section.heading)}*` : '';
  for (const [i, line] of section.lines.entries()) {
    const text = truncate(lineText(line, section.numbered ? `${i + 1}.` : '•'), LIMITS.sectionText);
    if (current && current.length + 1 + text.length > LIMITS.sectionText) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n${text}` : text;
  }
  if (current) chunks.push(current);
  return chunks;
}

export const sourceName = (s: Source) => (s.publisher ? `${s.title} (${s.publisher})` : s.title);

/** Renders an Answer as a Slack message whose blocks respect Block Kit's limits. */
export function toSlackMessage(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const m = messages(answer.lang);
  const blocks: SlackMessage['blocks'] = [header(answer.title)];
  // What a follow-up took from earlier in the thread, first, so a wrong guess shows at once.
  if (answer.assumed) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `_${escapeMrkdwn(answer.assumed.note)}_`, verbatim: true }],
    });
  }
  if (answer.intro) blocks.push(mrkdwnSection(escapeMrkdwn(answer.intro)));
  // A comparison side by side where Slack can show it; its sections otherwise.
  const table = options.tables === false ? undefined : tableBlock(answer.table);
  if (table) blocks.push(table);
  const sections = table ? answer.sections.slice(answer.table?.sections ?? 0) : answer.sections;
  // Reserve room for the closing context, actions, feedback and attribution blocks.
  const room = LIMITS.blocks - blocks.length - 5;
  const bodies = sections.flatMap(sectionChunks).slice(0, room);
  for (const body of bodies) blocks.push(mrkdwnSection(body));

  const context: string[] = [];
  if (answer.sources.length > 0) {
    context.push(
      truncate(`${m.sources}: ${answer.sources.map((s) => escapeMrkdwn(sourceName(s))).join(' · ')}`, 2000),
    );
  }
  if (answer.missing?.length) {
    context.push(truncate(`${m.missing}: ${answer.missing.map(escapeMrkdwn).join(', ')}`, 2000));
  }
  if (answer.reviewed) context.push(m.reviewed(answer.reviewed));
  if (options.sharedBy) context.push(m.sharedBy(`<@${options.sharedBy.replace(/[^A-Z0-9]/gi, '')}>`));
  if (context.length > 0) {
    blocks.push({
      type: 'context',
      elements: context.map((text) => ({ type: 'mrkdwn', text, verbatim: true })),
    });
  }

  const buttons = [];
  if (options.followUps !== false) {
    for (const [i, f] of answer.followUps.slice(0, MAX_FOLLOW_UPS).entries()) {
      buttons.push(button(f.label, ACTIONS.followUp(i), f.question));
    }
  }
  if (options.share) {
    buttons.push({
      ...button(m.share, ACTIONS.share, shareValue(answer, options.previous)),
      style: 'primary',
    });
  }
  if (options.askExpert) {
    const value = JSON.stringify({ id: options.askExpert.questionId, q: answer.question.slice(0, 1500) });
    buttons.push(button(m.askExpert, ACTIONS.askExpert, value));
  }
  if (buttons.length > 0) blocks.push({ type: 'actions', elements: buttons });
  if (options.feedbackId) blocks.push(feedbackBlock(options.feedbackId, answer.question, m.feedback));

  return { text: fallbackText(answer), blocks };
}

const BOLD = { style: { bold: true } };

/** A table cell: rich text (plain, never parsed as mrkdwn); each line's label in bold. */
const cell = (lines: readonly Line[]) => ({
  type: 'rich_text',
  elements: [
    {
      type: 'rich_text_section',
      elements:
        lines.length === 0
          ? [{ type: 'text', text: '—' }]
          : lines.flatMap((l, i) => [
              ...(l.label ? [{ type: 'text', text: `${i > 0 ? '\n' : ''}${l.label}: `, ...BOLD }] : []),
              { type: 'text', text: `${i > 0 && !l.label ? '\n' : ''}${l.text.trim() || '—'}` },
            ]),
    },
  ],
});

const heading = (text: string) => ({
  type: 'rich_text',
  elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: text.trim() || '—', ...BOLD }] }],
});

const lineLength = (l: Line) => (l.label?.length ?? 0) + 2 + l.text.length;

/**
 * A comparison's aspects as a Block Kit table: a heading row, then one row per aspect with a cell per
 * role, every column wrapped. Undefined when there is none or it would break Slack's limits on
 * tables (100 rows, 20 cells a row, 10,000 characters), so the paired bullets are shown instead.
 */
function tableBlock(table: Answer['table']) {
  if (!table || table.rows.length === 0) return undefined;
  const width = table.columns.length;
  const chars =
    [...table.columns, ...table.rows.map((r) => r.label)].reduce((n, t) => n + t.length, 0) +
    table.rows.flatMap((r) => r.cells.flat()).reduce((n, l) => n + lineLength(l) + 1, 0);
  if (
    width > LIMITS.tableCells ||
    table.rows.length + 1 > LIMITS.tableRows ||
    table.rows.some((r) => r.cells.length + 1 !== width) ||
    chars > LIMITS.tableChars
  ) {
    return undefined;
  }
  return {
    type: 'table',
    column_settings: table.columns.map(() => ({ is_wrapped: true })),
    rows: [table.columns.map(heading), ...table.rows.map((r) => [heading(r.label), ...r.cells.map(cell)])],
  };
}

/**
 * `verbatim: true`: Slack must not auto-link anything in our text (a plain "@channel" someone typed
 * stays plain text); every link or mention we want is already explicit markup.
 */
export const mrkdwnSection = (text: string) => ({
  type: 'section',
  text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText), verbatim: true },
});

export const header = (text: string) => ({
  type: 'header',
  text: { type: 'plain_text', text: truncate(text, LIMITS.headerText), emoji: true },
});

export const button = (label: string, actionId: string, value: string) => ({
  type: 'button',
  text: { type: 'plain_text', text: truncate(label, LIMITS.buttonText), emoji: true },
  action_id: actionId,
  value: truncate(value, LIMITS.buttonValue),
});

/** Slack's native 👍 / 👎 under an answer; each button's value names the vote and the question. */
const feedbackBlock = (
  questionId: string,
  question: string,
  labels: { helpful: string; notHelpful: string },
) => ({
  type: 'context_actions',
  elements: [
    {
      type: 'feedback_buttons',
      action_id: ACTIONS.feedback,
      positive_button: {
        text: { type: 'plain_text', text: '👍' },
        value: feedbackValue('up', questionId),
        accessibility_label: labels.helpful,
      },
      negative_button: {
        text: { type: 'plain_text', text: '👎' },
        value: feedbackValue('down', questionId, question),
        accessibility_label: labels.notHelpful,
      },
    },
  ],
});

/** The plain summary Slack shows in notifications and to screen readers. */
function fallbackText(answer: Answer): string {
  const first = answer.intro ?? answer.sections[0]?.lines[0]?.text ?? '';
  const title = answer.assumed ? `${answer.title} (${answer.assumed.note})` : answer.title;
  return truncate(escapeMrkdwn(first ? `${title}: ${first}` : title), LIMITS.fallbackText);
}
