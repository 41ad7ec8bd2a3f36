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
  const lower = text.toLowerCase();
  // Plain ASCII has no accents to fold, and its only letters and digits are a-z and 0-9.
  const ascii = ASCII.test(lower);
  let folded = ascii ? lower : lower.normalize('NFKD').replace(/\p{M}/gu, '');
  // V.P. -> vp, B.D.R.s -> bdrs
  if (folded.includes('.')) folded = folded.replace(/(?:\p{L}\.){2,}\p{L}*/gu, (m) => m.replace(/\./g, ''));
  if (folded.includes('&')) folded = folded.replace(/&/g, ' and ');
  // Everything else (apostrophes, punctuation, symbols) separates words.
  return folded.match(ascii ? ASCII_WORD : WORD) ?? [];
}

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
