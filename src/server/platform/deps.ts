import type pg from 'pg';
import type { Config } from './config';
import type { KeyRing } from './crypto/keyring';
import type { UicHasher } from './crypto/network-key';
import type { Db } from './db/client';

/** What every request handler can reach; built once in app.ts. */
export interface AppDeps {
  config: Config;
  pool: pg.Pool;
  db: Db;
  keyring: KeyRing;
  /** Keyed hashes of UICs under the network keys, which live outside the database. */
  uic: UicHasher;
  /** Injectable clock so that tests can move time (session timeouts, throttling, TOTP). */
  clock: () => Date;
  /** First-run setup token, printed on the console while no organization exists. */
  setup: { token: string | null };
}
