import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/audit.tables';
import { signIn, type TestAgent } from '../../testing/agent';
import { expectError } from '../../testing/expect-error';
import { buildLocalGroup, buildOrganization, buildUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { buildContact } from '../contacts/contacts.factory';
import { buildMember } from '../members/members.factory';
import { buildSite } from '../sites/sites.factories';

/** Coverage exports: the dashboard files, the standard indicators (DHIS2, ADX) and their settings. */
let t: TestApp;
let orgId: string;
let otherOrgId: string;
let siteId: string;
let otherSiteId: string;
let localGroupId: string;
let coordinator: TestAgent;
let analyst: TestAgent;
let promotora: TestAgent;
let networkAnalyst: TestAgent;
let outsider: TestAgent;
let month: string;
const SITE_NAME = 'Plaza Cobertura';
const codes: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  orgId = (await buildOrganization(t)).id;
  otherOrgId = (await buildOrganization(t)).id;
  const promotoraUser = await buildUser(t, { orgId, role: 'promotora' });
  coordinator = await signIn(t, await buildUser(t, { orgId, role: 'coordinator' }));
  analyst = await signIn(t, await buildUser(t, { orgId, role: 'analyst' }));
  promotora = await signIn(t, promotoraUser);
  networkAnalyst = await signIn(t, await buildUser(t, { orgId, role: 'network_analyst' }));
  outsider = await signIn(t, await buildUser(t, { orgId: otherOrgId, role: 'coordinator' }));
  localGroupId = (await buildLocalGroup(t, { orgId })).id;
  siteId = (await buildSite(t, { orgId, name: SITE_NAME })).id;
  otherSiteId = (await buildSite(t, { orgId: otherOrgId })).id;
  for (let i = 0; i < 3; i++) {
    const member = await buildMember(t, { orgId });
    codes.push(member.displayCode);
    await buildContact(t, {
      orgId,
      promotoraUserId: promotoraUser.userId,
      memberId: member.id,
      siteId,
      referrals: 1,
    });
  }
  month = t.clock.now().toISOString().slice(0, 7);
});
afterAll(() => t.close());

const settingsUrl = (id = orgId) => `/api/orgs/${id}/coverage/export-settings`;
const validSettings = () => ({
  labels: [
    { indicator: 'GF_KP_1c', labels: { es: 'KP-1c <propia>', 'pt-BR': 'KP-1c própria', en: 'Own KP-1c' } },
  ],
  dataSet: 'DsAbcdefgh1',
  dataElements: [
    { indicator: 'GF_KP_1c', dataElement: 'DeKp1cAAAAA', categoryOptionCombo: 'CocFsw00001' },
    { indicator: 'GF_KP_3c', dataElement: 'DeKp3cAAAAA', categoryOptionCombo: null },
  ],
  orgUnits: [
    { siteId: null, orgUnit: 'OuOrg000001' },
    { siteId: undefined as string | undefined, orgUnit: 'OuSite00001' },
  ],
});
const withSite = () => {
  const body = validSettings();
  body.orgUnits[1]!.siteId = siteId;
  return body;
};

async function auditDetails(action: string) {
  const rows = await t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.orgId, orgId), eq(auditLog.action, action)));
  return rows.map((r) => r.details);
}

describe('export settings', () => {
  it('401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: settingsUrl() });
    expectError(response, 401, { code: 'unauthenticated' });
  });

  it('answers the default wording before anything is configured', async () => {
    const response = await analyst.get(settingsUrl());
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<{ labels: { indicator: string; isDefault: boolean }[]; updatedAt: null }>();
    expect(view.labels.map((l) => l.indicator)).toEqual([
      'GF_KP_1c',
      'GF_KP_3c',
      'UNAIDS_GAM_COVERAGE',
      'PEPFAR_KP_PREV',
    ]);
    expect(view.labels.every((l) => l.isDefault)).toBe(true);
    expect(view.updatedAt).toBeNull();
  });

  it('400 names the field of a bad DHIS2 UID', async () => {
    const body = withSite();
    body.dataElements[1]!.dataElement = 'not-a-uid';
    expectError(await coordinator.request({ method: 'PUT', url: settingsUrl(), body }), 400, {
      code: 'validation',
      field: 'dataElements.1.dataElement',
    });
  });

  it('403 for a role that may not configure, and for another organization', async () => {
    expectError(await analyst.request({ method: 'PUT', url: settingsUrl(), body: withSite() }), 403, {
      code: 'forbidden',
    });
    expectError(await promotora.get(settingsUrl()), 403, { code: 'forbidden' });
    expectError(await outsider.get(settingsUrl()), 403, { code: 'forbidden' });
  });

  it("404 for another organization's site in the org-unit mapping", async () => {
    const body = withSite();
    body.orgUnits[1]!.siteId = otherSiteId;
    expectError(await coordinator.request({ method: 'PUT', url: settingsUrl(), body }), 404, {
      code: 'not_found',
      field: 'orgUnits.1.siteId',
    });
  });

  it('replaces the wording and the mapping; audited', async () => {
    const response = await coordinator.request({ method: 'PUT', url: settingsUrl(), body: withSite() });
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json<{
      labels: { indicator: string; isDefault: boolean; labels: { en: string } }[];
    }>();
    expect(view.labels[0]).toMatchObject({
      indicator: 'GF_KP_1c',
      isDefault: false,
      labels: { en: 'Own KP-1c' },
    });
    expect(view.labels[1]?.isDefault).toBe(true);
    expect(await auditDetails('coverage_export_settings.updated')).toEqual([
      { labels: 1, dataElements: 2, orgUnits: 2 },
    ]);
  });
});

