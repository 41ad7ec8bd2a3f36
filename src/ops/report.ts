/**
 * `npm run report`: usage over a period, for knowledge owners and whoever runs the bot.
 *   --since 7d | 24h | 2w | all | 2026-11-01   (default 30d)
 *   --limit 5    how many top roles, facets and gaps
 *   --json
 */
import { runOps } from './args.js';
import { formatReport } from './format.js';

await runOps({
  usage: 'Usage: npm run report -- [--since 30d] [--limit 5] [--json]',
  defaults: { since: '30d', limit: 5 },
  query: (store, args) => store.report({ ...(args.since ? { since: args.since } : {}), topN: args.limit }),
  format: formatReport,
});
