import type { KnowledgeBase } from '../knowledge/load.js';
import type { Answer } from './types.js';

export type Answerer = (question: string) => Answer;

/** Builds the matcher's indexes once; the returned function is pure and fast. (Engine in progress.) */
export function createAnswerer(kb: KnowledgeBase): Answerer {
  return (question) => ({
    kind: 'help',
    matched: false,
    question,
    title: 'Role bot',
    intro: `I know ${kb.roles.length} roles.`,
    sections: [],
    sources: [],
    followUps: [],
  });
}
