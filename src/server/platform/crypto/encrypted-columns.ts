/**
 * Every encrypted column, declared next to its table. The additional data (AAD) binds a ciphertext
 * to its table, column and record; key rotation walks this list to re-encrypt everything.
 */
export interface EncryptedColumn {
  table: string;
  column: string;
  /** Column holding the organization id whose key encrypts it; null for the system key. */
  scopeColumn: string | null;
  /** Columns that identify a row (used in the AAD and to write the re-encrypted value back). */
  keyColumns: readonly string[];
  aad: (row: Record<string, string>) => string;
}

const registry: EncryptedColumn[] = [];

export function registerEncryptedColumn(column: Omit<EncryptedColumn, 'aad'>): EncryptedColumn {
  const declared: EncryptedColumn = {
    ...column,
    aad: (row) =>
      `${column.table}.${column.column}:${column.keyColumns.map((key) => row[key] ?? '').join(':')}`,
  };
  registry.push(declared);
  return declared;
}

export function listEncryptedColumns(): readonly EncryptedColumn[] {
  return registry;
}
