/**
 * "Does a CSO do the hiring?", "and the VP of Sales, do they recruit too?": the role is the one who
 * hires, so this asks about one of its duties, not the hiring facet (when a company should hire one,
 * as in "should we hire a CSO?").
 */

const HIRING_ACTS = /^(?:hire|hires|hiring|recruit|recruits|recruiting|recruitment)$/;
/** Forms whose subject can only be a third person: "the CSO hires the team". */
const THIRD_PERSON = /^(?:hires|recruits)$/;
const AUXILIARIES = /^(?:does|do|did|will|would|can|could|should|is|are)$/;
const DETERMINERS = /^(?:a|an|the|our|your|their|that|this)$/;
const PRONOUNS = /^(?:they|he|she)$/;
/** "is hiring on them?", "is recruiting part of their job?", "is the hiring up to her?". */
const ON_THEM =
  /^(?:is|are|s) (?:hiring|recruiting|recruitment) (?:also |too |then )?(?:on|part of|up to|down to|among|one of|in) (?:them|him|her|their|his|its)\b/;
/** "a better hire", "our first hire": words before "hire" the noun. */
const HIRE_NOUN = /^(?:a|an|the|our|your|better|best|good|great|right|first|next|key|new|smart)$/;

/**
 * `words`: the question's words; `roleAt`: the word where the role named in it starts, if any;
 * `facetWords`: the words the hiring facet was read from. True when the role (or "they") is the
 * subject of a hiring verb and nothing else asks about hiring the role ("is a CRO worth hiring").
 */
export function roleHires(
  words: readonly string[],
  roleAt: number | undefined,
  facetWords: readonly string[],
): boolean {
  if (!facetWords.every((w) => HIRING_ACTS.test(w))) return false;
  const act = words.findIndex((w) => HIRING_ACTS.test(w));
  if (act < 0) return false;
  // "is hiring on them too?", "is recruiting part of their job?": one of the role's duties.
  if (ON_THEM.test(words.slice(act - 1).join(' '))) return true;
  // "can they hire a CSO?": the role named after the verb is the one hired ("do they recruit or is
  // that the manager's job?" offers it as the other who might).
  const or = (w: string) => w === 'or' || w === 'o' || w === 'oppure';
  if (roleAt !== undefined && roleAt > act && !words.slice(act, roleAt).some(or)) return false;
  // "is a CRO or a CSO a better hire?": the noun, someone hired.
  if (words[act] === 'hire' && HIRE_NOUN.test(words[act - 1] ?? '')) return false;
  const subject = (i: number) => {
    let j = i;
    while (DETERMINERS.test(words[j] ?? '')) j++;
    return j === roleAt || PRONOUNS.test(words[j] ?? '');
  };
  if (THIRD_PERSON.test(words[act] ?? ''))
    return words.slice(0, act).some((w, i) => i === roleAt || PRONOUNS.test(w));
  return words.slice(0, act).some((w, i) => AUXILIARIES.test(w) && subject(i + 1));
}
