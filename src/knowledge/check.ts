/** `npm run kb:check`: validate the knowledge base and print what it holds. */
import { KnowledgeError, loadKnowledge } from './load.js';
import { FACETS } from './schema.js';
import { summarise } from './summary.js';

try {
  const kb = loadKnowledge();
  console.log(summarise(kb, FACETS));
} catch (err) {
  if (!(err instanceof KnowledgeError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
}
