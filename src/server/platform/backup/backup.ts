import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import type pg from 'pg';
import { listTablesInDependencyOrder, type TableInfo } from './table-order';
import {
  fingerprintTable,
  insertJsonRows,
  readRowsAsJson,
  RowFingerprinter,
  type TableFingerprint,
} from './table-rows';

export const BACKUP_FORMAT = 'colectiva-backup';
const BACKUP_VERSION = 1;

interface Header {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: string[];
}
type Line =
  | ({ kind: 'header' } & Header)
  | { kind: 'table'; name: string }
  | { kind: 'row'; row: unknown }
  | { kind: 'end'; fingerprints: Record<string, TableFingerprint> };

export interface BackupSummary {
  file: string;
  tables: Record<string, TableFingerprint>;
}

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ hash: string }>(
    'select hash from drizzle.__drizzle_migrations order by created_at, id',
  );
  return rows.map((row) => row.hash);
}

/**
 * Rows are read and compared as text, so the text must not depend on the session: a server or client
 * time zone of America/Lima would otherwise render every timestamp differently from the backup's UTC.
 */
async function pinTextFormats(client: pg.ClientBase): Promise<void> {
  await client.query(
    "set local timezone = 'UTC'; set local datestyle = 'ISO, YMD'; set local intervalstyle = 'postgres'; set local extra_float_digits = 3",
  );
}

/**
 * Online logical backup: every table of one consistent snapshot (REPEATABLE READ), as gzip'd JSON
 * lines, with per-table row counts and SHA-256 fingerprints at the end. Works on the embedded server
 * (which ships no pg_dump) and on any PostgreSQL ≥ 15. Encrypted columns stay encrypted; the master
 * key is NOT in the file and must be kept separately.
 */
export async function backupDatabase(pool: pg.Pool, file: string): Promise<BackupSummary> {
  const client = await pool.connect();
  const temporary = `${file}.partial`;
  try {
    await client.query('begin isolation level repeatable read read only');
    await pinTextFormats(client);
    const tables = await listTablesInDependencyOrder(client);
    const { rows } = await client.query<{ server_version: string }>('show server_version');
    const header: Header = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      serverVersion: rows[0]?.server_version ?? '',
      migrations: await appliedMigrations(client),
      tables: tables.map((table) => table.name),
    };
    const fingerprints: Record<string, TableFingerprint> = {};
    async function* lines(): AsyncGenerator<string> {
      yield `${JSON.stringify({ kind: 'header', ...header })}\n`;
      for (const table of tables) {
        yield `${JSON.stringify({ kind: 'table', name: table.name })}\n`;
        const print = new RowFingerprinter();
        for await (const row of readRowsAsJson(client, table)) {
          print.add(row);
          yield `{"kind":"row","row":${row}}\n`;
        }
        fingerprints[table.name] = print.result();
      }
      yield `${JSON.stringify({ kind: 'end', fingerprints })}\n`;
    }
    await pipeline(
      Readable.from(lines()),
      zlib.createGzip(),
      fs.createWriteStream(temporary, { mode: 0o600 }),
    );
    await client.query('commit');
    const fd = fs.openSync(temporary, 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(temporary, file);
    return { file, tables: fingerprints };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    fs.rmSync(temporary, { force: true });
    throw error;
  } finally {
    client.release();
  }
}

/** Fingerprints of every table, to compare a restored database with its backup. */
export async function fingerprintDatabase(pool: pg.Pool): Promise<Record<string, TableFingerprint>> {
  const client = await pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    await pinTextFormats(client);
    const result: Record<string, TableFingerprint> = {};
    for (const table of await listTablesInDependencyOrder(client))
      result[table.name] = await fingerprintTable(client, table);
    await client.query('commit');
    return result;
  } finally {
    client.release();
  }
}

async function assertEmpty(client: pg.ClientBase, tables: TableInfo[]): Promise<void> {
  for (const table of tables) {
    const { rows } = await client.query<{ any: boolean }>(
      `select exists(select 1 from "${table.name}") as any`,
    );
    if (rows[0]?.any) throw new Error(`Restore needs an empty database; table ${table.name} has rows.`);
  }
}

/**
 * Restores a backup into an empty, migrated database in one transaction, then checks that every
 * table's row count and fingerprint equal the backup's. Anything else rolls back.
 */
export async function restoreDatabase(pool: pg.Pool, file: string): Promise<BackupSummary> {
  const client = await pool.connect();
  let input: readline.Interface | null = null;
  try {
    await client.query('begin');
    await pinTextFormats(client);
    const tables = await listTablesInDependencyOrder(client);
    await assertEmpty(client, tables);
    // Created only now: readline starts reading at once, and lines (and its close) emitted before the
    // loop below attaches would be lost — the restore would hang.
    input = readline.createInterface({
      input: fs.createReadStream(file).pipe(zlib.createGunzip()),
      crlfDelay: Infinity,
    });
    let header: Header | null = null;
    let current: string | null = null;
    let batch: string[] = [];
    let expected: Record<string, TableFingerprint> | null = null;
    const flush = async () => {
      if (current) await insertJsonRows(client, current, batch);
      batch = [];
    };
    for await (const text of input) {
      if (!text) continue;
      if (text.startsWith('{"kind":"row","row":')) {
        batch.push(text.slice('{"kind":"row","row":'.length, -1));
        if (batch.length >= 1000) await flush();
        continue;
      }
      const line = JSON.parse(text) as Line;
      if (line.kind === 'header') {
        if (line.format !== BACKUP_FORMAT || line.version !== BACKUP_VERSION)
          throw new Error('Not a Colectiva backup file.');
        const migrations = await appliedMigrations(client);
        if (migrations.join() !== line.migrations.join()) {
          throw new Error(
            'The backup was made with another database version; restore it with the Colectiva version that made it, then upgrade.',
          );
        }
        header = line;
      } else if (line.kind === 'table') {
        await flush();
        if (!header?.tables.includes(line.name)) throw new Error(`Unexpected table ${line.name} in backup.`);
        current = line.name;
      } else if (line.kind === 'end') {
        await flush();
        expected = line.fingerprints;
      }
    }
    if (!header || !expected) throw new Error('The backup file is incomplete (no end marker).');
    for (const table of tables) {
      const actual = await fingerprintTable(client, table);
      const wanted = expected[table.name] ?? new RowFingerprinter().result();
      if (actual.rows !== wanted.rows || actual.sha256 !== wanted.sha256) {
        throw new Error(
          `Restored table ${table.name} does not match the backup (${actual.rows} rows vs ${wanted.rows}).`,
        );
      }
    }
    await client.query('commit');
    return { file, tables: expected };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    input?.close();
    client.release();
  }
}
