import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedCluster, type EmbeddedCluster } from '../platform/db/embedded-postgres';
import { runMigrations } from '../platform/db/migrate';
import { createPool } from '../platform/db/pool';

declare module 'vitest' {
  export interface ProvidedContext {
    adminUrl: string;
    templateDatabase: string;
    databaseKind: string;
  }
}

/**
 * One PostgreSQL for the whole run: Colectiva's embedded server (npm test) or the server given in
 * TEST_DATABASE_URL (npm run test:postgres). Migrations are applied once to a template database;
 * each test file then gets its own throwaway copy.
 */
export default async function setup(project: TestProject) {
  let cluster: EmbeddedCluster | null = null;
  let dataDir: string | null = null;
  let adminUrl = process.env.TEST_DATABASE_URL ?? '';
  if (!adminUrl) {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'colectiva-test-pg-'));
    fs.chmodSync(dataDir, 0o711);
    cluster = await startEmbeddedCluster({ dataDir: path.join(dataDir, 'data') });
    adminUrl = cluster.connectionString('postgres');
  }
  const template = `colectiva_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template} with (force)`);
  await admin.query(`create database ${template}`);
  const { rows } = await admin.query<{ server_version: string }>('show server_version');
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${template}`;
  const pool = createPool({ connectionString: templateUrl.toString(), max: 2 });
  await runMigrations(pool);
  await pool.end();

  project.provide('adminUrl', adminUrl);
  project.provide('templateDatabase', template);
  project.provide(
    'databaseKind',
    `${cluster ? 'embedded' : 'external'} PostgreSQL ${rows[0]?.server_version ?? '?'}`,
  );
  console.log(
    `[colectiva tests] ${cluster ? 'embedded' : 'external'} PostgreSQL ${rows[0]?.server_version ?? '?'}`,
  );

  return async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    const leftovers = await client.query<{ datname: string }>(
      `select datname from pg_database where datname like 'colectiva_t_%' or datname = $1`,
      [template],
    );
    for (const { datname } of leftovers.rows)
      await client.query(`drop database if exists ${datname} with (force)`);
    await client.end();
    await cluster?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
