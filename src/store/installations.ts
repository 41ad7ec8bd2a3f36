import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Db } from './connect.js';
import { type SecretBox, SecretBoxError } from './secret-box.js';
import { firstSetting } from './settings.js';

/** How long a fetched installation is served from memory before the database is asked again. */
export const INSTALLATION_CACHE_MS = 30_000;
const CACHE_CAPACITY = 1_000;

/** The row an installation lives in: the org for an org-wide (Enterprise Grid) install, else the workspace. */
export function installationKey(q: {
  isEnterpriseInstall?: boolean | undefined;
  enterpriseId?: string | undefined;
  teamId?: string | undefined;
}): string {
  if (q.isEnterpriseInstall && q.enterpriseId) return `E:${q.enterpriseId}`;
  if (q.teamId) return `T:${q.teamId}`;
  throw new Error('an installation query names neither a workspace nor an org-wide install');
}

type AnyInstallation = Installation<'v1' | 'v2', boolean>;

/**
 * Bolt's installation store, in the database, tokens encrypted at rest (AES-256-GCM, see
 * secret-box.ts, each bound to its row). Bolt asks it on every request, so fetched installations are
 * kept in memory for INSTALLATION_CACHE_MS. A store or delete on this instance takes effect here at
 * once; other instances see it when their copy expires (until then they answer with the old token,
 * whose calls fail after an uninstall).
 */
export class DbInstallationStore implements InstallationStore {
  private readonly cache = new Map<string, { installation: AnyInstallation; until: number }>();
  /** Bumped by every store and delete, so a read that began before one cannot cache what it read. */
  private readonly generations = new Map<string, number>();

  constructor(
    private readonly db: Db,
    private readonly box: SecretBox,
    private readonly cacheMs = INSTALLATION_CACHE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  async storeInstallation(installation: AnyInstallation): Promise<void> {
    const key = installationKey({
      isEnterpriseInstall: installation.isEnterpriseInstall,
      enterpriseId: installation.enterprise?.id,
      teamId: installation.team?.id,
    });
    const row = {
      key,
      team_id: installation.team?.id ?? null,
      enterprise_id: installation.enterprise?.id ?? null,
      bot_user_id: installation.bot?.userId ?? null,
      scopes: (installation.bot?.scopes ?? []).join(','),
      secret: this.box.seal(JSON.stringify(installation), key),
      installed_at: new Date(this.now()).toISOString(),
    };
    this.forget(key);
    await this.db
      .insertInto('installations')
      .values(row)
      .onConflict((oc) =>
        oc.column('key').doUpdateSet({
          team_id: row.team_id,
          enterprise_id: row.enterprise_id,
          bot_user_id: row.bot_user_id,
          scopes: row.scopes,
          secret: row.secret,
          installed_at: row.installed_at,
        }),
      )
      .execute();
    this.forget(key);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<AnyInstallation> {
    const key = installationKey(query);
    const cached = this.cache.get(key);
    if (cached && cached.until > this.now()) return cached.installation;
    const generation = this.generations.get(key) ?? 0;
    const row = await this.db
      .selectFrom('installations')
      .select('secret')
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row) {
      this.cache.delete(key);
      throw new Error(`no installation for ${key}: the app is not installed there (or was uninstalled)`);
    }
    const installation = JSON.parse(this.box.open(row.secret, key)) as AnyInstallation;
    if ((this.generations.get(key) ?? 0) === generation) this.remember(key, installation);
    return installation;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const key = installationKey(query);
    this.forget(key);
    await this.db.deleteFrom('installations').where('key', '=', key).execute();
    this.forget(key);
  }

  /** How many installations there are (for the start-up log and the health check). */
  async count(): Promise<number> {
    const row = await this.db
      .selectFrom('installations')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Drops the cached copy, and any read already under way from caching what it finds. */
  private forget(key: string): void {
    this.cache.delete(key);
    this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
  }

  private remember(key: string, installation: AnyInstallation): void {
    this.cache.delete(key);
    this.cache.set(key, { installation, until: this.now() + this.cacheMs });
    if (this.cache.size > CACHE_CAPACITY) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
  }
}

/**
 * Checks ENCRYPTION_KEY against the fingerprint kept in the database (made on first use), so a wrong
 * key stops the start with a clear message instead of failing every request later.
 */
export async function checkEncryptionKey(db: Db, box: SecretBox): Promise<void> {
  const fingerprint = box.fingerprint();
  const stored = await firstSetting(db, 'installation_key_fingerprint', fingerprint);
  if (stored !== fingerprint) {
    throw new SecretBoxError(
      'ENCRYPTION_KEY is not the key the stored installations were encrypted with: set the original key ' +
        '(or, to start over, delete the rows of the installations table and the installation_key_fingerprint setting, and reinstall)',
    );
  }
}
