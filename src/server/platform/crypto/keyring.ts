import crypto from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { CryptoIntegrityError, openWithKey, sealWithKey, keyVersionOf } from './aes-gcm';
import { dataKeys } from './keys.tables';
import type { MasterKey, MasterKeySet } from './master-key';

export type KeyScope = string; // an organization id, or SYSTEM_SCOPE
export const SYSTEM_SCOPE = 'system';
type Purpose = 'data' | 'audit';

interface ScopeKeys {
  active: number;
  versions: Map<number, Buffer>;
}

function wrapAad(scope: string, purpose: Purpose, version: number): string {
  return `colectiva:data-key:${scope}:${purpose}:${version}`;
}

/**
 * Envelope encryption (SECURITY.md S5): each organization has its own data keys, wrapped by the master
 * key that lives outside the database. Field values are sealed with AES-256-GCM and bound (as
 * additional data) to the table, column and record they belong to, so a ciphertext moved to another
 * record fails to open.
 */
export class KeyRing {
  private readonly cache = new Map<string, ScopeKeys>();

  constructor(
    private readonly db: DbOrTx,
    private masters: MasterKeySet,
  ) {}

  get masterKeyId(): string {
    return this.masters.current.id;
  }

  get currentMaster(): MasterKey {
    return this.masters.current;
  }

  /** Seals a UTF-8 string under the scope's active data key. */
  async encryptText(scope: KeyScope, plaintext: string, aad: string): Promise<Buffer> {
    return this.encryptBytes(scope, Buffer.from(plaintext, 'utf8'), aad);
  }

  /** Opens a sealed value; throws CryptoIntegrityError if it was altered. */
  async decryptText(scope: KeyScope, sealed: Buffer, aad: string): Promise<string> {
    return (await this.decryptBytes(scope, sealed, aad)).toString('utf8');
  }

  /** Seals raw bytes (a stored file) under the scope's active data key. */
  async encryptBytes(scope: KeyScope, plaintext: Buffer, aad: string): Promise<Buffer> {
    const keys = await this.keysFor(scope, 'data');
    return sealWithKey(keys.versions.get(keys.active)!, keys.active, plaintext, aad);
  }

  /** Opens sealed bytes; throws CryptoIntegrityError if they were altered. */
  async decryptBytes(scope: KeyScope, sealed: Buffer, aad: string): Promise<Buffer> {
    const version = keyVersionOf(sealed);
    let keys = await this.keysFor(scope, 'data');
    if (!keys.versions.has(version)) {
      this.cache.delete(`${scope}:data`); // another process may have rotated
      keys = await this.keysFor(scope, 'data');
    }
    const key = keys.versions.get(version);
    // An altered version field, or a value sealed under a key this database no longer holds (purged
    // by a rotation), is an integrity failure of that value, not an internal error.
    if (!key) throw new CryptoIntegrityError(`no data key version ${version}`);
    return openWithKey(key, sealed, aad);
  }

  async encryptNullable(
    scope: KeyScope,
    plaintext: string | null | undefined,
    aad: string,
  ): Promise<Buffer | null> {
    return plaintext === null || plaintext === undefined || plaintext === ''
      ? null
      : this.encryptText(scope, plaintext, aad);
  }

  async decryptNullable(scope: KeyScope, sealed: Buffer | null, aad: string): Promise<string | null> {
    return sealed ? this.decryptText(scope, sealed, aad) : null;
  }

  /** HMAC key of the audit chain; created once, never rotated (only re-wrapped). */
  async auditKey(): Promise<Buffer> {
    const keys = await this.keysFor(SYSTEM_SCOPE, 'audit');
    return keys.versions.get(keys.active)!;
  }

  /**
   * Loads (creating if needed) the data keys of these scopes and the audit key into the cache. Write
   * routes call it before opening their transaction: loading a key takes a pool connection, and a
   * transaction that needs a second connection while concurrent duplicates hold the rest of the pool
   * waiting on its locks would stall until the pool times out.
   */
  async preload(scopes: readonly KeyScope[]): Promise<void> {
    for (const scope of scopes) await this.keysFor(scope, 'data');
    await this.keysFor(SYSTEM_SCOPE, 'audit');
  }

