import { ConfigError, readStoreConfig } from '../config.js';
import { StoreError } from '../store/connect.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';

export interface OpsArgs {
  json: boolean;
  since?: Date;
  /** The period as typed ("7d"), for headings. */
  period?: string;
  limit: number;
}

const UNITS: Record<string, number> = { h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** `--json`, `--since 7d` (h, d or w; or a date), `--limit 20`. Throws with a usage line on anything else. */
export function parseArgs(
  argv: string[],
  usage: string,
  defaults: { since?: string; limit: number },
): OpsArgs {
  const args: OpsArgs = { json: false, limit: defaults.limit };
  let since = defaults.since;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value. ${usage}`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--since') since = value();
    else if (a === '--limit') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`--limit must be a whole number above 0. ${usage}`);
      args.limit = n;
    } else throw new Error(`Unknown option ${a}. ${usage}`);
  }
  if (since && since !== 'all') {
    const relative = since.match(/^(\d+)([hdw])$/);
    const date = relative
      ? new Date(Date.now() - Number(relative[1]) * (UNITS[relative[2] ?? 'd'] ?? 0))
      : new Date(since);
    if (Number.isNaN(date.getTime())) throw new Error(`--since takes 7d, 24h, 2w, all or a date. ${usage}`);
    args.since = date;
    args.period = since;
  }
  return args;
}

/** Opens the store the environment names (the bot's own), or explains why it can't. */
export async function storeForOps(): Promise<Store> {
  const config = readStoreConfig(process.env);
  if (!config.enabled)
    throw new Error('RECORD_QUESTIONS=false: nothing is recorded, so there is nothing to show.');
  return openStore(config, (m) => console.error(`store: ${m}`));
}

/**
 * Runs an ops command: parse the arguments, open the bot's store, query it, print JSON or text, close.
 * Known failures (configuration, database) print one readable line and exit 1.
 */
export async function runOps<T>(command: {
  usage: string;
  defaults: { since?: string; limit: number };
  query: (store: Store, args: OpsArgs) => Promise<T>;
  format: (result: T, args: OpsArgs) => string;
}): Promise<void> {
  try {
    const args = parseArgs(process.argv.slice(2), command.usage, command.defaults);
    const store = await storeForOps();
    try {
      const result = await command.query(store, args);
      console.log(args.json ? JSON.stringify(result, null, 2) : command.format(result, args));
    } finally {
      await store.close();
    }
  } catch (error) {
    const known = error instanceof ConfigError || error instanceof StoreError;
    console.error(known || error instanceof Error ? (error as Error).message : error);
    process.exitCode = 1;
  }
}
