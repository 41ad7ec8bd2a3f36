import { fullName, rolesTopDown, starterQuestions } from '../answer/examples.js';
import type { KnowledgeBase } from '../knowledge/load.js';
import { ACTIONS, button, header, mrkdwnSection, type SlackMessage } from './blocks.js';
import { escapeMrkdwn } from './escape.js';

/**
 * The one-time welcome in the Messages tab: what the bot knows and three example questions, as
 * buttons that ask them (the follow-up action answers in the welcome's thread).
 */
export function buildWelcome(kb: KnowledgeBase): SlackMessage {
  const roles = rolesTopDown(kb).map(fullName);
  const examples = starterQuestions(kb, 'en').slice(0, 3);
  const intro =
    'Hi! I answer questions about sales-leadership roles from a curated set of sources, and I cite them.';
  const blocks: SlackMessage['blocks'] = [
    header('Welcome to Role bot'),
    mrkdwnSection(escapeMrkdwn(intro)),
    mrkdwnSection(
      `*Roles I know, from the top down*\n${roles.map((r) => `• ${escapeMrkdwn(r)}`).join('\n')}`,
    ),
  ];
  if (kb.topics.length > 0) {
    blocks.push(mrkdwnSection(`*Topics*\n${kb.topics.map((t) => `• ${escapeMrkdwn(t.title)}`).join('\n')}`));
  }
  blocks.push(
    mrkdwnSection(
      'Ask me anything here. Follow-ups remember the conversation: after "what does a CRO do?", try "and their salary?".',
    ),
  );
  if (examples.length > 0) {
    blocks.push({
      type: 'actions',
      elements: examples.map((e, i) => button(e.question, ACTIONS.followUp(i), e.question)),
    });
  }
  return { text: `${intro} Try: ${examples.map((e) => `"${e.question}"`).join(', ')}`, blocks };
}
