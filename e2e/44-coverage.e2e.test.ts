import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { formatDisplayCode } from '../src/domain/members';
import { buildUic, UIC_RECIPES } from '../src/domain/uic';
import { ApiSession } from './support/api-session';
import { ensureAdmin, FIRST_RUN, nextTotpCode } from './support/admin-account';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';
import { CoveragePage } from './pages/coverage.page';
import { LoginPage } from './pages/login.page';
import { ShellPage } from './pages/shell.page';

/** Synthetic organization, places and people (never real data). */
const ORG = 'Colectivo Cobertura E2E';
const GROUP = 'Grupo Centro E2E';
const SITE = 'Parque Cobertura E2E';
const PEOPLE = 12;
const SHOTS = path.join(path.dirname(new URL(import.meta.url).pathname), 'screenshots');

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  const bars = (visibility: string) =>
    page.locator('.topbar, .tabbar').evaluateAll((elements, value) => {
      for (const element of elements) (element as HTMLElement).style.visibility = value;
    }, visibility);
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200);
    await bars('hidden');
    await page.screenshot({
      path: path.join(SHOTS, `44-${name}-${size.width}x${size.height}.png`),
      fullPage: true,
    });
    await bars('');
  }
  await page.setViewportSize(PHONE);
}

/** A new account with a permanent password (no second factor: coordinators and analysts need none). */
async function account(baseUrl: string, admin: ApiSession, orgId: string, role: string) {
  const username = `${role}.cobertura.${Date.now().toString(36)}`;
  await admin.request('POST', `/api/orgs/${orgId}/users`, {
    username,
    displayName: `Cuenta ${role}`,
    role,
    temporaryPassword: 'temporal-mandarina-44',
  });
  const own = new ApiSession(baseUrl);
  await own.signIn(username, 'temporal-mandarina-44');
  await own.request('POST', '/api/me/password', {
    currentPassword: 'temporal-mandarina-44',
    newPassword: 'girasol-tormenta-brujula-44',
  });
  return { username, password: 'girasol-tormenta-brujula-44' };
}

async function signIn(page: Page, baseUrl: string, user: { username: string; password: string }) {
  await page.context().clearCookies();
  await page.goto(`${baseUrl}/`);
  await new ShellPage(page).chooseLanguage('es');
  const login = new LoginPage(page);
  await login.waitVisible();
  await login.signIn(user.username, user.password);
  await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
}

