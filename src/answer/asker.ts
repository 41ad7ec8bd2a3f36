import { tokenize } from './normalise.js';
import { content } from './phrases.js';
import type { RoleIndex } from './roles.js';

/** Who the asker said they are, and whom they report to: "I'm the CSO", "my boss is the CRO". */
export interface Asker {
  /** The role the asker holds (a role id). */
  self?: string;
  /** The role the asker reports to. */
  boss?: string;
}

/** A word one of the patterns below needs, in the question as typed ("I'm", "as", "here", "my"). */
const MAY_SAY = /\b(?:i|im|ive|as|sono|lavoro|faccio|here|my|mio|riporto)\b/i;

/** "my boss", "il mio capo": whom the asker reports to, named in a later question. */
export const MY_BOSS = /\b(?:my (?:boss|manager|supervisor)|(?:il )?mio (?:capo|responsabile))\b/;

/**
 * "I'm an SDR", "as a new AE", "my title is VP Sales", "sono un sales manager", "lavoro come BDR": the
 * asker's own role next. (Not "end up as CSO": where someone goes; nor "the same as a CRO", a comparison.)
 */
const SELF =
  /\b(?:i m|im|i am|i work as|i started as|i just started as|i ve been|ive been|i have been|(?<!\b(?:end|ends|ended|ending|wind|winds|wound) up )(?<!\b(?:same|such|well|much|many|good|senior|high|far|long|so) )as|my (?:title|role|job) is|sono|lavoro come|faccio il|faccio la)\s+(?:(?:a|an|the|un|una|uno|il|la|l)\s+)?(?:(?:new|junior|senior|nuovo|nuova)\s+)?([a-z][a-z ]{1,40})/g;
/** "SDR here", "new AE here": the asker's own role before. */
const HERE = /^(?:hi |hey |ciao )?(?:(?:a|an|the|new|junior|senior) )*([a-z][a-z ]{1,30}?) here\b/;
/** "my boss is the CRO", "I report to the VP of Sales", "il mio capo è il CRO": whom the asker reports to. */
const BOSS =
  /\b(?:(?:my|mio|il mio) (?:boss|manager|capo|responsabile) (?:is|s|e|will be|sara)|i (?:also )?report (?:in)?to|and i report (?:in)?to|riporto a(?:l|lla)?)\s+(?:(?:the|a|an|our|il|la|un|una|nostro|nostra)\s+)?([a-z][a-z ]{1,40})/;

/** "... and report to our CSO": whom the asker reports to, in a sentence that said who they are. */
const AND_REPORT = /\band report (?:in)?to\s+(?:(?:the|a|an|our)\s+)?([a-z][a-z ]{1,40})/;

/**
 * Who the asker says they are in `question`, if they say: a role named right after "I'm a" (or
 * before "here"), and one after "my boss is the". Only our roles count.
 */
export function readAsker(question: string, roles: RoleIndex): Asker | undefined {
  // Most questions say nothing of the asker: tell them apart before reading the words.
  if (!MAY_SAY.test(question)) return undefined;
  const said = tokenize(question).join(' ');
  const roleAt = (text: string | undefined) => {
    if (!text) return undefined;
    const tokens = content(tokenize(text));
    const [first] = roles.find(tokens);
    // The role must open the words: "I'm new here and the VP..." names no role of the asker's.
    return first && first.start === 0 ? first.role.id : undefined;
  };
  let self: string | undefined;
  for (const m of said.matchAll(SELF)) {
    self = roleAt(m[1]);
    if (self) break;
  }
  self ??= roleAt(said.match(HERE)?.[1]);
  // ("my title is VP Sales ... and report to our CSO": once the asker has said who they are.)
  const boss = roleAt(said.match(BOSS)?.[1]) ?? (self ? roleAt(said.match(AND_REPORT)?.[1]) : undefined);
  return self || boss ? { ...(self ? { self } : {}), ...(boss ? { boss } : {}) } : undefined;
}
