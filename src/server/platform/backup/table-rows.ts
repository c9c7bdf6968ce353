import crypto from 'node:crypto';
import type pg from 'pg';
import { orderClause, quoteIdent, type TableInfo } from './table-order';

const BATCH = 2000;

/**
 * Streams a table's rows as JSON text (PostgreSQL's own row_to_json, so bytea, timestamps and jsonb
 * round-trip exactly through json_populate_recordset), in primary-key order, with a cursor.
 * Must run inside a transaction (the caller's snapshot).
 */
export async function* readRowsAsJson(client: pg.ClientBase, table: TableInfo): AsyncGenerator<string> {
  const cursor = `colectiva_${table.name}`;
  await client.query(
    `declare ${quoteIdent(cursor)} no scroll cursor for select row_to_json(t)::text as row from ${quoteIdent(table.name)} t ${orderClause(table)}`,
  );
  try {
    for (;;) {
      const { rows } = await client.query<{ row: string }>(`fetch ${BATCH} from ${quoteIdent(cursor)}`);
      for (const { row } of rows) yield row;
      if (rows.length < BATCH) break;
    }
  } finally {
    await client.query(`close ${quoteIdent(cursor)}`);
  }
}

export interface TableFingerprint {
  rows: number;
  sha256: string;
}

/** Row count and SHA-256 over every row's JSON text, in key order: equal data gives equal prints. */
export class RowFingerprinter {
  private readonly hash = crypto.createHash('sha256');
  private rows = 0;

  add(row: string): void {
    this.hash.update(row).update('\n');
    this.rows += 1;
  }

  result(): TableFingerprint {
    return { rows: this.rows, sha256: this.hash.copy().digest('hex') };
  }
}

export async function fingerprintTable(client: pg.ClientBase, table: TableInfo): Promise<TableFingerprint> {
  const print = new RowFingerprinter();
  for await (const row of readRowsAsJson(client, table)) print.add(row);
  return print.result();
}

/** Inserts rows given as row_to_json text; json_populate_recordset converts every column back. */
export async function insertJsonRows(client: pg.ClientBase, table: string, rows: string[]): Promise<void> {
  if (!rows.length) return;
  await client.query(
    `insert into ${quoteIdent(table)} select * from json_populate_recordset(null::${quoteIdent(table)}, $1::json)`,
    [`[${rows.join(',')}]`],
  );
}
