import { and, eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../domain/ids';
import { formatDisplayCode } from '../../../domain/members';
import { auditLog } from '../../platform/audit/audit.tables';
import { signIn, type TestAgent } from '../../testing/agent';
import { findInDatabase } from '../../testing/db-search';
import { buildOrganization, buildUser, type BuiltUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildIntervention } from '../case-responses/case-responses.factory';
import { buildCase, type BuiltCase } from '../cases/cases.factory';
import * as casesRepo from '../cases/cases.repo';
import { buildMember } from '../members/members.factory';
import { pdfText } from '../case-analysis/pdf-text.test-support';

let t: TestApp;
let orgId: string;
let paralegalUser: BuiltUser;
let paralegal: TestAgent;
let otherParalegal: TestAgent;
let analyst: TestAgent;
let built: BuiltCase;
let noConsent: BuiltCase;
let code: string;
const narrative = `RELATO-${newId()}`;
const name = `AGRESOR-${newId()}`;

const auditRows = (action: string, afterSeq = 0) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.resourceId, built.id), gt(auditLog.seq, afterSeq)));
const lastSeq = async () =>
  Math.max(0, ...(await t.db.select({ seq: auditLog.seq }).from(auditLog)).map((r) => r.seq));

const url = (path = '', c = built.id) => `/api/orgs/${orgId}/cases/${c}/escalations${path}`;
const fields = {
  datePrecision: 'month',
  areaLevel: 'none',
  locationType: true,
  actTypes: true,
  perpetratorTypes: true,
  responses: true,
  narrativeExcerpt: true,
};

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-02-20T12:00:00Z'));
  orgId = (await buildOrganization(t)).id;
  paralegalUser = await buildUser(t, { orgId, role: 'paralegal' });
  paralegal = await signIn(t, paralegalUser);
  otherParalegal = await signIn(t, await buildUser(t, { orgId, role: 'paralegal' }));
  analyst = await signIn(t, await buildUser(t, { orgId, role: 'analyst' }));
  const member = await buildMember(t, { orgId });
  code = formatDisplayCode(member.displayCode);
  built = await buildCase(t, {
    orgId,
    narrative,
    perpetratorName: name,
    victimMemberId: member.id,
    assignedUserIds: [paralegalUser.userId],
  });
  await buildIntervention(t, { orgId, caseId: built.id });
  noConsent = await buildCase(t, {
    orgId,
    assignedUserIds: [paralegalUser.userId],
    consents: { advocacy_anonymized: false },
  });
});
afterAll(() => t.close());

describe('escalation package', () => {
  it('offers the fields the case has', async () => {
    const response = await paralegal.get(url('/options'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({
      consented: true,
      hasDate: true,
      actTypeCount: 1,
      responseCount: 1,
    });
    expect((await paralegal.get(url('/options', noConsent.id))).json().consented).toBe(false);
  });

  it('previews only the chosen fields, never the code, name, reference or narrative', async () => {
    const excerpt = 'Agentes retuvieron a dos compañeras y exigieron dinero.';
    const response = await paralegal.post(url('/preview'), { fields, excerpt });
    expect(response.statusCode, response.body).toBe(200);
    const text = JSON.stringify(response.json());
    expect(text).toContain('02/2026');
    expect(text).not.toContain('20/02/2026');
    expect(text).toContain('Policía');
    expect(text).toContain('Asesoría legal');
    expect(text).toContain(excerpt);
    for (const secret of [narrative, name, code, built.reference]) expect(text).not.toContain(secret);
    const minimal = await paralegal.post(url('/preview'), {
      fields: {
        ...fields,
        datePrecision: 'none',
        actTypes: false,
        perpetratorTypes: false,
        responses: false,
        locationType: false,
        narrativeExcerpt: false,
      },
      excerpt: 'no va',
    });
    expect(JSON.stringify(minimal.json())).not.toContain('Policía');
    expect(JSON.stringify(minimal.json())).not.toContain('no va');
    expect((await paralegal.post(url('/preview'), { fields, excerpt: '' })).statusCode).toBe(400);
    // The answer is built from the case's records: each preview is a sensitive read of the case.
    const reads = await auditRows('hr_escalation.previewed');
    expect(reads).toHaveLength(2);
    expect(reads[0]).toMatchObject({ sensitiveRead: true, actorUserId: paralegalUser.userId });
    expect(JSON.stringify(reads.map((r) => r.details))).not.toContain(excerpt);
  });

  it('needs advocacy consent and sensitive access', async () => {
    expect((await paralegal.post(url('', noConsent.id), { fields, excerpt: 'x' })).statusCode).toBe(409);
    expect((await otherParalegal.post(url(), { fields, excerpt: 'x' })).statusCode).toBe(403);
    expect((await analyst.get(url())).statusCode).toBe(403);
  });

  it('stores the package encrypted and downloads it as an audited PDF', async () => {
    const excerpt = `EXTRACTO-${newId()}`;
    const created = await paralegal.post(url(), { fields, excerpt });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    expect((await paralegal.get(url())).json().escalations).toHaveLength(1);
    expect(await findInDatabase(t.deps.pool, excerpt)).toEqual([]);
    const pdf = await paralegal.get(url(`/${id}/pdf`));
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain(excerpt);
    for (const secret of [narrative, name, code, built.reference]) expect(text).not.toContain(secret);
    const [event] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'hr_escalation.downloaded'), eq(auditLog.resourceId, built.id)));
    expect(event).toMatchObject({ sensitiveRead: true });
    expect(JSON.stringify(event?.details)).not.toContain(excerpt);
  });

  it('reading a package, or retrying its creation, is an audited sensitive read', async () => {
    const excerpt = `EXTRACTO-${newId()}`;
    const id = newId();
    expect((await paralegal.post(url(), { id, fields, excerpt })).statusCode).toBe(201);
    const before = await lastSeq();
    const read = await paralegal.get(url(`/${id}`));
    expect(read.statusCode, read.body).toBe(200);
    expect(JSON.stringify(read.json())).toContain(excerpt);
    const retried = await paralegal.post(url(), { id, fields, excerpt });
    expect(JSON.stringify(retried.json())).toContain(excerpt);
    const rows = await auditRows('hr_escalation.read', before);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ sensitiveRead: true, actorUserId: paralegalUser.userId });
      expect(row.details).toEqual({ escalationId: id });
    }
  });

  it('once the advocacy consent is withdrawn, the package is no longer read or downloaded (409)', async () => {
    const id = newId();
    expect(
      (await paralegal.post(url(), { id, fields, excerpt: 'Retuvieron a dos compañeras.' })).statusCode,
    ).toBe(201);
    t.clock.advance(1000);
    await casesRepo.insertConsent(t.db, {
      orgId,
      id: newId(),
      caseId: built.id,
      purpose: 'advocacy_anonymized',
      granted: false,
      recordedOn: '2026-02-20',
      recordedBy: null,
      createdAt: t.clock.now(),
    });
    const before = await lastSeq();
    for (const path of [`/${id}`, `/${id}/pdf`]) {
      const response = await paralegal.get(url(path));
      expect(response.statusCode, path).toBe(409);
      expect(response.body).not.toContain('Retuvieron');
    }
    expect(await auditRows('hr_escalation.read', before)).toEqual([]);
    expect(await auditRows('hr_escalation.downloaded', before)).toEqual([]);
  });
});
