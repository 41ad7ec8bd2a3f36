import type { StoreConfig } from '../config.js';
import { Store } from './store.js';

/**
 * The store the configuration points at, migrated and pruning old rows daily. Whether anything is
 * recorded in it is the caller's choice (`config.enabled`). Throws StoreError, naming the database,
 * when it cannot be opened.
 */
export async function openStore(config: StoreConfig, onProblem: (message: string) => void): Promise<Store> {
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
