import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDisplayCode } from '../../../domain/members';
import { newId } from '../../../domain/ids';
import { auditLog } from '../../platform/audit/audit.tables';
import { signIn, type TestAgent } from '../../testing/agent';
import { buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildBarrier } from '../barriers/barriers.factory';
import { buildIntervention } from '../case-responses/case-responses.factory';
import { buildCase } from '../cases/cases.factory';
import * as casesRepo from '../cases/cases.repo';
import { buildMember } from '../members/members.factory';
import { buildRegistrySettings } from '../registry-settings/registry-settings.factory';
import { pdfText } from './pdf-text.test-support';

let t: TestApp;
let orgId: string;
let coordinator: TestAgent;
let analyst: TestAgent;
let promotora: TestAgent;
let outsider: TestAgent;
const markers: string[] = [];
let barrierId: string;

const url = (path = '', o = orgId) => `/api/orgs/${o}/case-analysis${path}`;
const plant = (prefix: string) => {
  const marker = `${prefix}-${newId()}`;
  markers.push(marker);
  return marker;
};

type Agg = {
  threshold: number;
  periodStart: string | null;
  periodEnd: string | null;
  cases: number | string;
  lists: {
    dimension: string;
    withheld: boolean;
    items: { key: string; count: number | string }[];
    total: number | string;
  }[];
  interventionImpact: { rows: string[]; cells: (number | string)[][]; total: number | string };
};
const list = (agg: Agg, dimension: string) => agg.lists.find((l) => l.dimension === dimension)!;
const count = (agg: Agg, dimension: string, key: string) =>
  list(agg, dimension).items.find((i) => i.key === key)?.count;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-15T12:00:00Z'));
  orgId = (await buildOrganization(t)).id;
  const otherOrgId = (await buildOrganization(t)).id;
  const member = await buildMember(t, { orgId });
  markers.push(formatDisplayCode(member.displayCode));
  // 14 consented cases in March 2026: 12 police extortion, 2 threats; one victim is a member.
  const caseIds: string[] = [];
  for (let i = 0; i < 14; i++) {
    const built = await buildCase(t, {
      orgId,
      narrative: plant('RELATO'),
      perpetratorName: plant('AGRESOR'),
      actType: i < 12 ? 'police_extortion' : 'threats',
      victimMemberId: i === 0 ? member.id : undefined,
    });
    markers.push(built.reference);
    caseIds.push(built.id);
  }
  // A client (non-state) joins the police in one case: 'both'.
  await casesRepo.insertPerpetrator(t.db, {
    orgId,
    id: newId(),
    caseId: caseIds[0]!,
    perpetratorType: 'client',
    count: 1,
    nameEnc: null,
    createdAt: t.clock.now(),
  });
  await buildIntervention(t, { orgId, caseId: caseIds[0]!, notes: plant('NOTA') });
  barrierId = (
    await buildBarrier(t, { orgId, title: 'Ordenanza de convivencia', caseIds: caseIds.slice(0, 3) })
  ).id;
  // Two cases without consent to record (one withdrawn later): never counted.
  await buildCase(t, { orgId, narrative: plant('RELATO'), consents: { record: false } });
  const withdrawn = await buildCase(t, { orgId, narrative: plant('RELATO') });
  t.clock.advance(1000);
  await casesRepo.insertConsent(t.db, {
    orgId,
    id: newId(),
    caseId: withdrawn.id,
    purpose: 'record',
    granted: false,
    recordedOn: '2026-03-15',
    recordedBy: null,
    createdAt: t.clock.now(),
  });
  // One consented case in May 2026 (for the period filter).
  t.clock.set(new Date('2026-05-02T12:00:00Z'));
  await buildCase(t, { orgId, narrative: plant('RELATO'), actType: 'threats' });
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  analyst = await signIn(t, await buildUser(t, { orgId, role: 'analyst' }));
  promotora = await signIn(t, await buildUser(t, { orgId, role: 'promotora' }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'coordinator' }));
});
afterAll(() => t.close());

