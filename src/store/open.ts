import type { StoreConfig } from '../config.js';
import { Store } from './store.js';

/**
 * The store the configuration asks for, migrated and pruning old rows daily; none when recording is
 * off. Throws StoreError, naming the database, when it cannot be opened.
 */
export async function openStore(
  config: StoreConfig,
  onProblem: (message: string) => void,
): Promise<Store | undefined> {
  if (!config.enabled) return undefined;
  const store = await Store.open({
    location: config.location,
    keepText: config.keepText,
    retentionDays: config.retentionDays,
    ...(config.userHashKey ? { userHashKey: config.userHashKey } : {}),
    onProblem,
  });
  store.startRetention();
  return store;
}
