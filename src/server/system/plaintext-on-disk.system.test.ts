import crypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient, DEMO_COORDINATOR } from './api-client';
import { cleanUpSystemTests, createSandbox, runCli, startColectiva, waitForExit } from './colectiva-process';
import { connectToRunningDatabase, findFilesContaining } from './disk-and-database';

/**
 * SECURITY.md S5: a string planted through the API in an encrypted field is in no file of the data
 * directory (tables, WAL, logs) nor of the key directory, neither after a CHECKPOINT while running
 * nor after a clean stop. The group's name, stored in clear, is the control that proves the search
 * reads the files PostgreSQL wrote.
 */
afterEach(cleanUpSystemTests);

describe('no plaintext on disk', () => {
  it('finds the planted note in no file, while running (after CHECKPOINT) and after SIGTERM', async () => {
    const sandbox = createSandbox();
    const demo = await runCli(sandbox, ['demo', '--no-serve']);
    expect(demo.code, demo.output).toBe(0);
    const server = await startColectiva(sandbox);
    const api = new ApiClient(server.url);
    const orgId = await api.signIn(DEMO_COORDINATOR);

    const planted = `PLANTED-${crypto.randomBytes(12).toString('hex')}`;
    const control = `CONTROL-${crypto.randomBytes(12).toString('hex')}`;
    const created = await api.post(`/api/orgs/${orgId}/local-groups`, {
      name: control,
      notes: `Se reúne con ${planted} los jueves`,
    });
    expect(created.status).toBe(201);
    const id = (created.body as { id: string }).id;
    const read = await api.get(`/api/orgs/${orgId}/local-groups/${id}`);
    expect((read.body as { notes: string }).notes).toBe(`Se reúne con ${planted} los jueves`);

    const pool = connectToRunningDatabase(server.dataDir);
    try {
      const role = await pool.query<{ rolsuper: boolean }>(
        'select rolsuper from pg_roles where rolname = current_user',
      );
      expect(role.rows[0]?.rolsuper, 'the embedded role owns the cluster').toBe(true);
      await pool.query('checkpoint'); // every dirty page written to the table files
    } finally {
      await pool.end();
    }
    expect(findFilesContaining(sandbox.root, control).length).toBeGreaterThan(0);
    expect(findFilesContaining(sandbox.root, planted)).toEqual([]);
    expect(server.output()).not.toContain(planted); // nor in Colectiva's own log

    server.child.kill('SIGTERM');
    expect(await waitForExit(server, 60_000)).toEqual({ code: 0, signal: null });
    expect(findFilesContaining(sandbox.root, control).length).toBeGreaterThan(0);
    expect(findFilesContaining(sandbox.root, planted)).toEqual([]);
    expect(server.output()).not.toContain(planted);
  });
});
