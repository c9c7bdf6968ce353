import crypto from 'node:crypto';
import { and, eq, lt, max, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { keyVersionOf, openWithKey, sealWithKey } from './aes-gcm';
import { listEncryptedColumns, type EncryptedColumn } from './encrypted-columns';
import { SYSTEM_SCOPE, type KeyRing } from './keyring';
import { dataKeys } from './keys.tables';
import type { MasterKey } from './master-key';

export interface DataKeyRotation {
  scope: string;
  version: number;
  reencrypted: number;
}

const ident = (name: string) => sql.identifier(name);

async function selectSealed(
  tx: Tx,
  column: EncryptedColumn,
  scope: string,
): Promise<Record<string, unknown>[]> {
  const keys = sql.join(column.keyColumns.map(ident), sql`, `);
  const scoped = column.scopeColumn ? sql`and ${ident(column.scopeColumn)} = ${scope}` : sql``;
  const result = await tx.execute(
    sql`select ${keys}, ${ident(column.column)} as sealed from ${ident(column.table)} where ${ident(column.column)} is not null ${scoped} for update`,
  );
  return result.rows;
}

async function writeSealed(
  tx: Tx,
  column: EncryptedColumn,
  ids: Record<string, string>,
  sealed: Buffer,
): Promise<void> {
  const match = sql.join(
    column.keyColumns.map((key) => sql`${ident(key)} = ${ids[key]}`),
    sql` and `,
  );
  await tx.execute(sql`update ${ident(column.table)} set ${ident(column.column)} = ${sealed} where ${match}`);
}

/**
 * Gives a scope (an organization, or 'system') a new data key and re-encrypts every registered column
 * under it, in one transaction. Older versions are retired; with `purge` they are deleted, so data
 * copied before the rotation can no longer be opened with this database's keys.
 */
export async function rotateDataKey(
  db: Db,
  keyring: KeyRing,
  scope: string,
  options: { purge?: boolean } = {},
): Promise<DataKeyRotation> {
  const result = await db.transaction(async (tx) => {
    await tx.execute(`select pg_advisory_xact_lock(hashtext('colectiva:rotate:${scope.replace(/'/g, '')}'))`);
    const existing = await tx
      .select()
      .from(dataKeys)
      .where(and(eq(dataKeys.scope, scope), eq(dataKeys.purpose, 'data')));
    const keys = new Map(existing.map((row) => [row.version, keyring.unwrap(row)]));
    const [{ current } = { current: 0 }] = await tx
      .select({ current: max(dataKeys.version) })
      .from(dataKeys)
      .where(and(eq(dataKeys.scope, scope), eq(dataKeys.purpose, 'data')));
    const version = (current ?? 0) + 1;
    const fresh = crypto.randomBytes(32);
    await tx.insert(dataKeys).values({
      scope,
      purpose: 'data',
      version,
      wrapped: keyring.wrap(keyring.currentMaster, scope, 'data', version, fresh),
      masterKeyId: keyring.masterKeyId,
      createdAt: new Date(),
    });
    let reencrypted = 0;
    for (const column of listEncryptedColumns()) {
      const isSystem = column.scopeColumn === null;
      if (isSystem !== (scope === SYSTEM_SCOPE)) continue;
      for (const row of await selectSealed(tx, column, scope)) {
        const ids = Object.fromEntries(column.keyColumns.map((key) => [key, String(row[key])]));
        const sealed = Buffer.from(row.sealed as Uint8Array);
        const oldKey = keys.get(keyVersionOf(sealed));
        if (!oldKey) throw new Error(`Missing data key version ${keyVersionOf(sealed)} for ${scope}`);
        const aad = column.aad(ids);
        const resealed = sealWithKey(fresh, version, openWithKey(oldKey, sealed, aad), aad);
        await writeSealed(tx, column, ids, resealed);
        reencrypted += 1;
      }
    }
    await keyring.retireOlderVersions(tx, scope, version);
    if (options.purge) {
      await tx
        .delete(dataKeys)
        .where(and(eq(dataKeys.scope, scope), eq(dataKeys.purpose, 'data'), lt(dataKeys.version, version)));
    }
    return { scope, version, reencrypted };
  });
  keyring.clearCache();
  return result;
}

/** Re-wraps every data key under a new master key (data itself is untouched), in one transaction. */
export async function rewrapDataKeys(db: Db, keyring: KeyRing, next: MasterKey): Promise<number> {
  const count = await db.transaction(async (tx) => {
    const rows = await tx.select().from(dataKeys).for('update');
    for (const row of rows) {
      const key = keyring.unwrap(row);
      await tx
        .update(dataKeys)
        .set({ wrapped: keyring.wrap(next, row.scope, row.purpose, row.version, key), masterKeyId: next.id })
        .where(
          and(
            eq(dataKeys.scope, row.scope),
            eq(dataKeys.purpose, row.purpose),
            eq(dataKeys.version, row.version),
          ),
        );
    }
    return rows.length;
  });
  keyring.clearCache();
  return count;
}