describe('GET /api/orgs/:orgId/case-analysis', () => {
  it('answers 403 to roles without analysis and to other organizations', async () => {
    expect((await promotora.get(url())).statusCode).toBe(403);
    expect((await outsider.get(url())).statusCode).toBe(403);
  });

  it('counts consented cases only, suppresses small counts and never returns a case record', async () => {
    const response = await analyst.get(url());
    expect(response.statusCode, response.body).toBe(200);
    const agg = response.json<Agg>();
    expect(agg.threshold).toBe(11);
    expect(agg.cases).toBe(15);
    expect(count(agg, 'act_type', 'police_extortion')).toBe(12);
    expect(count(agg, 'act_type', 'threats')).toBe('<');
    expect(count(agg, 'act_type', 'eviction')).toBe(0);
    expect(count(agg, 'perpetrator_type', 'police')).toBe(15);
    expect(count(agg, 'perpetrator_type', 'client')).toBe('<');
    // State vs non-state: 14 police only and 1 both → the 1 is small, and the 14 must hide too.
    expect(count(agg, 'perpetrator_state', 'both')).toBe('<');
    expect(count(agg, 'perpetrator_state', 'state')).toBe('*');
    expect(list(agg, 'perpetrator_state').total).toBe(15);
    expect(count(agg, 'location_type', 'street')).toBe(15);
    expect(count(agg, 'month', '2026-03')).toBe('*'); // 15 − 1: hidden with the small May
    expect(count(agg, 'month', '2026-05')).toBe('<');
    expect(count(agg, 'outcome', 'not_closed')).toBe(15);
    expect(count(agg, 'intervention_type', 'legal_advice')).toBe('<');
    expect(count(agg, 'barrier', barrierId)).toBe('<');
    expect(agg.interventionImpact.rows).toEqual(['legal_advice']);
    expect(agg.interventionImpact.cells[0]).toContain('<');
    for (const marker of markers) expect(response.body).not.toContain(marker);
  });

  it('filters by period (when it happened), in whole months', async () => {
    const march = (await coordinator.get(url('?from=2026-03&to=2026-03'))).json<Agg>();
    expect(march.cases).toBe(14);
    expect(march.periodStart).toBe('2026-03-01');
    expect(march.periodEnd).toBe('2026-03-31');
    expect(count(march, 'month', '2026-05')).toBeUndefined();
    const may = (await coordinator.get(url('?from=2026-05'))).json<Agg>();
    expect(may.cases).toBe('<');
    expect((await coordinator.get(url('?from=2026-05&to=2026-04'))).statusCode).toBe(400);
  });

  it('refuses day bounds: two periods a day apart cannot single out a case', async () => {
    // [1 Mar, 14 Mar] vs [1 Mar, 15 Mar] would differ by the cases of one day.
    for (const query of [
      '?from=2026-03-01&to=2026-03-14',
      '?from=2026-03-15',
      '?to=2026-03-31',
      '?from=2026-13',
    ]) {
      expect((await analyst.get(url(query))).statusCode, query).toBe(400);
      expect((await analyst.get(url(`/export/csv${query}`))).statusCode, query).toBe(400);
    }
  });

  it("uses the organization's threshold", async () => {
    await buildRegistrySettings(t, { orgId, smallCellThreshold: 2 });
    try {
      const agg = (await analyst.get(url())).json<Agg>();
      expect(agg.threshold).toBe(2);
      expect(count(agg, 'act_type', 'threats')).toBe(3);
    } finally {
      await buildRegistrySettings(t, { orgId });
    }
  });
});

describe('exports', () => {
  it('CSV: suppressed counts, no narrative, name, code or reference; audited', async () => {
    const response = await analyst.get(url('/export/csv'));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="analisis-casos-/);
    const text = response.rawPayload.toString('utf8');
    expect(text).toContain('<11');
    expect(text).toContain('Extorsión o soborno policial');
    for (const marker of markers) expect(text).not.toContain(marker);
    const [event] = await t.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, 'hr_analysis.exported')));
    expect(event?.details).toMatchObject({ format: 'csv' });
  });

  it('XLSX: one sheet per table, suppressed, no planted marker', async () => {
    const response = await analyst.get(url('/export/xlsx'));
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
    expect(workbook.worksheets.length).toBeGreaterThanOrEqual(9);
    expect(cells).toContain('<11');
    const all = cells.join('\n');
    for (const marker of markers) expect(all).not.toContain(marker);
  });

  it('PDF: a report in Spanish, suppressed, no planted marker', async () => {
    const response = await coordinator.request({
      method: 'GET',
      url: url('/export/pdf'),
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = pdfText(response.rawPayload);
    expect(text).toContain('Análisis anonimizado');
    expect(text).toContain('<11');
    expect(text).toContain('Extorsión o soborno policial');
    for (const marker of markers) expect(text).not.toContain(marker);
    expect(response.rawPayload.toString('latin1')).not.toContain('RELATO');
  });

  it('a promotora cannot export', async () => {
    expect((await promotora.get(url('/export/pdf'))).statusCode).toBe(403);
  });
});
