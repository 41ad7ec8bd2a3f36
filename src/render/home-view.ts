import { compareFollowUp, fullName, rolesTopDown, shortName, starterQuestions } from '../answer/examples.js';
import type { KnowledgeBase } from '../knowledge/load.js';
import { ACTIONS, button, header, mrkdwnSection } from './blocks.js';
import { escapeMrkdwn } from './escape.js';

// biome-ignore lint/suspicious/noExplicitAny: Block Kit JSON, checked against Slack's limits by tests
export type HomeView = { type: 'home'; blocks: any[] };

/** A Home tab holds at most 100 blocks. */
export const HOME_BLOCK_LIMIT = 100;
/** Blocks around the role directory: intro, how-to-ask, examples and their headers. */
const FIXED_BLOCKS = 12;
const MAX_EXAMPLES = 5;

/**
 * The App Home tab: how to ask, the roles from the top down with a button each, and example
 * questions. Buttons reuse the follow-up action: a click asks its question and the answer arrives in
 * the app's Messages tab.
 */
export function buildHomeView(kb: KnowledgeBase): HomeView {
  const ordered = rolesTopDown(kb);
  const roles = ordered.slice(0, HOME_BLOCK_LIMIT - FIXED_BLOCKS);
  const blocks: HomeView['blocks'] = [
    header('Role bot'),
    mrkdwnSection(
      'I answer questions about sales-leadership roles (what they do, how they are paid, who they report ' +
        'to, how they compare) from a curated set of sources, and I cite the sources in every answer.',
    ),
    { type: 'divider' },
    header('How to ask'),
    mrkdwnSection(
      [
        '• `/role cro vs vp of sales` in any channel: only you see the answer, and you can share it.',
        '• Mention me in a channel (`@Role bot what does an SDR do?`): I answer in the thread.',
        '• Write to me in the *Messages* tab of this app.',
        '• `/role help` lists what I know.',
      ].join('\n'),
    ),
    { type: 'divider' },
    header('Roles, from the top down'),
  ];
  for (const [i, role] of roles.entries()) {
    blocks.push({
      ...mrkdwnSection(`*${escapeMrkdwn(fullName(role))}*\n${escapeMrkdwn(role.summary.text)}`),
      accessory: button(`Ask about the ${shortName(role)}`, ACTIONS.followUp(i), role.name),
    });
  }
  if (ordered.length > roles.length) {
    blocks.push({
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: `…and ${ordered.length - roles.length} more: ask about them by name.` },
      ],
    });
  }
  const examples = homeExamples(kb);
  if (examples.length > 0) {
    blocks.push({ type: 'divider' }, header('Try asking'), {
      type: 'actions',
      elements: examples.map((e, i) => button(e.question, ACTIONS.followUp(i), e.question)),
    });
  }
  return { type: 'home', blocks };
}

/** The starter questions plus every curated comparison, each a question the engine answers. */
function homeExamples(kb: KnowledgeBase) {
  const byId = new Map(kb.roles.map((r) => [r.id, r]));
  const comparisons = kb.comparisons.flatMap((c) => {
    const [a, b] = c.roles.map((id) => byId.get(id));
    return a && b ? [compareFollowUp(a, b, 'en')] : [];
  });
  const seen = new Set<string>();
  return [...starterQuestions(kb, 'en'), ...comparisons]
    .filter((e) => !seen.has(e.question) && seen.add(e.question))
    .slice(0, MAX_EXAMPLES);
}
