import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { fingerprintDatabase } from '../platform/backup/backup';
import type { TableFingerprint } from '../platform/backup/table-rows';
import { ApiClient, DEMO_COORDINATOR } from './api-client';
import {
  cleanUpSystemTests,
  createSandbox,
  runCli,
  startColectiva,
  waitForExit,
  type ColectivaServer,
} from './colectiva-process';
import { connectToRunningDatabase } from './disk-and-database';

/**
 * SECURITY.md S12: an online backup of a running Colectiva, restored through the CLI into a new,
 * empty data directory (same master key), is identical table by table, and Colectiva serves it:
 * encrypted notes decrypt and the audit chain verifies.
 */
afterEach(cleanUpSystemTests);

async function fingerprintsOf(server: ColectivaServer): Promise<Record<string, TableFingerprint>> {
  const pool = connectToRunningDatabase(server.dataDir);
  try {
    return await fingerprintDatabase(pool);
  } finally {
    await pool.end();
  }
}

function fingerprintsInBackup(file: string): Record<string, TableFingerprint> {
  const lines = zlib.gunzipSync(fs.readFileSync(file)).toString('utf8').trim().split('\n');
  const end = JSON.parse(lines.at(-1) ?? '{}') as {
    kind?: string;
    fingerprints?: Record<string, TableFingerprint>;
  };
  expect(end.kind).toBe('end');
  return end.fingerprints ?? {};
}

describe('backup and restore through the CLI', () => {
  it('restores an online backup into an empty data directory: same rows, readable notes, valid audit', async () => {
    const sandbox = createSandbox();
    const original = sandbox.dataDir('original');
    const demo = await runCli(sandbox, ['demo', '--no-serve'], original);
    expect(demo.code, demo.output).toBe(0);
    const server = await startColectiva(sandbox, original);
    const api = new ApiClient(server.url);
    const orgId = await api.signIn(DEMO_COORDINATOR);
    const groups = `/api/orgs/${orgId}/local-groups`;
    const kept = (await api.post(groups, { name: 'Respaldo uno', notes: 'Nota cifrada número uno' }))
      .body as {
      id: string;
    };
    const edited = (await api.post(groups, { name: 'Respaldo dos', notes: 'antes' })).body as { id: string };
    expect((await api.patch(`${groups}/${edited.id}`, { notes: 'Nota cambiada, ñandú' })).status).toBe(200);
    const cleared = (await api.post(groups, { name: 'Respaldo tres', notes: 'se borra' })).body as {
      id: string;
    };
    expect((await api.patch(`${groups}/${cleared.id}`, { notes: null })).status).toBe(200);

    const online = path.join(sandbox.root, 'online.jsonl.gz');
    const backup = await runCli(sandbox, ['backup', online], original);
    expect(backup.code, backup.output).toBe(0); // without attaching it would have met the lock (exit 2)
    expect(backup.output).toContain(`Copia de seguridad: ${online}`);
    const before = await fingerprintsOf(server);
    expect(fingerprintsInBackup(online)).toEqual(before);
    expect(before.local_groups?.rows).toBeGreaterThan(3);
    expect(before.audit_log?.rows).toBeGreaterThan(5);
    server.child.kill('SIGTERM');
    expect(await waitForExit(server, 60_000)).toEqual({ code: 0, signal: null });

    const offline = path.join(sandbox.root, 'offline.jsonl.gz');
    const stoppedBackup = await runCli(sandbox, ['backup', offline], original);
    expect(stoppedBackup.code, stoppedBackup.output).toBe(0);
    expect(fingerprintsInBackup(offline)).toEqual(before);
    const intoFull = await runCli(sandbox, ['restore', online], original);
    expect(intoFull.code).toBe(1);
    expect(intoFull.output).toContain('Restore needs an empty database');

    const restoredDir = sandbox.dataDir('restored');
    const restore = await runCli(sandbox, ['restore', online], restoredDir);
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toContain('conteos y sumas de verificación coinciden');
    expect(restore.output).not.toContain('Atención');

    const restored = await startColectiva(sandbox, restoredDir);
    expect(await fingerprintsOf(restored)).toEqual(before);
    const reader = new ApiClient(restored.url);
    expect(await reader.signIn(DEMO_COORDINATOR)).toBe(orgId);
    expect((await reader.get(`${groups}/${kept.id}`)).body).toMatchObject({
      notes: 'Nota cifrada número uno',
    });
    expect((await reader.get(`${groups}/${edited.id}`)).body).toMatchObject({
      notes: 'Nota cambiada, ñandú',
    });
    expect((await reader.get(`${groups}/${cleared.id}`)).body).toMatchObject({ notes: null });
    const verify = await runCli(sandbox, ['audit-verify'], restoredDir);
    expect(verify.code, verify.output).toBe(0);
    expect(verify.output).toContain('Bitácora de auditoría íntegra');
    restored.child.kill('SIGTERM');
    expect(await waitForExit(restored, 60_000)).toEqual({ code: 0, signal: null });
  });
});
