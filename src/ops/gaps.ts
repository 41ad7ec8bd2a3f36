/**
 * `npm run gaps`: what people asked that the bot could not answer well, grouped and counted.
 *   --since 7d | 24h | 2w | all | 2026-11-01   (default 30d)
 *   --limit 20
 *   --json       the gaps as JSON, for scripts
 */
import { runOps } from './args.js';
import { formatGaps } from './format.js';

await runOps({
  usage: 'Usage: npm run gaps -- [--since 7d] [--limit 20] [--json]',
  defaults: { since: '30d', limit: 20 },
  query: (store, args) => store.gaps({ ...(args.since ? { since: args.since } : {}), limit: args.limit }),
  format: formatGaps,
});