describe('dashboard export', () => {
  const url = (format: string, query: string, id = orgId) =>
    `/api/orgs/${id}/coverage/export/${format}?${query}`;

  it('401 without a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: url('csv', `from=${month}&to=${month}`) });
    expectError(response, 401, { code: 'unauthenticated' });
  });

  it('400 for a period that ends before it starts, or an unknown format', async () => {
    expectError(await analyst.get(url('csv', `from=${month}&to=2000-01`)), 400, {
      code: 'validation',
      field: 'to',
    });
    expectError(await analyst.get(url('csv', 'from=2020-01&to=2026-12')), 400, {
      code: 'validation',
      field: 'to',
    });
    expectError(await analyst.get(url('docx', `from=${month}&to=${month}`)), 400, {
      code: 'validation',
      field: 'format',
    });
  });

  it('403 for roles that see no figures files, and for another organization', async () => {
    expectError(await promotora.get(url('csv', `from=${month}&to=${month}`)), 403, { code: 'forbidden' });
    expectError(await networkAnalyst.get(url('csv', `from=${month}&to=${month}`)), 403, {
      code: 'forbidden',
    });
    expectError(await outsider.get(url('csv', `from=${month}&to=${month}`)), 403, { code: 'forbidden' });
  });

  it("404 for another organization's site or local group", async () => {
    expectError(await analyst.get(url('csv', `from=${month}&to=${month}&siteId=${otherSiteId}`)), 404, {
      code: 'not_found',
    });
  });

  it('XLSX: one sheet per table with the site and its figures, no member code; audited', async () => {
    const response = await coordinator.get(
      url('xlsx', `from=${month}&to=${month}&localGroupId=${localGroupId}`),
    );
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="cobertura-/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Resumen',
      'Por unidad',
      'Tendencia',
      'Derivaciones',
      'Servicios',
    ]);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
    for (const code of codes) expect(cells.join('\n')).not.toContain(code);
    expect(await auditDetails('coverage.exported')).toContainEqual(
      expect.objectContaining({ format: 'xlsx', localGroupId, siteId: null }),
    );
  });

  it('CSV of a site: the site row with its reached members', async () => {
    const response = await analyst.get(url('csv', `from=${month}&to=${month}&siteId=${siteId}`));
    expect(response.statusCode, response.body).toBe(200);
    const text = response.rawPayload.toString('utf8');
    expect(text).toContain(SITE_NAME);
    expect(text).toMatch(/Personas alcanzadas,3\b/);
    for (const code of codes) expect(text).not.toContain(code);
  });

  it('PDF in the language asked for', async () => {
    const response = await analyst.get(url('pdf', `from=${month}&to=${month}&lang=en`));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('standard indicators', () => {
  const url = (format: string, query: string, id = orgId) =>
    `/api/orgs/${id}/coverage/indicators/${format}?${query}`;

  it('401, 403 and 400 for a period DHIS2 cannot name', async () => {
    expectError(await t.app.inject({ method: 'GET', url: url('dhis2', `from=${month}&to=${month}`) }), 401, {
      code: 'unauthenticated',
    });
    expectError(await promotora.get(url('dhis2', `from=${month}&to=${month}`)), 403, { code: 'forbidden' });
    expectError(await outsider.get(url('dhis2', `from=${month}&to=${month}`)), 403, { code: 'forbidden' });
    expectError(await analyst.get(url('adx', 'from=2026-02&to=2026-04')), 400, {
      code: 'validation',
      field: 'to',
    });
  });

  it('DHIS2 dataValueSets: mapped values of the organization and the site; audited', async () => {
    await coordinator.request({ method: 'PUT', url: settingsUrl(), body: withSite() });
    const response = await analyst.get(url('dhis2', `from=${month}&to=${month}`));
    expect(response.statusCode, response.body).toBe(200);
    const set = JSON.parse(response.rawPayload.toString('utf8')) as {
      dataSet: string;
      period: string;
      dataValues: { dataElement: string; orgUnit: string; value: string }[];
    };
    expect(set.dataSet).toBe('DsAbcdefgh1');
    expect(set.period).toBe(month.replace('-', ''));
    expect(set.dataValues.map((v) => `${v.orgUnit} ${v.dataElement}`).sort()).toEqual([
      'OuOrg000001 DeKp1cAAAAA',
      'OuOrg000001 DeKp3cAAAAA',
      'OuSite00001 DeKp1cAAAAA',
      'OuSite00001 DeKp3cAAAAA',
    ]);
    expect(await auditDetails('coverage_indicators.exported')).toContainEqual(
      expect.objectContaining({ format: 'dhis2', from: month, to: month }),
    );
  });

  it('ADX: the configured wording escaped, in the ADX namespace', async () => {
    const response = await analyst.get(url('adx', `from=${month}&to=${month}&lang=es`));
    expect(response.statusCode, response.body).toBe(200);
    const xml = response.rawPayload.toString('utf8');
    expect(xml).toContain('xmlns="urn:ihe:qrph:adx:2015"');
    expect(xml).toContain('<annotation>KP-1c &lt;propia&gt;</annotation>');
    expect(xml).toContain(`period="${month}-01/P1M"`);
  });

  it('XLSX: every indicator of the organization and the site, with its wording', async () => {
    const response = await coordinator.get(url('xlsx', `from=${month}&to=${month}&lang=en`));
    expect(response.statusCode, response.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.rowCount).toBe(1 + 4 * 2);
    expect(sheet.getRow(2).getCell(2).text).toBe('Own KP-1c');
    expect(sheet.getRow(6).getCell(3).text).toBe(SITE_NAME);
  });
});
