import type { KnowledgeBase } from '../knowledge/load.js';
import { fullName, rolesTopDown, starterQuestions } from './examples.js';
import type { Answer, FollowUp } from './types.js';

/** Words that, alone, ask the bot what it can do. */
// biome-ignore format: a word list reads best packed
export const HELP_WORDS = new Set([
  'help', 'aiuto', 'usage', 'commands', 'command', 'menu', 'start', 'list', 'roles', 'topics', 'examples',
  'example', 'hi', 'hello', 'hey', 'ciao', 'salve', 'buongiorno', 'what', 'can', 'you', 'do', 'know', 'how',
  'use', 'i', 'this', 'bot', 'about', 'ask', 'which', 'is', 'are', 'there', 'cover', 'covers', 'options',
  'info', 'sai', 'fare', 'cosa', 'puoi', 'che', 'quali', 'ruoli', 'conosci', 'come', 'funziona', 'me', 'show',
  'tell', 'anything',
]);

export function helpAnswer(kb: KnowledgeBase, question: string): Answer {
  return {
    kind: 'help',
    matched: false,
    coverage: 'none',
    subject: { roles: [] },
    question,
    title: 'Ask me about sales-leadership roles',
    intro:
      'I answer questions about sales roles from a curated set of sources, and cite them. ' +
      'Use /role followed by a question, mention me in a channel, or send me a DM.',
    sections: [
      {
        heading: 'Roles I know, from the top down',
        lines: rolesTopDown(kb).map((r) => ({ text: fullName(r) })),
      },
      ...(kb.topics.length > 0
        ? [{ heading: 'Topics', lines: kb.topics.map((t) => ({ text: t.title })) }]
        : []),
      {
        heading: 'Try',
        lines: [
          { text: '/role cro' },
          { text: '/role cso vs cro' },
          { text: '/role how much does a CSO earn?' },
          { text: '/role who does the VP of Sales report to?' },
          { text: '/role should a startup hire a CSO or a CRO?' },
        ],
      },
    ],
    sources: [],
    followUps: starterQuestions(kb),
  };
}

/** Why a question about another job title is declined. */
export const otherRoleReason = (title: string) =>
  `I only cover sales-leadership roles (CSO, CRO, VP of Sales and the sales team under them)${
    // Abbreviations quote cleanly ("the CTO"); longer titles are rebuilt from folded words, so don't echo them.
    /^[A-Z]{2,5}$/.test(title) ? `, not the ${title}` : ', and that role is not one of them'
  }.`;

/** Why "who is the CRO of Acme" is declined: the sources describe roles, not who holds them. */
export const personReason = (company: string) =>
  `I can't tell you who holds a role at ${company}: my sources describe what the roles are, not the people in them.`;

/** A plain "I don't know", never a guess, with questions the bot can answer instead. */
export function notFoundAnswer(question: string, suggestions: FollowUp[], reason?: string): Answer {
  const echo = question.length > 120 ? `${question.slice(0, 117)}…` : question;
  return {
    kind: 'not_found',
    matched: false,
    coverage: 'none',
    subject: { roles: [] },
    question,
    title: "Sorry, I don't have an answer for that",
    intro: reason ?? `I couldn't match "${echo}" to a sales role or topic I know, and I'd rather not guess.`,
    sections:
      suggestions.length > 0
        ? [{ heading: 'Questions I can answer', lines: suggestions.map((s) => ({ text: s.question })) }]
        : [],
    sources: [],
    followUps: suggestions,
  };
}
