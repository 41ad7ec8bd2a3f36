import { messages } from '../answer/messages.js';
import type { Answer, FollowUp, Line, Section, Turn } from '../answer/types.js';
import type { Source } from '../knowledge/schema.js';
import { escapeMrkdwn, truncate } from './escape.js';
import { sharedBlock, sharedString } from './json.js';
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

/**
 * A bulleted line's mrkdwn, made once per Line: the engine shares one Line per fact across answers,
 * so the same lines come back in answer after answer.
 */
const bulleted = new WeakMap<Line, string>();
function bulletLine(line: Line): string {
  let text = bulleted.get(line);
  if (text === undefined) {
    text = truncate(lineText(line), LIMITS.sectionText);
    bulleted.set(line, text);
  }
  return text;
}

/** Chunks of sections that answers share (the engine freezes those it composes once). */
const sharedChunks = new WeakMap<Section, readonly string[]>();

/** One section's mrkdwn, split into chunks that each fit a section block, added to `chunks`. */
function sectionChunks(section: Section, chunks: string[]): void {
  if (!Object.isFrozen(section)) {
    chunkSection(section, chunks);
    return;
  }
  let made = sharedChunks.get(section);
  if (!made) {
    const own: string[] = [];
    chunkSection(section, own);
    made = own;
    sharedChunks.set(section, made);
  }
  for (const c of made) chunks.push(c);
}

