import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { FILE_LIMITS } from '../../../domain/files.schemas';
import { auditLog } from '../../platform/audit/audit.tables';
import {
  GPS_LATITUDE_BYTES,
  PLAIN_JPEG,
  jpegMarkers,
  jpegWithGps,
  plainPng,
  pngChunkTypes,
  pngWithGps,
  tinyPdf,
} from '../../platform/files/files.test-support';
import { signIn, type TestAgent } from '../../testing/agent';
import { findInDatabase } from '../../testing/db-search';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildCase } from '../cases/cases.factory';
import { hrCaseEvents } from '../cases/cases.tables';

let t: TestApp;
let orgId: string;
let caseId: string;
let coordinator: TestAgent;
let paralegalUser: BuiltUser;
let paralegal: TestAgent;
let outsider: TestAgent;
let promotora: TestAgent;
let admin: TestAgent;

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');
const evidenceUrl = (c = caseId, o = orgId) => `/api/orgs/${o}/cases/${c}/evidence`;

async function upload(
  agent: TestAgent,
  bytes: Buffer,
  fileName: string,
  contentType: string,
  extra: Record<string, unknown> = {},
) {
  return agent.post(evidenceUrl(), {
    fileName,
    contentType,
    contentBase64: bytes.toString('base64'),
    ...extra,
  });
}

async function download(agent: TestAgent, id: string, c = caseId) {
  return agent.get(`${evidenceUrl(c)}/${id}/download`);
}

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  paralegalUser = await buildUser(t, { orgId, role: 'paralegal' });
  paralegal = await signIn(t, paralegalUser);
  outsider = await signIn(t, await buildUser(t, { orgId, role: 'paralegal' }));
  promotora = await signIn(t, await buildUser(t, { orgId, role: 'promotora' }));
  admin = await signIn(t, await buildUser(t, { orgId, role: 'admin' }));
  caseId = (await buildCase(t, { orgId, assignedUserIds: [paralegalUser.userId] })).id;
});
afterAll(() => t.close());

describe('evidence upload and download', () => {
  it('a PDF goes in and comes out byte for byte, with its SHA-256 recorded at upload', async () => {
    const pdf = tinyPdf('denuncia');
    const created = await upload(paralegal, pdf, 'Denuncia fiscalía.pdf', 'application/pdf', {
      description: 'Copia sellada',
    });
    expect(created.statusCode, created.body).toBe(201);
    const view = created.json();
    expect(view).toMatchObject({
      caseId,
      fileName: 'Denuncia fiscalía.pdf',
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      sha256Original: sha256(pdf),
      sha256Stored: sha256(pdf),
      metadataRemoved: false,
      description: 'Copia sellada',
    });
    const file = await download(coordinator, view.id);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toContain('application/pdf');
    expect(String(file.headers['content-disposition'])).toContain('attachment;');
    expect(file.rawPayload.equals(pdf)).toBe(true);

    const list = await paralegal.get(evidenceUrl());
    expect(list.json().evidence.map((e: { id: string }) => e.id)).toContain(view.id);
    const [event] = await t.db
      .select()
      .from(hrCaseEvents)
      .where(and(eq(hrCaseEvents.caseId, caseId), eq(hrCaseEvents.kind, 'evidence_added')));
    expect(event?.details).toMatchObject({ evidenceId: view.id, contentType: 'application/pdf' });
  });

  it('EXIF with GPS, XMP and comments are gone from a stored JPEG; the image data is intact', async () => {
    const planted = `PLANTED-EXIF-${newId()}`;
    const original = jpegWithGps(planted);
    const created = await upload(paralegal, original, 'foto.jpg', 'image/jpeg');
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      sha256Original: sha256(original),
      sha256Stored: sha256(PLAIN_JPEG),
      metadataRemoved: true,
    });
    const file = await download(paralegal, created.json().id);
    const bytes = file.rawPayload;
    expect(bytes.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    expect(bytes.includes(GPS_LATITUDE_BYTES)).toBe(false);
    expect(bytes.includes(Buffer.from(planted, 'latin1'))).toBe(false);
    expect(jpegMarkers(bytes)).not.toContain('e1');
    expect(bytes.equals(PLAIN_JPEG)).toBe(true); // frame, tables and scan byte for byte
    expect(await findInDatabase(t.deps.pool, planted)).toEqual([]);
  });

  it('eXIf, tEXt, iTXt, zTXt and tIME are gone from a stored PNG; the pixels are intact', async () => {
    const planted = `PLANTED-PNG-${newId()}`;
    const created = await upload(paralegal, pngWithGps(planted), 'captura.png', 'image/png');
    expect(created.statusCode, created.body).toBe(201);
    const bytes = (await download(paralegal, created.json().id)).rawPayload;
    expect(pngChunkTypes(bytes)).toEqual(['IHDR', 'sRGB', 'IDAT', 'IEND']);
    expect(bytes.includes(GPS_LATITUDE_BYTES)).toBe(false);
    expect(bytes.equals(plainPng())).toBe(true);
  });

  it('a planted file content, file name and description are nowhere in the database in clear', async () => {
    const content = `PLANTED-CONTENIDO-${newId()}`;
    const name = `PLANTED-NOMBRE-${newId()}`;
    const description = `PLANTED-DESCRIPCION-${newId()}`;
    const created = await paralegal.request({
      method: 'POST',
      url: evidenceUrl(),
      body: {
        fileName: `${name}.pdf`,
        contentType: 'application/pdf',
        contentBase64: tinyPdf(content).toString('base64'),
        description,
      },
      headers: { 'idempotency-key': `evidence-${newId()}` },
    });
    expect(created.statusCode, created.body).toBe(201);
    await paralegal.get(evidenceUrl());
    const file = await download(paralegal, created.json().id);
    expect(file.rawPayload.includes(Buffer.from(content))).toBe(true); // the control: it was stored
    for (const planted of [content, name, description])
      expect(await findInDatabase(t.deps.pool, planted)).toEqual([]);
  });

  it('refuses other types, a type that does not match the content, unreadable images and files over 10 MiB', async () => {
    const html = await upload(paralegal, Buffer.from('<html></html>'), 'a.html', 'text/html');
    expect(html.statusCode).toBe(400);
    expect(html.json().error.field).toBe('contentType');
    const mismatch = await upload(paralegal, Buffer.from('<html></html>'), 'a.pdf', 'application/pdf');
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.field).toBe('contentBase64');
    const broken = await upload(paralegal, PLAIN_JPEG.subarray(0, 150), 'a.jpg', 'image/jpeg');
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.message).toMatch(/imagen/);
    const big = Buffer.concat([tinyPdf('x'), Buffer.alloc(FILE_LIMITS.fileBytes)]);
    const tooBig = await upload(paralegal, big, 'grande.pdf', 'application/pdf');
    expect(tooBig.statusCode, tooBig.body).toBe(400);
    expect(tooBig.json().error.field).toBe('contentBase64');
    const badName = await upload(paralegal, tinyPdf('x'), '../../etc/passwd', 'application/pdf');
    expect(badName.statusCode).toBe(400);
    expect(badName.json().error.field).toBe('fileName');
  });

  it('a retried upload with the same id answers the first one and stores one file', async () => {
    const id = newId();
    const first = await upload(paralegal, tinyPdf('uno'), 'uno.pdf', 'application/pdf', { id });
    const again = await upload(paralegal, tinyPdf('uno'), 'uno.pdf', 'application/pdf', { id });
    expect(first.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
  });
});

