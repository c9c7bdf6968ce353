import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app';
import type { Config } from '../platform/config';
import { loadConfig } from '../platform/config';
import { createDb, type Db } from '../platform/db/client';
import { createPool } from '../platform/db/pool';
import { KeyRing } from '../platform/crypto/keyring';
import { generateMasterKey, type MasterKeySet } from '../platform/crypto/master-key';
import { NetworkKeys } from '../platform/crypto/network-key';
import type { AppDeps } from '../platform/deps';
import { createThrowawayDatabase } from './test-database';

export interface TestClock {
  now: () => Date;
  set: (date: Date) => void;
  advance: (ms: number) => void;
}

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  db: Db;
  clock: TestClock;
  masters: MasterKeySet;
  databaseUrl: string;
  close: () => Promise<void>;
}

function makeClock(): TestClock {
  let offset = 0;
  let fixed: Date | null = null;
  return {
    now: () => (fixed ? new Date(fixed.getTime() + offset) : new Date(Date.now() + offset)),
    set: (date) => {
      fixed = date;
      offset = 0;
    },
    advance: (ms) => {
      offset += ms;
    },
  };
}

/** A Colectiva app on its own throwaway database (embedded or TEST_DATABASE_URL), with a movable clock. */
export async function createTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const database = await createThrowawayDatabase(inject('adminUrl'), inject('templateDatabase'));
  const pool = createPool({ connectionString: database.url, max: 5 });
  const db = createDb(pool);
  const masters: MasterKeySet = {
    current: generateMasterKey(),
    next: null,
    source: 'environment',
    file: null,
  };
  const clock = makeClock();
  const config = loadConfig(
    { NODE_ENV: 'test' },
    { databaseUrl: database.url, webDir: '/nonexistent', ...overrides },
  );
  const deps: AppDeps = {
    config,
    pool,
    db,
    keyring: new KeyRing(db, masters),
    uic: new NetworkKeys({ keyDir: '/nonexistent', fromEnvironment: randomBytes(32).toString('base64') }),
    clock: clock.now,
    setup: { token: null },
  };
  const app = await buildApp(deps);
  return {
    app,
    deps,
    db,
    clock,
    masters,
    databaseUrl: database.url,
    close: async () => {
      await app.close();
      await pool.end();
      await database.drop();
    },
  };
}
