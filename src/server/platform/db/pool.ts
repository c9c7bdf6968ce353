import pg from 'pg';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * `pg` returns bigint (COUNT, SUM, bigserial) and numeric as strings. We convert them here, in one
 * place, to numbers — refusing values that would lose precision instead of silently rounding them.
 */
function parseSafeInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new RangeError(`Integer out of safe range: ${value}`);
  return parsed;
}
pg.types.setTypeParser(INT8_OID, parseSafeInteger);
pg.types.setTypeParser(NUMERIC_OID, (value: string) => Number(value));

export interface PoolOptions {
  connectionString: string;
  max?: number;
  applicationName?: string;
}

/** Creates the single connection pool of a Colectiva process. */
export function createPool({
  connectionString,
  max = 10,
  applicationName = 'colectiva',
}: PoolOptions): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    application_name: applicationName,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
  });
  // A client losing its connection (server restart or crash) must not crash the process: idle
  // clients report to the pool; a checked-out client (a transaction) has no listener of its own, and
  // its query already fails with the error, so the request ends in a 500 instead.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  return pool;
}