describe('coverage dashboard, exports and the regional view', () => {
  let browser: BrowserSession;
  let regionalId: string;
  let orgId: string;
  let siteId: string;
  const codes: string[] = [];
  const today = new Date().toISOString().slice(0, 10);
  const month = today.slice(0, 7);

  beforeAll(async () => {
    const admin = await ensureAdmin();
    browser = await openBrowser();
    const api = new ApiSession(browser.baseUrl);
    await api.signIn(admin.username, admin.password, () => nextTotpCode(admin));
    const me = await api.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    regionalId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
    const org = await api.request<{ id: string }>('POST', `/api/orgs/${regionalId}/network/organizations`, {
      name: `${ORG} ${Date.now().toString(36)}`,
      countryCode: 'PE',
      level: 'national',
      firstAdmin: { kind: 'existing', username: admin.username },
    });
    orgId = org.id;
    const base = `/api/orgs/${orgId}`;
    const group = await api.request<{ id: string }>('POST', `${base}/local-groups`, { name: GROUP });
    const country = await api.request<{ id: string }>('POST', `${base}/areas`, {
      level: 'country',
      name: 'Perú',
      countryCode: 'PE',
    });
    const province = await api.request<{ id: string }>('POST', `${base}/areas`, {
      level: 'province',
      name: 'Lima',
      parentId: country.id,
    });
    const town = await api.request<{ id: string }>('POST', `${base}/areas`, {
      level: 'municipality',
      name: 'Cercado',
      parentId: province.id,
    });
    const site = await api.request<{ id: string }>('POST', `${base}/sites`, {
      areaId: town.id,
      name: SITE,
      typology: 'street',
      localGroupId: group.id,
    });
    siteId = site.id;
    await api.request('POST', `${base}/sites/${siteId}/estimates`, {
      low: 30,
      point: 40,
      high: 60,
      method: 'mapping',
      estimatedOn: today,
    });
    const names = [
      'Ana',
      'Bea',
      'Carla',
      'Dora',
      'Eva',
      'Fabi',
      'Gina',
      'Hilda',
      'Inés',
      'Juana',
      'Kira',
      'Lola',
    ];
    for (let i = 0; i < PEOPLE; i++) {
      const uic = buildUic(UIC_RECIPES.default, {
        motherFirstName: names[i]!,
        fatherFirstName: 'Coberto',
        birthDate: `199${i % 10}-0${1 + (i % 9)}-1${i % 10}`,
      });
      const member = await api.request<{ id: string; displayCode: string }>('POST', `${base}/members`, {
        uic: { recipeId: 'default', ...uic },
        ageBand: '25_34',
        genderIdentity: 'woman',
      });
      codes.push(member.displayCode, formatDisplayCode(member.displayCode));
      await api.request('POST', `${base}/contacts`, {
        memberId: member.id,
        siteId,
        contactedOn: today,
        condoms: 20,
        lubricant: 4,
        infoTopics: ['hiv_prevention'],
        referrals: i < 4 ? [{ service: 'hiv_test', facilityType: 'public' }] : [],
      });
    }
    // The organization publishes this month's coverage to the network (what it approves is what is shared).
    const preview = await api.request<{ previewDigest: string }>(
      'GET',
      `${base}/coverage-shares/preview?periodStart=${month}&periodEnd=${month}`,
    );
    await api.request('POST', `${base}/coverage-shares`, {
      periodStart: month,
      periodEnd: month,
      previewDigest: preview.previewDigest,
    });
    const coordinator = await account(browser.baseUrl, api, orgId, 'coordinator');
    await signIn(browser.page, browser.baseUrl, coordinator);
    analyst = await account(browser.baseUrl, api, regionalId, 'network_analyst');
  });
  let analyst: { username: string; password: string };

  afterAll(async () => {
    await browser?.close();
  });

  it('a coordinator drills down to a site and exports the dashboard as XLSX', async () => {
    const { page, baseUrl } = browser;
    const coverage = new CoveragePage(page);
    await page.setViewportSize(PHONE);
    await coverage.open(baseUrl, orgId);
    await expect.poll(() => coverage.stat('reached').textContent()).toBe(String(PEOPLE));
    await shot(page, 'organization');

    await coverage.drillInto(GROUP);
    expect(page.url()).toMatch(/\/coverage\/groups\/[0-9a-f-]{36}\?from=/);
    await coverage.drillInto(SITE);
    expect(page.url()).toContain(`/coverage/sites/${siteId}?from=`);
    await page.getByRole('navigation', { name: es.coverageDashboard.drillDown }).getByText(SITE).waitFor();
    // 12 reached with the package of 40 estimated (30–60): 30 %, range 20–40 %.
    await expect.poll(() => coverage.stat('coverage').textContent()).toMatch(/^30\s?%$/);
    const byUnit = coverage.figure('Cobertura por Punto');
    await byUnit.locator('svg[role="img"]').waitFor();
    await shot(page, 'site');
    const table = await coverage.showTable(byUnit);
    await expect(table.getByRole('row', { name: new RegExp(SITE) }).textContent()).resolves.toMatch(/40\s?%/);
    await byUnit.scrollIntoViewIfNeeded();
    await shot(page, 'site-table');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      coverage.exportLink(es.coverageDashboard.exports.xlsx).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^cobertura-.*\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Resumen',
      'Por unidad',
      'Tendencia',
      'Derivaciones',
      'Servicios',
    ]);
    const summary = workbook.getWorksheet('Resumen')!;
    expect(summary.getRow(2).values).toEqual([undefined, 'Personas alcanzadas', PEOPLE]);
    const units = workbook.getWorksheet('Por unidad')!;
    expect(units.getRow(2).getCell(1).text).toBe(SITE);
    expect(units.getRow(2).getCell(3).value).toBe(PEOPLE);
    const cascade = workbook.getWorksheet('Derivaciones')!;
    expect(cascade.getRow(2).values).toEqual([undefined, 'Derivaciones hechas', 4]);
    const cells: string[] = [];
    workbook.eachSheet((s) => s.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
    for (const code of codes) expect(cells).not.toContain(code);
  });

  it('a coordinator maps KP-1c to a DHIS2 data element; a malformed UID is refused', async () => {
    const { page } = browser;
    await page.getByRole('link', { name: es.coverageDashboard.settingsLink, exact: true }).click();
    await page.getByRole('heading', { name: es.coverageDashboard.settings.title, level: 1 }).waitFor();
    const element = page.getByLabel(
      es.coverageDashboard.settings.dataElement.replace('{{code}}', 'GF_KP_1c'),
      {
        exact: true,
      },
    );
    await element.fill('1bad');
    await page.getByRole('button', { name: es.coverageDashboard.settings.save, exact: true }).click();
    await expect.poll(() => element.getAttribute('aria-invalid')).toBe('true');
    await element.fill('DeKp1cAAAAA');
    await page.getByLabel(`${SITE}`, { exact: true }).fill('OuSite00001');
    await page.getByRole('button', { name: es.coverageDashboard.settings.save, exact: true }).click();
    await page.getByText(es.coverageDashboard.settings.saved, { exact: true }).waitFor();
    await shot(page, 'settings');
  });

  it('a network analyst sees countries side by side and no individual record', async () => {
    const { page, baseUrl } = browser;
    await signIn(page, baseUrl, analyst);
    const coverage = new CoveragePage(page);
    await coverage.openRegional(baseUrl, regionalId);
    const countries = coverage.figure(es.coverageDashboard.regional.countries);
    await countries.locator('svg[role="img"]').waitFor();
    await expect(countries.locator('svg[role="img"]').getAttribute('aria-label')).resolves.toContain('Perú');
    await shot(page, 'regional');
    await page.getByRole('link', { name: 'Perú', exact: true }).click();
    await page.getByRole('heading', { name: 'Perú', level: 1 }).waitFor();
    await page
      .getByRole('region', { name: es.coverageDashboard.regional.openOrganization })
      .getByRole('link')
      .first()
      .click();
    await page.getByRole('heading', { name: new RegExp(ORG), level: 1 }).waitFor();
    const bySite = coverage.figure(es.coverageDashboard.regional.bySite);
    await bySite.waitFor();
    await expect(bySite.locator('svg[role="img"]').getAttribute('aria-label')).resolves.toContain('Cercado');
    await shot(page, 'regional-share');
    const text = await page.locator('body').innerText();
    expect(text).not.toContain(SITE);
    expect(text).not.toContain(GROUP);
    for (const code of codes) expect(text).not.toContain(code);
    // The organization's own dashboard is not hers.
    await page.goto(`${baseUrl}/o/${regionalId}/coverage`);
    await page.getByRole('heading', { name: es.notFound.title, level: 1 }).waitFor();
    await expect(page.getByTestId('coverage-stat-reached').count()).resolves.toBe(0);
  });
});
