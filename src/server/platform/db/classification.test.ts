import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDatabaseColumns, type ColumnRef } from '../../testing/db-search';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { listEncryptedColumns } from '../crypto/encrypted-columns';
import { listClassifiedTables } from './classification';
import './schema'; // every table module registers its classification when imported

/** SECURITY.md S1: every column of the migrated database has a data classification. */
let t: TestApp;
let columns: ColumnRef[];
beforeAll(async () => {
  t = await createTestApp();
  columns = await listDatabaseColumns(t.deps.pool);
});
afterAll(() => t.close());

const LEVELS = ['public', 'internal', 'personal', 'sensitive'];

function unclassifiedOf(found: ColumnRef[]): string[] {
  const registry = new Map(listClassifiedTables().map((table) => [table.table, table.columns]));
  return found
    .filter((column) => column.schema !== 'public' || !registry.get(column.table)?.[column.column])
    .map((column) => `${column.schema}.${column.table}.${column.column}`);
}

describe('data classification', () => {
  it('finds the tables of the migrated database', () => {
    const tables = new Set(columns.map((column) => column.table));
    expect(tables).toContain('audit_log');
    expect(tables).toContain('local_groups');
    expect(tables.size).toBeGreaterThanOrEqual(10);
  });

  it('classifies every column of every table', () => {
    expect(unclassifiedOf(columns)).toEqual([]);
  });

  it('would report a column added by a migration without a classification', async () => {
    await t.deps.pool.query('alter table local_groups add column legal_name text');
    await t.deps.pool.query('create table side_notes (id uuid primary key)');
    expect(unclassifiedOf(await listDatabaseColumns(t.deps.pool))).toEqual([
      'public.local_groups.legal_name',
      'public.side_notes.id',
    ]);
  });

  it('classifies nothing that the database does not have, with a known level', () => {
    const inDatabase = new Set(columns.map((column) => `${column.table}.${column.column}`));
    for (const { table, columns: classified } of listClassifiedTables()) {
      for (const [column, level] of Object.entries(classified)) {
        expect(inDatabase, `${table}.${column}`).toContain(`${table}.${column}`);
        expect(LEVELS).toContain(level);
      }
    }
  });

  it('marks every encrypted column sensitive', () => {
    const registry = new Map(listClassifiedTables().map((table) => [table.table, table.columns]));
    const encrypted = listEncryptedColumns();
    expect(encrypted.length).toBeGreaterThan(0);
    for (const { table, column } of encrypted)
      expect(registry.get(table)?.[column], `${table}.${column}`).toBe('sensitive');
  });
});
