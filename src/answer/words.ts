/**
 * Small closed word lists the matcher needs. Role names, facet words and topic keywords live in the
 * knowledge base or next to the detector that uses them; these are the language's glue.
 */

/** Articles and linking words dropped before phrase matching, so "vp of sales" = "vp sales". */
export const FILLERS = new Set([
  'a', 'an', 'the', 'of', 'for', 'our', 'my', 'your', 'their', 'its',
  'di', 'del', 'della', 'delle', 'dei', 'degli', 'dello', 'un', 'uno', 'una', 'il', 'lo', 'la', 'le', 'i', 'gli', 'l', 'al', 'ai',
]);

/** Words that carry no topic: they neither count for nor against a question being in scope. */
export const STOPWORDS = new Set([
  ...FILLERS,
  'what', 'whats', 'which', 'who', 'whom', 'whose', 'how', 'why', 'when', 'where', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'am', 's', 'do', 'does', 'did', 'doing', 'done', 'can', 'could', 'should', 'would', 'will', 'shall',
  'may', 'might', 'must', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'into', 'as', 'than', 'and', 'or',
  'but', 'if', 'so', 'then', 'that', 'this', 'these', 'those', 'there', 'here', 'it', 'they', 'them', 'he', 'she',
  'him', 'her', 'his', 'we', 'us', 'you', 'me', 'im', 'ive', 'id', 'dont', 'doesnt', 'isnt', 'arent', 'not', 'no',
  'yes', 'any', 'some', 'all', 'each', 'every', 'more', 'most', 'much', 'many', 'very', 'really', 'just', 'also',
  'please', 'pls', 'thanks', 'thank', 'hey', 'hi', 'hello', 'tell', 'explain', 'know', 'want', 'like', 'get', 'got',
  'have', 'has', 'had', 'there', 'other', 'one', 'ones', 'vs', 'versus', 'v', 'between', 'difference', 'differences',
  'compare', 'compared', 'comparison', 'mean', 'means', 'exactly', 'actually', 'typical', 'typically', 'usually',
  'good', 'best', 'better', 'need', 'needs', 'give', 'show', 'list', 'describe', 'definition', 'define', 'quick',
  'question', 'questions', 'answer', 'ok', 'okay', 'role', 'roles', 'job', 'jobs', 'position', 'title', 'person',
  'someone', 'somebody', 'people', 'company', 'companies', 'our', 'we', 're', 'll', 't', 'd', 've', 'm',
  // Italian
  'che', 'cosa', 'cos', 'chi', 'come', 'quale', 'quali', 'quanto', 'quanta', 'perche', 'quando', 'dove', 'e', 'ed',
  'o', 'od', 'tra', 'fra', 'per', 'con', 'su', 'da', 'in', 'nel', 'nella', 'sono', 'sei', 'ha', 'hanno', 'fa',
  'fanno', 'mi', 'ti', 'ci', 'si', 'non', 'piu', 'anche', 'ruolo', 'ruoli', 'differenza', 'differenze', 'qual',
  'spiega', 'dimmi', 'ciao', 'grazie', 'uno', 'al', 'ai',
]);

/** A question that names two roles and one of these wants them side by side. */
export const COMPARE_WORDS = new Set([
  'vs', 'versus', 'v', 'or', 'difference', 'differences', 'differ', 'different', 'compare', 'compared',
  'comparison', 'contrast', 'between', 'against', 'and', 'o', 'tra', 'fra', 'differenza', 'differenze', 'oppure',
]);
