import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import * as schema from './schema';

export type Db = NodePgDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
/** Repositories accept either the pool-backed database or an open transaction. */
export type DbOrTx = Db | Tx;

export function createDb(pool: pg.Pool): Db {
  return drizzle({ client: pool, schema });
}
