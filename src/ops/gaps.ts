/**
 * `npm run gaps`: what people asked that the bot could not answer well, grouped and counted.
 *   --since 7d | 24h | 2w | all | 2026-11-01   (default 30d)
 *   --limit 20
 *   --json       the gaps as JSON, for scripts
 */
import { parseArgs, runOps, storeForOps } from './args.js';
import { formatGaps } from './format.js';

const USAGE = 'Usage: npm run gaps -- [--since 7d] [--limit 20] [--json]';

await runOps(async () => {
  const args = parseArgs(process.argv.slice(2), USAGE, { since: '30d', limit: 20 });
  const store = await storeForOps();
  try {
    const gaps = await store.gaps({ ...(args.since ? { since: args.since } : {}), limit: args.limit });
    console.log(args.json ? JSON.stringify(gaps, null, 2) : formatGaps(gaps, args));
  } finally {
    await store.close();
  }
});
