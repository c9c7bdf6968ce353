import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type pg from 'pg';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, '../../../../migrations');
const MINIMUM_SERVER_VERSION = 150000;

/** Refuses PostgreSQL older than 15: the SQL we write is checked on 15 through 18. */
export async function assertServerVersion(pool: pg.Pool): Promise<number> {
  const { rows } = await pool.query<{ server_version_num: string }>('show server_version_num');
  const version = Number(rows[0]?.server_version_num);
  if (!(version >= MINIMUM_SERVER_VERSION)) {
    throw new Error(`Colectiva needs PostgreSQL 15 or newer; this server is ${version}.`);
  }
  return version;
}

/**
 * Applies the committed drizzle-kit migrations. An advisory lock makes concurrent starts (two
 * processes against one external server) apply them once.
 */
export async function runMigrations(pool: pg.Pool): Promise<void> {
  await assertServerVersion(pool);
  const client = await pool.connect();
  try {
    await client.query(`select pg_advisory_lock(hashtext('colectiva:migrations'))`);
    try {
      await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_DIR });
    } finally {
      await client.query(`select pg_advisory_unlock(hashtext('colectiva:migrations'))`);
    }
  } finally {
    client.release();
  }
}
