/** The languages the bot answers in: the question's language picks the reply's. */
export type Lang = 'en' | 'it';

/**
 * Words that only an Italian question uses. Words both languages share ("a", "i", "e", "come",
 * "per", "non") are left out, so they never tip an English question into Italian.
 */
// biome-ignore format: a word list reads best packed
const ITALIAN = new Set([
  'che', 'cosa', 'cos', 'chi', 'quale', 'quali', 'qual', 'quanto', 'quanta', 'quanti', 'quante', 'perche',
  'quando', 'dove', 'sono', 'sei', 'fa', 'fanno', 'ha', 'hanno', 'essere', 'fare', 'si', 'ci', 'mi', 'ti', 'ed',
  'un', 'uno', 'una', 'il', 'lo', 'la', 'le', 'gli', 'di', 'del', 'della', 'delle', 'dei', 'degli', 'dello',
  'al', 'alla', 'alle', 'ai', 'agli', 'allo', 'dal', 'dalla', 'dai', 'dagli', 'nel', 'nella', 'nei', 'negli',
  'sul', 'sulla', 'sui', 'sugli', 'tra', 'fra', 'con', 'su', 'da', 'anche', 'piu', 'meno', 'ogni', 'mentre',
  'oppure', 'rispetto', 'ruolo', 'ruoli', 'differenza', 'differenze', 'spiega', 'dimmi', 'ciao', 'grazie',
  'aiuto', 'serve', 'servono', 'deve', 'devono', 'dovrebbe', 'puo', 'possono', 'posso', 'vorrei', 'azienda',
  'aziende', 'vendite', 'vendita', 'venditori', 'commerciale', 'commerciali', 'guadagna', 'guadagnano',
  'stipendio', 'riporta', 'riportano', 'diventa', 'diventare', 'competenze', 'compiti', 'responsabilita',
  'giornata', 'giorno', 'sfide', 'tecnologia', 'tendenze', 'futuro', 'storia', 'assumere', 'conviene',
  'entrambi', 'tipo', 'valutato', 'misurato', 'gerarchia', 'squadra', 'crescita', 'ricavi', 'fatturato',
  'scegliere', 'meglio', 'nello', 'sullo', 'dallo', 'invece', 'uguale', 'uguali', 'viene', 'vengono',
  'gia', 'abbiamo', 'siamo', 'nostro', 'nostra', 'nostri', 'nostre', 'questo', 'questa', 'quello', 'quella',
  'molto', 'sempre', 'italia', 'provvigioni', 'provvigione', 'busta', 'retribuzione', 'lavoro', 'lavora',
  'dobbiamo', 'devo', 'dovremmo', 'possiamo', 'basta', 'bastano',
]);

/** Words that only an English question uses. */
// biome-ignore format: a word list reads best packed
const ENGLISH = new Set([
  'what', 'whats', 'which', 'who', 'whom', 'whose', 'how', 'why', 'when', 'where', 'is', 'are', 'was', 'were',
  'be', 'do', 'does', 'did', 'can', 'could', 'should', 'would', 'will', 'the', 'of', 'and', 'to', 'in', 'on',
  'for', 'with', 'from', 'about', 'their', 'they', 'them', 'it', 'this', 'that', 'there', 'much', 'many', 'an',
  'or', 'between', 'earn', 'earns', 'make', 'paid', 'salary', 'report', 'reports', 'become', 'skills', 'need',
  'role', 'roles', 'difference', 'tell', 'explain', 'my', 'our', 'your', 'we', 'you', 'hello', 'help', 'company',
  'hire', 'better', 'more', 'than', 'day', 'any', 'anything', 'around', 'some', 'just', 'also', 'else', 'stuff',
  'thing', 'things', 'though', 'again',
]);

/**
 * The language of a question, from its words (tokenised, before any typo folding). Italian when it
 * has more words only Italian uses than words only English uses, or an accented letter settles a
 * tie; English otherwise, so a bare "cro vs cso" keeps English.
 */
export function detectLanguage(question: string, words: readonly string[]): Lang {
  let score = /[àèéìòù]/i.test(question) ? 1 : 0;
  for (const w of words) {
    if (ITALIAN.has(w)) score++;
    else if (ENGLISH.has(w)) score--;
  }
  return score > 0 ? 'it' : 'en';
}