describe('evidence access and audit', () => {
  it('a download is audited as a sensitive read of the case, with the evidence id', async () => {
    const created = await upload(paralegal, tinyPdf('acta'), 'acta.pdf', 'application/pdf');
    await download(coordinator, created.json().id);
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'hr_evidence.downloaded')));
    const row = rows.find((r) => (r.details as { evidenceId?: string }).evidenceId === created.json().id);
    expect(row).toMatchObject({ resourceType: 'hr_case', resourceId: caseId, sensitiveRead: true });
    // Audit details hold ids only: no file name.
    expect(JSON.stringify(rows)).not.toContain('acta.pdf');
    // And the case's "who viewed" list shows it.
    const viewers = await paralegal.get(`/api/orgs/${orgId}/cases/${caseId}/viewers`);
    expect(viewers.statusCode, viewers.body).toBe(200);
    expect(viewers.json().viewers.length).toBeGreaterThanOrEqual(1);
  });

  it('an upload is audited with ids, counts and booleans only (no file hash, no name)', async () => {
    const pdf = tinyPdf('hash-check');
    const created = await upload(paralegal, pdf, 'hash-check.pdf', 'application/pdf');
    expect(created.statusCode, created.body).toBe(201);
    const rows = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'hr_evidence.created')));
    const row = rows.find((r) => r.resourceId === created.json().id);
    expect(row?.details).toEqual({
      caseId,
      fileId: expect.any(String),
      contentType: 'application/pdf',
      sizeBytes: pdf.length,
      metadataRemoved: false,
    });
    expect(JSON.stringify(rows)).not.toContain(sha256(pdf));
    expect(JSON.stringify(rows)).not.toContain('hash-check.pdf');
  });

  it('only assigned paralegals and coordinators read files; others get 403, another organization 404', async () => {
    const created = await upload(paralegal, tinyPdf('x'), 'x.pdf', 'application/pdf');
    const id = created.json().id;
    for (const agent of [outsider]) {
      for (const response of [
        await download(agent, id),
        await agent.get(evidenceUrl()),
        await upload(agent, tinyPdf('y'), 'y.pdf', 'application/pdf'),
      ]) {
        expect(response.statusCode).toBe(403);
        expect(response.json().error.code).toBe('case_restricted');
      }
    }
    for (const agent of [promotora, admin]) {
      const response = await download(agent, id);
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('forbidden');
    }
    const otherOrg = (await buildOrganization(t)).id;
    const theirCase = (await buildCase(t, { orgId: otherOrg })).id;
    expect((await download(coordinator, id, theirCase)).statusCode).toBe(404);
    expect((await download(coordinator, newId())).statusCode).toBe(404);
  });
});
