/**
 * `npm run build`, after compiling: `node dist/knowledge/write-snapshot.js dist/knowledge.json`
 * validates the knowledge base (KNOWLEDGE_DIR or ours) and writes it as the snapshot a start
 * serves while the YAML is unchanged. An invalid knowledge base does not fail the build: the stale
 * snapshot is removed, the problems are printed, and the start will report them again.
 */
import { KnowledgeError, knowledgeDir, loadKnowledge } from './load.js';
import { removeSnapshot, writeSnapshot } from './snapshot.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: write-snapshot.js FILE');
  process.exit(2);
}
const dir = knowledgeDir();
try {
  writeSnapshot(file, dir, loadKnowledge(dir));
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  removeSnapshot(file);
  console.error(`No knowledge snapshot written; the bot will load the YAML at start.\n${error.message}`);
}
