import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';

/**
 * Data classification of every column (SECURITY.md S1): public, internal (operational, no person
 * behind it), personal (about a user or member, not sensitive by itself), sensitive (health, sex work,
 * violence, identity, secrets — encrypted or hashed at rest).
 */
export type Classification = 'public' | 'internal' | 'personal' | 'sensitive';

export interface ClassifiedTable {
  table: string;
  columns: Record<string, Classification>;
}

const registry = new Map<string, ClassifiedTable>();

/**
 * Declares the classification of every column of a table. The type requires every property of the
 * table; a test compares the registry with the real database so that nothing is left unclassified.
 */
export function classify<T extends PgTable>(
  table: T,
  columns: { [K in keyof T['_']['columns']]: Classification },
): void {
  const config = getTableConfig(table);
  const byColumnName: Record<string, Classification> = {};
  for (const column of config.columns) {
    const key = Object.entries(table as unknown as Record<string, unknown>).find(
      ([, value]) => value === column,
    )?.[0];
    const classification = key ? (columns as Record<string, Classification>)[key] : undefined;
    if (!classification) throw new Error(`Column ${config.name}.${column.name} has no classification`);
    byColumnName[column.name] = classification;
  }
  registry.set(config.name, { table: config.name, columns: byColumnName });
}

/** Every classified table, for the classification test and the security documentation. */
export function listClassifiedTables(): ClassifiedTable[] {
  return [...registry.values()].sort((a, b) => a.table.localeCompare(b.table));
}
