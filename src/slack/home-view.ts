import type { KnowledgeBase } from '../knowledge/load.js';
import { ACTIONS } from '../render/blocks.js';
import { escapeMrkdwn, truncate } from '../render/escape.js';
import { LIMITS } from '../render/limits.js';

// biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON, checked against Slack's limits by tests
export type HomeView = { type: 'home'; blocks: any[] };

/** A Home tab holds at most 100 blocks. */
export const HOME_BLOCK_LIMIT = 100;
/** Blocks around the role directory: intro, how-to-ask, examples and their headers. */
const FIXED_BLOCKS = 12;

const header = (text: string) => ({
  type: 'header',
  text: { type: 'plain_text', text: truncate(text, LIMITS.headerText), emoji: true },
});
const mrkdwn = (text: string) => ({
  type: 'section',
  text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) },
});
const button = (label: string, actionId: string, question: string) => ({
  type: 'button',
  text: { type: 'plain_text', text: truncate(label, LIMITS.buttonText), emoji: true },
  action_id: actionId,
  value: truncate(question, LIMITS.buttonValue),
});

/** Questions the knowledge base can answer, for the "Try asking" buttons. */
export function exampleQuestions(kb: KnowledgeBase): string[] {
  const short = (id: string) => {
    const role = kb.roles.find((r) => r.id === id);
    return role?.abbreviation ?? role?.name ?? id;
  };
  const out: string[] = [];
  const [first, second] = kb.roles;
  if (first) out.push(`What does a ${first.name} do?`);
  const comparison = kb.comparisons[0];
  if (comparison) out.push(`${short(comparison.roles[0])} vs ${short(comparison.roles[1])}`);
  const paid = kb.roles.find((r) => r.facets.compensation);
  if (paid) out.push(`How much does a ${paid.name} earn?`);
  if (second) out.push(`Skills for a ${second.name}`);
  const topic = kb.topics[0];
  if (topic) out.push(topic.title);
  return out.slice(0, 5);
}

/**
 * The App Home tab: how to ask, a directory of the roles with a button each, and example questions.
 * Buttons reuse the follow-up action: clicking one asks its question and the answer arrives in the
 * app's Messages tab.
 */
export function buildHomeView(kb: KnowledgeBase): HomeView {
  const roleRoom = HOME_BLOCK_LIMIT - FIXED_BLOCKS;
  const roles = kb.roles.slice(0, roleRoom);
  const examples = exampleQuestions(kb);
  const blocks: HomeView['blocks'] = [
    header('Role bot'),
    mrkdwn(
      'I answer questions about sales-leadership roles (what they do, how they are paid, who they report ' +
        'to, how they compare) from a curated set of sources, and I cite the sources in every answer.',
    ),
    { type: 'divider' },
    header('How to ask'),
    mrkdwn(
      [
        '• `/role cro vs vp of sales` in any channel: only you see the answer, and you can share it.',
        '• Mention me in a channel (`@Role bot what does an SDR do?`): I answer in the thread.',
        '• Write to me in the *Messages* tab of this app.',
        '• `/role help` lists what I know.',
      ].join('\n'),
    ),
    { type: 'divider' },
    header('Roles'),
  ];
  for (const [i, role] of roles.entries()) {
    const name = role.abbreviation ? `${role.name} (${role.abbreviation})` : role.name;
    blocks.push({
      ...mrkdwn(`*${escapeMrkdwn(name)}*\n${escapeMrkdwn(role.summary.text)}`),
      accessory: button(`Ask about the ${role.abbreviation ?? role.name}`, ACTIONS.followUp(i), role.name),
    });
  }
  if (kb.roles.length > roles.length) {
    blocks.push({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: `…and ${kb.roles.length - roles.length} more: ask about them by name.` },
      ],
    });
  }
  if (examples.length > 0) {
    blocks.push({ type: 'divider' }, header('Try asking'), {
      type: 'actions',
      elements: examples.map((q, i) => button(q, ACTIONS.followUp(i), q)),
    });
  }
  return { type: 'home', blocks };
}
