/**
 * Prints the data classification of every column (SECURITY.md S1) as a Markdown table, from the
 * same registries the classification test checks: `classify()` beside each table and
 * `registerEncryptedColumn()` for the columns sealed with AES-256-GCM. Paste the output into
 * docs/SECURITY.md after changing a table:
 *
 *   node --import tsx scripts/print-classification.ts
 */
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { listClassifiedTables } from '../src/server/platform/db/classification';
import { listEncryptedColumns } from '../src/server/platform/crypto/encrypted-columns';
import * as schema from '../src/server/platform/db/schema'; // importing the tables registers them

const sqlTypes = new Map<string, string>();
for (const value of Object.values(schema)) {
  if (!is(value, PgTable)) continue;
  const config = getTableConfig(value);
  for (const column of config.columns) sqlTypes.set(`${config.name}.${column.name}`, column.getSQLType());
}

const encrypted = new Map(
  listEncryptedColumns().map((column) => [
    `${column.table}.${column.column}`,
    column.scopeColumn ? `AES-256-GCM, organization key (${column.scopeColumn})` : 'AES-256-GCM, system key',
  ]),
);

const lines = [
  '| Table | Column | Type | Classification | Encrypted at rest |',
  '| --- | --- | --- | --- | --- |',
];
const totals: Record<string, number> = {};
for (const { table, columns } of listClassifiedTables()) {
  for (const [column, level] of Object.entries(columns)) {
    const key = `${table}.${column}`;
    totals[level] = (totals[level] ?? 0) + 1;
    lines.push(
      `| ${table} | ${column} | ${sqlTypes.get(key) ?? '?'} | ${level} | ${encrypted.get(key) ?? ''} |`,
    );
  }
}

const summary = ['public', 'internal', 'personal', 'sensitive']
  .map((level) => `${totals[level] ?? 0} ${level}`)
  .join(', ');
console.log(lines.join('\n'));
console.log('');
console.log(`${listClassifiedTables().length} tables; columns: ${summary}.`);
