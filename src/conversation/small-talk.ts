import type { Lang } from '../answer/language.js';

/**
 * "thanks", "ok", "cool, thanks!": a line that only acknowledges the last answer. It asks nothing,
 * so it gets a one-line reply instead of the help. Anything more ("ok and the CRO?") is a question.
 */
// biome-ignore format: a word list reads best packed
const THANKS = new Set(['thanks', 'thank', 'you', 'thx', 'ty', 'tks', 'cheers', 'grazie', 'mille', 'much', 'so', 'a', 'lot', 'many']);
// biome-ignore format: a word list reads best packed
const OK = new Set([
  'ok', 'okay', 'k', 'kk', 'cool', 'great', 'nice', 'perfect', 'got', 'it', 'understood', 'awesome', 'fine', 'sure',
  'good', 'thats', 'that', 's', 'helpful', 'va', 'bene', 'perfetto', 'ottimo', 'capito', 'chiaro', 'benissimo',
  'helps', 'helped', 'makes', 'sense', 'clear', 'useful', 'appreciated', 'appreciate', 'noted', 'see', 'i',
]);
const ITALIAN = new Set([
  'grazie',
  'mille',
  'va',
  'bene',
  'perfetto',
  'ottimo',
  'capito',
  'chiaro',
  'benissimo',
]);

const WORD = /[\p{L}\p{N}]+/gu;

export type Acknowledgement = { kind: 'thanks' | 'ok'; lang: Lang };

export function acknowledgement(line: string): Acknowledgement | undefined {
  // Its words: the runs of letters and digits, apostrophes dropped ("that's" is "thats").
  const words: string[] = line.toLowerCase().replace(/['’]/g, '').match(WORD) ?? [];
  if (words.length === 0 || words.length > 6) return undefined;
  if (!words.every((w) => THANKS.has(w) || OK.has(w))) return undefined;
  // Filler alone ("you", "so", "it") acknowledges nothing.
  const thanks = words.some((w) => /^(?:thanks|thank|thx|ty|tks|cheers|grazie)$/.test(w));
  const ok = words.some((w) => OK.has(w) && !/^(?:it|that|thats|s|got|va|i|makes)$/.test(w));
  if (!thanks && !ok && !words.includes('got')) return undefined;
  return { kind: thanks ? 'thanks' : 'ok', lang: words.some((w) => ITALIAN.has(w)) ? 'it' : 'en' };
}

/** "exit", "quit": the words that end local mode. */
export const endsSession = (line: string) => /^\s*(?:exit|quit|:q|esci)\s*[.!]?\s*$/i.test(line);
