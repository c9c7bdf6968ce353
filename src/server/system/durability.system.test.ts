import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient, DEMO_COORDINATOR } from './api-client';
import {
  cleanUpSystemTests,
  createSandbox,
  runCli,
  startColectiva,
  waitForExit,
  type ColectivaServer,
  type Sandbox,
} from './colectiva-process';
import { connectToRunningDatabase } from './disk-and-database';
import { isProcessAlive, readClusterState, runningPostmaster, waitUntilDead } from './postmaster';
import { WriteLoad } from './write-load';

/**
 * SECURITY.md S12 and S6: under write load, kill -9 Colectiva or its PostgreSQL; after a restart on
 * the same data directory every acknowledged write is there, every stored write has its audit row,
 * and the audit chain verifies.
 */
const loads: WriteLoad[] = [];
afterEach(async () => {
  await Promise.all(loads.splice(0).map((load) => load.stop())); // also when a test failed mid-load
  await cleanUpSystemTests();
});

async function seededColectivaUnderLoad(): Promise<{
  sandbox: Sandbox;
  server: ColectivaServer;
  orgId: string;
  load: WriteLoad;
}> {
  const sandbox = createSandbox();
  const demo = await runCli(sandbox, ['demo', '--no-serve']);
  expect(demo.code, demo.output).toBe(0);
  const server = await startColectiva(sandbox);
  const api = new ApiClient(server.url);
  const orgId = await api.signIn(DEMO_COORDINATOR);
  const load = new WriteLoad(api, orgId, 4);
  loads.push(load);
  await load.waitForAcknowledged(40); // kill while writes are in flight, well into the run
  return { sandbox, server, orgId, load };
}

async function expectEveryAcknowledgedWrite(
  sandbox: Sandbox,
  server: ColectivaServer,
  orgId: string,
  load: WriteLoad,
): Promise<void> {
  const api = new ApiClient(server.url);
  await api.signIn(DEMO_COORDINATOR);
  const list = await api.get(`/api/orgs/${orgId}/local-groups`);
  expect(list.status).toBe(200);
  const listed = new Set((list.body as { localGroups: { id: string }[] }).localGroups.map((g) => g.id));
  const missing = load.acknowledged.filter((group) => !listed.has(group.id));
  expect(missing, 'acknowledged writes lost').toEqual([]);
  for (const group of load.acknowledged) {
    const detail = await api.get(`/api/orgs/${orgId}/local-groups/${group.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: group.id, name: group.name, notes: group.notes });
  }

  const pool = connectToRunningDatabase(server.dataDir);
  try {
    const stored = await pool.query<{ id: string; audited: boolean }>(
      `select g.id::text as id,
              exists(select 1 from audit_log a
                      where a.action = 'local_group.created' and a.resource_type = 'local_group'
                        and a.resource_id = g.id::text and a.org_id = g.org_id) as audited
         from local_groups g
        where g.org_id = $1 and g.name like 'Carga %'`,
      [orgId],
    );
    // Unacknowledged writes may or may not be there; whatever is there was attempted and is audited.
    expect(stored.rows.length).toBeGreaterThanOrEqual(load.acknowledged.length);
    expect(stored.rows.filter((row) => !load.attempted.has(row.id))).toEqual([]);
    expect(stored.rows.filter((row) => !row.audited).map((row) => row.id)).toEqual([]);
  } finally {
    await pool.end();
  }

  const verify = await runCli(sandbox, ['audit-verify'], server.dataDir);
  expect(verify.code, verify.output).toBe(0);
  expect(verify.output).toContain('Bitácora de auditoría íntegra');

  server.child.kill('SIGTERM');
  expect(await waitForExit(server, 60_000)).toEqual({ code: 0, signal: null });
}

describe('kill -9 under write load', () => {
  it('of Colectiva: the restart stops the orphaned PostgreSQL and every acknowledged write is there', async () => {
    const { sandbox, server, orgId, load } = await seededColectivaUnderLoad();
    const orphan = runningPostmaster(server.dataDir);
    process.kill(server.pid, 'SIGKILL');
    expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
    await load.stop();
    expect(orphan).not.toBeNull();
    expect(isProcessAlive(orphan!), 'PostgreSQL outlives a killed Colectiva').toBe(true);

    const restarted = await startColectiva(sandbox, server.dataDir);
    expect(isProcessAlive(orphan!), 'the orphaned PostgreSQL was stopped by the restart').toBe(false);
    expect(runningPostmaster(server.dataDir)).not.toBe(orphan);
    await expectEveryAcknowledgedWrite(sandbox, restarted, orgId, load);
  });

  it('of its PostgreSQL: Colectiva stops, and after a restart every acknowledged write is there', async () => {
    const { sandbox, server, orgId, load } = await seededColectivaUnderLoad();
    const postmaster = runningPostmaster(server.dataDir);
    expect(postmaster).not.toBeNull();
    process.kill(postmaster!, 'SIGKILL');
    expect(await waitUntilDead(postmaster!)).toBe(true);
    // Without its database Colectiva cannot serve; it must go (so a supervisor restarts it).
    const exit = await waitForExit(server, 60_000);
    await load.stop();
    expect(exit, server.output()).toEqual({ code: 1, signal: null });
    expect(server.output()).toContain('PostgreSQL se detuvo inesperadamente');
    expect(server.output()).not.toContain('Unhandled'); // a deliberate exit, not a crash
    expect(readClusterState(server.dataDir), 'PostgreSQL crashed: recovery is needed').toBe('in production');

    const restarted = await startColectiva(sandbox, server.dataDir);
    await expectEveryAcknowledgedWrite(sandbox, restarted, orgId, load);
  });
});
