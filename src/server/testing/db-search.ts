import type pg from 'pg';

export interface ColumnRef {
  schema: string;
  table: string;
  column: string;
  dataType: string;
}

/** Every column of every table Colectiva owns (drizzle's own bookkeeping schema excluded). */
export async function listDatabaseColumns(pool: pg.Pool): Promise<ColumnRef[]> {
  const { rows } = await pool.query<{
    table_schema: string;
    table_name: string;
    column_name: string;
    data_type: string;
  }>(
    `select c.table_schema, c.table_name, c.column_name, c.data_type
       from information_schema.columns c
       join information_schema.tables t using (table_schema, table_name)
      where t.table_type = 'BASE TABLE'
        and c.table_schema not in ('pg_catalog', 'information_schema', 'drizzle')
        and c.table_schema not like 'pg\\_%'
      order by c.table_schema, c.table_name, c.ordinal_position`,
  );
  return rows.map((row) => ({
    schema: row.table_schema,
    table: row.table_name,
    column: row.column_name,
    dataType: row.data_type,
  }));
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * "table.column" of every column holding `needle` in clear: bytea columns are searched as raw bytes
 * (UTF-8), every other column through its text form.
 */
export async function findInDatabase(pool: pg.Pool, needle: string): Promise<string[]> {
  const found: string[] = [];
  for (const { schema, table, column, dataType } of await listDatabaseColumns(pool)) {
    const test =
      dataType === 'bytea'
        ? `position(convert_to($1, 'UTF8') in ${ident(column)}) > 0`
        : `position($1 in ${ident(column)}::text) > 0`;
    const { rows } = await pool.query<{ n: number }>(
      `select count(*)::int as n from ${ident(schema)}.${ident(table)} where ${test}`,
      [needle],
    );
    if ((rows[0]?.n ?? 0) > 0) found.push(`${table}.${column}`);
  }
  return found;
}
