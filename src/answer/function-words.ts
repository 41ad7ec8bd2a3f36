import { COMMON_WORDS } from './common-words.js';
import { STOPWORDS } from './words.js';

/**
 * The little words a follow-up hangs on ("how", "what", "they", "and", "about"), typed in a hurry:
 * "hw much do they make", "waht about the cso", "wher do tehy report", "adn their salary?". The
 * speller folds typos onto our own vocabulary only, and these words are not ours: the question words,
 * pronouns and joining words are what tell a follow-up, a facet ("how much") or a continuation ("and
 * ...", "what about ...") apart, so a typo in one of them lost the whole question.
 *
 * A token is read as one of these words when it is that word with two neighbouring letters swapped
 * ("waht", "tehy", "thier", "adn") or one letter after the first left out ("wher", "wht", "hw"), is
 * no word anyone writes on purpose (a frequent word, a stopword, or a word of ours), and could be only
 * one of them ("hwo" is "how" or "who": left alone). Two-letter forms only without a vowel ("hw",
 * "wy"): "ho", "ad" or "ar" are too often something else.
 */
// biome-ignore format: a word list reads best packed
const FUNCTION_WORDS = [
  'what', 'whats', 'how', 'who', 'whom', 'whose', 'why', 'when', 'where', 'which', 'they', 'them', 'their', 'theyre',
  'there', 'these', 'those', 'that', 'this', 'the', 'and', 'about', 'does', 'doesnt', 'would', 'should', 'could',
  'much', 'many', 'with', 'from', 'your', 'same', 'both', 'other', 'also', 'then', 'than', 'under',
  // and the words that ask for a comparison: "whats teh diffrence"
  'difference', 'different', 'compare', 'compared', 'between', 'versus',
  'cosa', 'quanto', 'quale', 'loro', 'anche', 'invece',
];

const VOWEL = /[aeiou]/;

/** Forms that are words, names or abbreviations of their own ("bot", "sme", "sam", "tan"). */
// biome-ignore format: a word list reads best packed
const NOT_TYPOS = new Set([
  'bot', 'sme', 'sam', 'tan', 'tat', 'tis', 'ache', 'loo', 'fro', 'des', 'dos', 'wen', 'csa', 'coa', 'tem', 'ance',
]);

/** Every swapped-letter and dropped-letter form of each word, onto the word; clashes left out. */
export function typoForms(): Map<string, string> {
  const forms = new Map<string, string | null>();
  const add = (form: string, word: string) => {
    if (form === word || form.length < 2 || (form.length === 2 && VOWEL.test(form))) return;
    const had = forms.get(form);
    forms.set(form, had === undefined || had === word ? word : null);
  };
  for (const word of FUNCTION_WORDS) {
    for (let i = 0; i + 1 < word.length; i++)
      add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), word);
    for (let i = 1; i < word.length; i++) add(word.slice(0, i) + word.slice(i + 1), word);
  }
  const out = new Map<string, string>();
  for (const [form, word] of forms) {
    if (
      word &&
      !NOT_TYPOS.has(form) &&
      !COMMON_WORDS.has(form) &&
      !STOPWORDS.has(form) &&
      !FUNCTION_WORDS.includes(form)
    )
      out.set(form, word);
  }
  return out;
}

/**
 * Words people shorten in chat, read as the words meant: "in 5 yrs" asks what "in 5 years" does.
 * Only forms that are never words of their own.
 */
// biome-ignore format: a word list reads best packed
const SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['yrs', 'years'], ['yr', 'year'], ['mos', 'months'], ['wks', 'weeks'], ['hrs', 'hours'], ['mgmt', 'management'],
  ['biz', 'business'], ['avg', 'average'], ['quals', 'qualifications'], ['reqs', 'requirements'],
  ['certs', 'certifications'], ['cert', 'certification'], ['perf', 'performance'], ['resp', 'responsibilities'],
  ['respos', 'responsibilities'], ['hist', 'history'], ['exp', 'experience'], ['bc', 'because'], ['bcuz', 'because'],
  ['cuz', 'because'], ['thru', 'through'], ['prob', 'probably'], ['def', 'definitely'], ['w', 'with'], ['wo', 'without'], ['ops', 'operations'], ['n', 'and'], ['ppl', 'people'], ['co', 'company'], ['rn', 'now'], ['recs', 'recommendations'], ['rec', 'recommendation'], ['elses', 'else'], ['pipe', 'pipeline'], ['mktg', 'marketing'], ['shld', 'should'], ['shd', 'should'], ['wld', 'would'], ['cld', 'could'], ['mkting', 'marketing'], ['diffrent', 'different'], ['diferent', 'different'], ['differnt', 'different'],
]);

/**
 * Reads typo'd function words in `words` as the words meant, in place of a fresh array when none is
 * typo'd (most questions). `ours`: words of our vocabulary or knowledge, which are never typos.
 */
export function functionWordFixer(ours: (token: string) => boolean): (words: string[]) => string[] {
  const forms = typoForms();
  for (const form of forms.keys()) if (ours(form)) forms.delete(form);
  for (const [form, word] of SHORTHAND) forms.set(form, word);
  return (words) => {
    let out: string[] | undefined;
    for (let i = 0; i < words.length; i++) {
      const fixed = forms.get(words[i] as string);
      if (fixed === undefined) continue;
      out ??= words.slice();
      out[i] = fixed;
    }
    return out ?? words;
  };
}
