import crypto from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient, DEMO_COORDINATOR } from './api-client';
import { cleanUpSystemTests, createSandbox, runCli, startColectiva, waitForExit } from './colectiva-process';
import { connectToRunningDatabase, findFilesContaining } from './disk-and-database';

/**
 * Issue 5 "Done when": a planted evidence file's content and file name are in no file of the data
 * directory (tables, TOAST, WAL, logs) nor of the key directory, while running (after CHECKPOINT)
 * and after a clean stop. The case's reference, stored in clear, is the control that proves the
 * search reads what PostgreSQL wrote. (The database itself is searched by the API tests of
 * case-evidence with `findInDatabase`.)
 */
afterEach(cleanUpSystemTests);

describe('no evidence file in plain text on disk', () => {
  it('finds the planted file content and name in no file', async () => {
    const sandbox = createSandbox();
    const demo = await runCli(sandbox, ['demo', '--no-serve']);
    expect(demo.code, demo.output).toBe(0);
    const server = await startColectiva(sandbox);
    const api = new ApiClient(server.url);
    const orgId = await api.signIn(DEMO_COORDINATOR);

    const intake = await api.post(`/api/orgs/${orgId}/cases`, {
      consents: { record: true, follow_up: true, advocacy_anonymized: false, network_share: false },
      occurredOn: '2026-03-14',
      occurredPrecision: 'day',
      locationType: 'street',
      acts: [{ actType: 'threats', method: 'threat', consequences: ['psychological'] }],
      victims: [{ anonymousCount: 1 }],
      sourceType: 'victim',
      sourceReliability: 'high',
    });
    expect(intake.status, JSON.stringify(intake.body)).toBe(201);
    const { id: caseId, reference } = intake.body as { id: string; reference: string };

    // Long enough that PostgreSQL keeps it out of line (TOAST) and compresses nothing away.
    const content = `PLANTED-EVIDENCE-${crypto.randomBytes(12).toString('hex')}`;
    const name = `PLANTED-NAME-${crypto.randomBytes(12).toString('hex')}`;
    const pdf = Buffer.from(
      `%PDF-1.4\n% ${content}\n${crypto.randomBytes(6000).toString('base64')}\n%%EOF\n`,
      'latin1',
    );
    const upload = await api.post(`/api/orgs/${orgId}/cases/${caseId}/evidence`, {
      fileName: `${name}.pdf`,
      contentType: 'application/pdf',
      contentBase64: pdf.toString('base64'),
    });
    expect(upload.status, JSON.stringify(upload.body)).toBe(201);
    const evidenceId = (upload.body as { id: string }).id;
    const download = await api.get(`/api/orgs/${orgId}/cases/${caseId}/evidence/${evidenceId}/download`);
    expect(download.status).toBe(200);
    expect(String(download.body)).toContain(content); // the control: the file was stored and opens

    const pool = connectToRunningDatabase(server.dataDir);
    try {
      await pool.query('checkpoint');
    } finally {
      await pool.end();
    }
    expect(findFilesContaining(sandbox.root, reference).length).toBeGreaterThan(0);
    for (const planted of [content, name]) {
      expect(findFilesContaining(sandbox.root, planted)).toEqual([]);
      expect(server.output()).not.toContain(planted);
    }

    server.child.kill('SIGTERM');
    expect(await waitForExit(server, 60_000)).toEqual({ code: 0, signal: null });
    for (const planted of [content, name]) expect(findFilesContaining(sandbox.root, planted)).toEqual([]);
  });
});
