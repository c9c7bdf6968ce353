import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { buildLocalGroup, buildOrganization, buildUser } from '../../testing/factories';
import { createThrowawayDatabase } from '../../testing/test-database';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { createPool } from '../db/pool';
import { backupDatabase, fingerprintDatabase, restoreDatabase } from './backup';

/** Logical backup and verified restore (the kill -9 and CLI round trips are in src/server/system). */
let t: TestApp;
let dir: string;
let file: string;
const targets: { drop: () => Promise<void> }[] = [];

async function emptyTarget(timezone: string) {
  const database = await createThrowawayDatabase(inject('adminUrl'), inject('templateDatabase'));
  targets.push(database);
  const url = new URL(database.url);
  url.searchParams.set('options', `-c timezone=${timezone}`);
  return createPool({ connectionString: url.toString(), max: 2 });
}

beforeAll(async () => {
  t = await createTestApp();
  const org = await buildOrganization(t);
  await buildUser(t, { orgId: org.id, role: 'admin' });
  await buildLocalGroup(t, { orgId: org.id, name: 'Zona Norte', notes: 'ñandú «comillas» \\ y\nsalto' });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'colectiva-backup-'));
  file = path.join(dir, 'b.jsonl.gz');
});
afterAll(async () => {
  await t.close();
  for (const target of targets) await target.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('writes a private gzip file whose fingerprints equal the live database', async () => {
    const summary = await backupDatabase(t.deps.pool, file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(summary.tables).toEqual(await fingerprintDatabase(t.deps.pool));
    expect(summary.tables.local_groups?.rows).toBe(1);
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString();
    expect(text).not.toContain('ñandú'); // notes stay encrypted in the file
  });

  it('restores into an empty database in another time zone with identical counts and checksums', async () => {
    const pool = await emptyTarget('America/Lima');
    try {
      const restored = await restoreDatabase(pool, file);
      expect(await fingerprintDatabase(pool)).toEqual(restored.tables);
      expect(restored.tables).toEqual(await fingerprintDatabase(t.deps.pool));
    } finally {
      await pool.end();
    }
  });

  it('refuses a database that is not empty, and a truncated file, changing nothing', async () => {
    await expect(restoreDatabase(t.deps.pool, file)).rejects.toThrow(/empty database/);
    const truncated = path.join(dir, 'truncated.jsonl.gz');
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString().trimEnd().split('\n');
    fs.writeFileSync(truncated, zlib.gzipSync(lines.slice(0, -1).join('\n') + '\n'));
    const pool = await emptyTarget('UTC');
    try {
      await expect(restoreDatabase(pool, truncated)).rejects.toThrow(/incomplete/);
      const after = await fingerprintDatabase(pool);
      expect(Object.values(after).every((table) => table.rows === 0)).toBe(true);
    } finally {
      await pool.end();
    }
  });

  it('refuses a file whose rows were altered', async () => {
    const altered = path.join(dir, 'altered.jsonl.gz');
    const text = zlib.gunzipSync(fs.readFileSync(file)).toString();
    fs.writeFileSync(altered, zlib.gzipSync(text.replace('Zona Norte', 'Zona Sur')));
    const pool = await emptyTarget('UTC');
    try {
      await expect(restoreDatabase(pool, altered)).rejects.toThrow(/local_groups does not match/);
    } finally {
      await pool.end();
    }
  });
});