function chunkSection(section: Section, chunks: string[]): void {
  let current = section.heading ? `*${escapeMrkdwn(section.heading)}*` : '';
  const { lines } = section;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    const text = section.numbered
      ? truncate(lineText(line, `${i + 1}.`), LIMITS.sectionText)
      : bulletLine(line);
    if (current && current.length + 1 + text.length > LIMITS.sectionText) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current}\n${text}` : text;
  }
  if (current) chunks.push(current);
}

export const sourceName = (s: Source) => (s.publisher ? `${s.title} (${s.publisher})` : s.title);

/** A source's name as the context line shows it, made once per source. */
const sourceNames = new WeakMap<Source, string>();
function shownSource(s: Source): string {
  let name = sourceNames.get(s);
  if (name === undefined) {
    name = escapeMrkdwn(sourceName(s));
    sourceNames.set(s, name);
  }
  return name;
}

/** "Reviewed 25 Nov 2026", once per language and date: answers share a handful of dates. */
const reviewedLines = new WeakMap<object, Map<string, string>>();
function reviewedLine(m: ReturnType<typeof messages>, iso: string): string {
  let byDate = reviewedLines.get(m);
  if (!byDate) {
    byDate = new Map();
    reviewedLines.set(m, byDate);
  }
  let line = byDate.get(iso);
  if (line === undefined) {
    line = m.reviewed(iso);
    if (byDate.size > 100) byDate.clear();
    byDate.set(iso, line);
  }
  return line;
}

const FOLLOW_UP_IDS = Array.from({ length: MAX_FOLLOW_UPS }, (_, i) => ACTIONS.followUp(i));

/** A shared follow-up's button, by its place among the buttons (its action id), made once. */
const followUpButtons = new WeakMap<FollowUp, object[]>();
function followUpButton(f: FollowUp, i: number): object {
  let made = followUpButtons.get(f);
  if (!made) {
    made = [];
    followUpButtons.set(f, made);
  }
  let b = made[i];
  if (!b) {
    b = sharedBlock(button(f.label, FOLLOW_UP_IDS[i] as string, f.question));
    made[i] = b;
  }
  return b;
}

/** Renders an Answer as a Slack message whose blocks respect Block Kit's limits. */
export function toSlackMessage(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const m = messages(answer.lang);
  const body = answerBody(answer, options);
  const blocks: SlackMessage['blocks'] = body.blocks.slice();

  const buttons: object[] = [];
  let shared = false;
  if (options.followUps !== false) {
    const { followUps } = answer;
    // An answer composed once offers the same follow-ups every time: their buttons are made once.
    shared = Object.isFrozen(followUps) && followUps.length > 0;
    for (let i = 0; i < followUps.length && i < MAX_FOLLOW_UPS; i++) {
      const f = followUps[i] as (typeof followUps)[number];
      buttons.push(shared ? followUpButton(f, i) : button(f.label, FOLLOW_UP_IDS[i] as string, f.question));
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
  if (buttons.length > 0) {
    const actions = { type: 'actions', elements: buttons };
    blocks.push(actions);
  }
  if (options.feedbackId) blocks.push(feedbackBlock(options.feedbackId, answer.question, m.feedback));

  return { text: body.text, blocks };
}

/** What an answer shows before its buttons: the blocks, and the text for notifications. */
interface Body {
  blocks: readonly object[];
  text: string;
}

/**
 * A body rendered once for an answer composed once (its sections are frozen and shared), with what
 * else it was rendered from: the answer's own parts (a follow-up's note, the words it missed) and
 * the options that change it.
 */
interface SharedBody extends Body {
  title: string;
  intro: string | undefined;
  note: string | undefined;
  table: Answer['table'];
  sources: Answer['sources'];
  missing: string;
  reviewed: string | undefined;
  lang: Answer['lang'];
  tables: boolean;
  sharedBy: string | undefined;
}

const sharedBodies = new WeakMap<readonly Section[], SharedBody[]>();
/** Variants kept per answer (with and without a follow-up's note, missing words, ...); past it, rendered afresh. */
const BODIES_PER_ANSWER = 8;

/**
 * The answer's header, sections and sources as blocks. An answer composed once from the knowledge
 * base comes back for every question about it: its blocks are built once, frozen, and serialized
 * once (sharedBlock), so each reply serializes only its own buttons.
 */
function answerBody(answer: Answer, options: RenderOptions): Body {
  if (!Object.isFrozen(answer.sections)) return renderBody(answer, options);
  const missing = answer.missing?.length ? answer.missing.join('\u0000') : '';
  const tables = options.tables !== false;
  let known = sharedBodies.get(answer.sections);
  if (known) {
    for (const b of known) {
      if (
        b.title === answer.title &&
        b.intro === answer.intro &&
        b.note === answer.assumed?.note &&
        b.table === answer.table &&
        sameItems(b.sources, answer.sources) &&
        b.missing === missing &&
        b.reviewed === answer.reviewed &&
        b.lang === answer.lang &&
        b.tables === tables &&
        b.sharedBy === options.sharedBy
      ) {
        return b;
      }
    }
  } else {
    known = [];
    sharedBodies.set(answer.sections, known);
  }
  const body = renderBody(answer, options);
  if (known.length >= BODIES_PER_ANSWER) return body;
  known.push({
    blocks: Object.freeze(body.blocks.map(sharedBlock)),
    text: sharedString(body.text),
    title: answer.title,
    intro: answer.intro,
    note: answer.assumed?.note,
    table: answer.table,
    sources: answer.sources,
    missing,
    reviewed: answer.reviewed,
    lang: answer.lang,
    tables,
    sharedBy: options.sharedBy,
  });
  return known[known.length - 1] as SharedBody;
}

const sameItems = <T>(a: readonly T[], b: readonly T[]) =>
  a === b || (a.length === b.length && a.every((item, i) => item === b[i]));

function renderBody(answer: Answer, options: RenderOptions): Body {
  const m = messages(answer.lang);
  const blocks: object[] = [header(answer.title)];
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
  const { sections } = answer;
  // Reserve room for the closing context, actions, feedback and attribution blocks.
  const room = LIMITS.blocks - blocks.length - 5;
  const bodies: string[] = [];
  for (let i = table ? (answer.table?.sections ?? 0) : 0; i < sections.length && bodies.length < room; i++)
    sectionChunks(sections[i] as Section, bodies);
  for (let i = 0; i < bodies.length && i < room; i++) blocks.push(mrkdwnSection(bodies[i] as string));

  const context: string[] = [];
  if (answer.sources.length > 0) {
    let names = '';
    for (const s of answer.sources) names = names ? `${names} · ${shownSource(s)}` : shownSource(s);
    context.push(truncate(`${m.sources}: ${names}`, 2000));
  }
  if (answer.missing?.length) {
    context.push(truncate(`${m.missing}: ${answer.missing.map(escapeMrkdwn).join(', ')}`, 2000));
  }
  if (answer.reviewed) context.push(reviewedLine(m, answer.reviewed));
  if (options.sharedBy) context.push(m.sharedBy(`<@${options.sharedBy.replace(/[^A-Z0-9]/gi, '')}>`));
  if (context.length > 0) {
    blocks.push({
      type: 'context',
      elements: context.map((text) => ({ type: 'mrkdwn', text, verbatim: true })),
    });
  }
  return { blocks, text: fallbackText(answer) };
}

const BOLD = { style: { bold: true } };

/** A table cell: rich text (plain, never parsed as mrkdwn); each line's label in bold. */
const cell = (lines: readonly Line[]) => ({
  type: 'rich_text',
  elements: [
    {
      type: 'rich_text_section',
      elements: lines.length === 0 ? [{ type: 'text', text: '—' }] : cellTexts(lines),
    },
  ],
});

function cellTexts(lines: readonly Line[]) {
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (l.label) out.push({ type: 'text', text: `${i > 0 ? '\n' : ''}${l.label}: `, ...BOLD });
    out.push({ type: 'text', text: `${i > 0 && !l.label ? '\n' : ''}${l.text.trim() || '—'}` });
  }
  return out;
}

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
  let chars = 0;
  for (const c of table.columns) chars += c.length;
  for (const r of table.rows) {
    chars += r.label.length;
    for (const lines of r.cells) for (const l of lines) chars += lineLength(l) + 1;
  }
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

const THUMBS_UP = sharedBlock({ type: 'plain_text', text: '👍' });
const THUMBS_DOWN = sharedBlock({ type: 'plain_text', text: '👎' });

/**
 * Slack's native 👍 / 👎 under an answer; each button's value names the vote and the question. Its
 * fixed parts are shared, the rest serialized per reply.
 */
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
        text: THUMBS_UP,
        value: feedbackValue('up', questionId),
        accessibility_label: labels.helpful,
      },
      negative_button: {
        text: THUMBS_DOWN,
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
  // Escaped piece by piece (escaping is per character), so the joined text is never scanned again.
  return truncate(
    first ? `${escapeMrkdwn(title)}: ${escapeMrkdwn(first)}` : escapeMrkdwn(title),
    LIMITS.fallbackText,
  );
}
