/**
 * `npm run report`: usage over a period, for knowledge owners and whoever runs the bot.
 *   --since 7d | 24h | 2w | all | 2026-11-01   (default 30d)
 *   --limit 5    how many top roles, facets and gaps
 *   --json
 */
import { parseArgs, runOps, storeForOps } from './args.js';
import { formatReport } from './format.js';

const USAGE = 'Usage: npm run report -- [--since 30d] [--limit 5] [--json]';

await runOps(async () => {
  const args = parseArgs(process.argv.slice(2), USAGE, { since: '30d', limit: 5 });
  const store = await storeForOps();
  try {
    const report = await store.report({ ...(args.since ? { since: args.since } : {}), topN: args.limit });
    console.log(args.json ? JSON.stringify(report, null, 2) : formatReport(report, args));
  } finally {
    await store.close();
  }
});
