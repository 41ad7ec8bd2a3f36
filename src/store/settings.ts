import type { Db } from './connect.js';

/**
 * The value kept under `key`, storing `candidate` first when there is none. Instances that start
 * together all get the value of whichever stored first.
 */
export async function firstSetting(db: Db, key: string, candidate: string): Promise<string> {
  await db
    .insertInto('settings')
    .values({ key, value: candidate })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return row.value;
}
