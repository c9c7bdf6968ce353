import { and, eq } from 'drizzle-orm';
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
});