  /**
   * A keyed tag (HMAC-SHA-256 under the system HMAC key, which never leaves the keyring and is never
   * rotated, so tags stay stable) of a value that must be matchable but not recoverable from a copy
   * of the database: client addresses, usernames in the throttle, recovery codes, request bodies.
   * `label` separates the uses, so a tag of one kind never equals a tag of another.
   */
  async keyedTag(label: string, value: string, hexLength = 64): Promise<string> {
    const key = await this.auditKey();
    return crypto.createHmac('sha256', key).update(`${label}\0${value}`).digest('hex').slice(0, hexLength);
  }

  /** Forgets cached keys (after a rotation). */
  clearCache(): void {
    this.cache.clear();
  }

  replaceMasterKeys(masters: MasterKeySet): void {
    this.masters = masters;
    this.clearCache();
  }

  unwrap(row: {
    scope: string;
    purpose: Purpose;
    version: number;
    wrapped: Buffer;
    masterKeyId: string;
  }): Buffer {
    const master = this.masterById(row.masterKeyId);
    return openWithKey(master.key, row.wrapped, wrapAad(row.scope, row.purpose, row.version));
  }

  wrap(master: MasterKey, scope: string, purpose: Purpose, version: number, key: Buffer): Buffer {
    return sealWithKey(master.key, 1, key, wrapAad(scope, purpose, version));
  }

  private masterById(id: string): MasterKey {
    if (this.masters.current.id === id) return this.masters.current;
    if (this.masters.next?.id === id) return this.masters.next;
    throw new Error(
      `This database's keys were wrapped by master key ${id}, which is not available. ` +
        'Restore the matching key file (or COLECTIVA_MASTER_KEY) to read encrypted data.',
    );
  }

  private async keysFor(scope: KeyScope, purpose: Purpose): Promise<ScopeKeys> {
    const cacheKey = `${scope}:${purpose}`;
    const cached = this.cache.get(cacheKey);
    if (cached) return cached;
    let rows = await this.db
      .select()
      .from(dataKeys)
      .where(and(eq(dataKeys.scope, scope), eq(dataKeys.purpose, purpose)));
    if (rows.length === 0) {
      await this.createKey(scope, purpose, 1);
      rows = await this.db
        .select()
        .from(dataKeys)
        .where(and(eq(dataKeys.scope, scope), eq(dataKeys.purpose, purpose)));
    }
    const versions = new Map<number, Buffer>();
    for (const row of rows) versions.set(row.version, this.unwrap(row));
    const activeRows = rows.filter((row) => row.retiredAt === null);
    const active = Math.max(...(activeRows.length ? activeRows : rows).map((row) => row.version));
    const keys = { active, versions };
    this.cache.set(cacheKey, keys);
    return keys;
  }

  /** Adds a new data key version (idempotent under concurrency). */
  async createKey(scope: KeyScope, purpose: Purpose, version: number, db: DbOrTx = this.db): Promise<void> {
    const key = crypto.randomBytes(32);
    await db
      .insert(dataKeys)
      .values({
        scope,
        purpose,
        version,
        wrapped: this.wrap(this.masters.current, scope, purpose, version, key),
        masterKeyId: this.masters.current.id,
        createdAt: new Date(),
      })
      .onConflictDoNothing();
  }

  /** Marks every older version of a scope's data key retired. */
  async retireOlderVersions(db: DbOrTx, scope: KeyScope, keepVersion: number): Promise<void> {
    const rows = await db
      .select()
      .from(dataKeys)
      .where(and(eq(dataKeys.scope, scope), eq(dataKeys.purpose, 'data'), isNull(dataKeys.retiredAt)));
    for (const row of rows) {
      if (row.version === keepVersion) continue;
      await db
        .update(dataKeys)
        .set({ retiredAt: new Date() })
        .where(
          and(eq(dataKeys.scope, scope), eq(dataKeys.purpose, 'data'), eq(dataKeys.version, row.version)),
        );
    }
  }
}

/** Whether the database holds any wrapped key (then its master key must exist; a new one would be useless). */
export async function databaseHoldsKeys(db: DbOrTx): Promise<boolean> {
  return (await db.$count(dataKeys)) > 0;
}
