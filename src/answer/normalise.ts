/**
 * Turns what someone typed in Slack into (a) a clean question to echo back and (b) tokens to match.
 * Slack sends markup: `<@U123>` mentions, `<#C1|general>` channels, `<!here>` broadcasts,
 * `<https://x|label>` links, `*bold*`, `:emoji:` and HTML entities.
 */

/** Long questions are answered from their opening: nobody asks about two roles in a page of text. */
export const MAX_QUESTION_CHARS = 500;

/** Anything the markup rules below would change; most questions have none of it. */
const MARKUP = /[<&:*_~`]|\u{200D}|\u{FE0F}|\p{Extended_Pictographic}/u;

/** Whitespace that `\s+ -> ' '` would change: a run, or a tab, newline or other space. */
const ODD_SPACE = /\s\s|[^\S ]/;

export function cleanSlackText(raw: string): string {
  if (!MARKUP.test(raw)) {
    const head = raw.slice(0, MAX_QUESTION_CHARS * 4);
    return (ODD_SPACE.test(head) ? head.replace(/\s+/g, ' ') : head).trim().slice(0, MAX_QUESTION_CHARS);
  }
  return raw
    .slice(0, MAX_QUESTION_CHARS * 4)
    .replace(/<[@!][^>]*>/g, ' ') // user mentions, @channel/@here/@everyone, user groups
    .replace(/<#[A-Z0-9]+(?:\|([^>]*))?>/gi, (_, name: string | undefined) => (name ? `#${name}` : ' '))
    .replace(/<((?:https?|mailto):[^>|]*)(?:\|([^>]*))?>/gi, (_, url: string, label?: string) => label ?? url)
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/:[a-z0-9_+-]+:/gi, ' ') // :emoji: codes
    .replace(/\p{Extended_Pictographic}|\u{FE0F}|\u{200D}/gu, ' ')
    .replace(/(^|\s)[*_~`]+|[*_~`]+(?=\s|$|[?!.,;:])/g, '$1') // *bold* _italic_ ~strike~ `code`
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_QUESTION_CHARS);
}

const ASCII = /^[ -~]*$/;

/** Lower case, accents folded (perché -> perche), punctuation to spaces; `vs.`, `&` kept as words. */
export function tokenize(text: string): string[] {
  // "is that US only?": the country, which "us" lower-cased would hide among the pronouns (and
  // "usa" among the Italian verbs: "che strumenti usa un CSO?").
  // (Not in a message typed all in capitals: "WHAT DOES A CRO DO FOR US?".)
  const country = /\bU\.?S\b/.test(text) && text !== text.toUpperCase();
  const lower = (country ? text.replace(/\bU\.?S\.?(?=\s|$|[?!,;:])/g, 'UnitedStates') : text).toLowerCase();
  // Plain ASCII has no accents to fold, and its only letters and digits are a-z and 0-9.
  const ascii = ASCII.test(lower);
  let folded = ascii ? lower : lower.normalize('NFKD').replace(/\p{M}/gu, '');
  // V.P. -> vp, B.D.R.s -> bdrs
  if (folded.includes('.')) folded = folded.replace(/(?:\p{L}\.){2,}\p{L}*/gu, (m) => m.replace(/\./g, ''));
  if (folded.includes('&')) folded = folded.replace(/&/g, ' and ');
  // "tl;dr" is chat for "in short", never the Team Lead ("TL").
  if (folded.includes('tl')) folded = folded.replace(/\btl\W{0,2}dr\b/g, 'tldr');
  // Everything else (apostrophes, punctuation, symbols) separates words.
  const words = folded.match(ascii ? ASCII_WORD : WORD) ?? [];
  return folded.includes('hands') ? handsOnOff(words) : words;
}

/**
 * "hands-on" and "hands-off" say opposite things with the same "hands": each is read as one word of
 * its own ("handson", "handsoff"), in questions and in the knowledge alike, so "is the VP hands-on?"
 * finds the facts that say hands-on and not those that say hands-off. The particle stays as a word
 * after it, so a question keeps one word per word typed. Not "hands off leads", "hands them off":
 * someone handing something over.
 */
function handsOnOff(words: string[]): string[] {
  for (let i = 0; i + 1 < words.length; i++) {
    if (words[i] !== 'hands') continue;
    const particle = words[i + 1];
    if ((particle === 'on' || particle === 'off') && !HANDED.test(words[i + 2] ?? ''))
      words[i] = `hands${particle}`;
  }
  return words;
}

/** What "hands off" hands over: "hands off leads", "hands off the qualified ones", "hands off to AEs". */
const HANDED =
  /^(?:the|a|an|their|its|his|her|them|this|these|those|to|lead|leads|prospect|prospects|deal|deals|account|accounts|customer|customers|client|clients|qualified|opportunit(?:y|ies)|il|la|lo|i|gli|le|i)$/;

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
