import pg from 'pg';
import type { Config } from '../config';
import { createDb, type Db } from './client';
import { attachToRunningCluster, startEmbeddedCluster, type EmbeddedCluster } from './embedded-postgres';
import { runMigrations } from './migrate';
import { createPool } from './pool';

export interface Database {
  pool: pg.Pool;
  db: Db;
  /** Where the data lives, for logs (never includes the password). */
  description: string;
  embedded: EmbeddedCluster | null;
  close: () => Promise<void>;
}

const EMBEDDED_DATABASE = 'colectiva';

async function ensureDatabaseExists(cluster: EmbeddedCluster): Promise<void> {
  const client = new pg.Client({ connectionString: cluster.connectionString('postgres') });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
      EMBEDDED_DATABASE,
    ]);
    if (!rowCount) await client.query(`create database ${EMBEDDED_DATABASE}`);
  } finally {
    await client.end();
  }
}

/**
 * Opens Colectiva's database: the external PostgreSQL of `DATABASE_URL`, or the embedded server in
 * the data directory. Migrations are applied before the pool is handed out.
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  options: {
    log?: (line: string) => void;
    migrate?: boolean;
    poolSize?: number;
    attachIfRunning?: boolean;
  } = {},
): Promise<Database> {
  let embedded: EmbeddedCluster | null = null;
  let connectionString = config.databaseUrl;
  let description = 'external PostgreSQL (DATABASE_URL)';
  if (!connectionString && options.attachIfRunning) {
    connectionString = attachToRunningCluster(config.dataDir, EMBEDDED_DATABASE);
    if (connectionString) description = `embedded PostgreSQL of the running Colectiva in ${config.dataDir}`;
  }
  if (!connectionString) {
    embedded = await startEmbeddedCluster({ dataDir: config.dataDir, log: options.log });
    await ensureDatabaseExists(embedded);
    connectionString = embedded.connectionString(EMBEDDED_DATABASE);
    description = `embedded PostgreSQL in ${config.dataDir}`;
  }
  const pool = createPool({ connectionString, max: options.poolSize ?? 10 });
  try {
    if (options.migrate !== false) await runMigrations(pool);
  } catch (error) {
    await pool.end();
    await embedded?.stop();
    throw error;
  }
  return {
    pool,
    db: createDb(pool),
    description,
    embedded,
    close: async () => {
      await pool.end();
      await embedded?.stop();
    },
  };
}
