import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { totpCode, totpStep } from '../src/server/platform/auth/totp';
import { ensureAdmin, FIRST_RUN, nextTotpCode, type AdminState } from './support/admin-account';
import { signInAdmin } from './support/admin-sign-in';
import { ApiSession } from './support/api-session';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';

const SHOTS = '/tmp/shots';
/** Planted in every case: must never appear on the dashboard or in an export. */
const NARRATIVE = `Relato-de-prueba-${Date.now()}: la detuvieron y le pidieron dinero.`;

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  // The fixed bars are hidden for the stitched full page (through the CSSOM: the CSP refuses inline styles).
  const bars = (visibility: string) =>
    page.locator('.topbar, .tabbar').evaluateAll((elements, value) => {
      for (const element of elements) (element as HTMLElement).style.visibility = value;
    }, visibility);
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200);
    await bars('hidden');
    await page.screenshot({
      path: path.join(SHOTS, `5C-${name}-${size.width}x${size.height}.png`),
      fullPage: true,
    });
    await bars('');
  }
  await page.setViewportSize(PHONE);
}

/** A paralegal account with its second factor, to document cases through the API. */
async function paralegalSession(baseUrl: string, admin: ApiSession, orgId: string): Promise<ApiSession> {
  const username = `marta.analisis.${Date.now().toString(36)}`;
  await admin.request('POST', `/api/orgs/${orgId}/users`, {
    username,
    displayName: 'Marta Paralegal',
    role: 'paralegal',
    temporaryPassword: 'temporal-mandarina-41',
  });
  const own = new ApiSession(baseUrl);
  await own.signIn(username, 'temporal-mandarina-41');
  const setup = await own.request<{ secret: string }>('POST', '/api/me/totp/setup');
  await own.request('POST', '/api/me/totp/enable', { code: totpCode(setup.secret, totpStep(new Date())) });
  await own.request('POST', '/api/me/password', {
    currentPassword: 'temporal-mandarina-41',
    newPassword: 'girasol-tormenta-brujula-83',
  });
  return own;
}

describe('case analysis dashboard', () => {
  let browser: BrowserSession;
  let adminState: AdminState;
  let orgId: string;

  beforeAll(async () => {
    adminState = await ensureAdmin();
    browser = await openBrowser();
    const admin = new ApiSession(browser.baseUrl);
    await admin.signIn(adminState.username, adminState.password, () => nextTotpCode(adminState));
    const me = await admin.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    orgId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
    const paralegal = await paralegalSession(browser.baseUrl, admin, orgId);
    // 13 consented cases: 12 police extortion, 1 threat.
    for (let i = 0; i < 13; i++) {
      await paralegal.request('POST', `/api/orgs/${orgId}/cases`, {
        consents: { record: true, follow_up: true, advocacy_anonymized: true, network_share: i % 2 === 0 },
        occurredOn: `2026-10-${String(1 + i).padStart(2, '0')}`,
        locationType: i < 9 ? 'street' : 'police_station',
        acts: [{ actType: i < 12 ? 'police_extortion' : 'threats' }],
        victims: [{ anonymousCount: 1 }],
        perpetrators: [{ perpetratorType: i < 11 ? 'police' : 'client' }],
        narrative: NARRATIVE,
      });
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows suppressed charts with a table view, and exports without any narrative', async () => {
    const { page, baseUrl } = browser;
    await page.setViewportSize(PHONE);
    const orgPath = await signInAdmin(page, baseUrl, adminState);
    await page.goto(`${baseUrl}${orgPath}/case-analysis`);
    await page.getByRole('heading', { name: es.caseAnalysis.title, level: 1 }).waitFor();
    const total = Number(await page.getByTestId('analysis-cases').textContent());
    expect(total).toBeGreaterThanOrEqual(13);
    await expect(page.getByText(NARRATIVE).count()).resolves.toBe(0);

    const acts = page.locator('figure.bars').filter({ hasText: es.caseAnalysis.dimensions.act_type }).first();
    await acts.locator('svg[role="img"]').waitFor();
    const label = await acts.locator('svg[role="img"]').getAttribute('aria-label');
    expect(label).toContain('Extorsión o soborno policial');
    expect(label).toMatch(/Amenazas <11/);
    await shot(page, 'dashboard-chart');

    await acts.getByRole('button', { name: es.caseAnalysis.table, exact: true }).click();
    const table = acts.locator('table');
    await table.waitFor();
    await expect(table.getByRole('row', { name: /Amenazas/ }).textContent()).resolves.toContain('<11');
    await acts.scrollIntoViewIfNeeded();
    await shot(page, 'dashboard-table');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);

    // The period filter takes whole months only (day bounds could single out one case).
    const fromField = page.getByLabel(es.caseAnalysis.fromMonth, { exact: true });
    await expect(fromField.getAttribute('type')).resolves.toBe('month');
    await fromField.fill('2026-10');
    await page.getByLabel(es.caseAnalysis.toMonth, { exact: true }).fill('2026-10');
    await page.getByRole('button', { name: es.caseAnalysis.apply, exact: true }).click();
    const csvLink = page.getByRole('link', { name: es.caseAnalysis.exportCsv, exact: true });
    await expect.poll(() => csvLink.getAttribute('href')).toContain('from=2026-10&to=2026-10');
    expect(Number(await page.getByTestId('analysis-cases').textContent())).toBeGreaterThanOrEqual(13);
    await page.getByText(es.caseAnalysis.monthsNote).waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: es.caseAnalysis.exportCsv, exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^analisis-casos-.*\.csv$/);
    const csv = fs.readFileSync(await download.path(), 'utf8');
    expect(csv).toContain('Extorsión o soborno policial');
    expect(csv).toContain('<11');
    expect(csv).not.toContain(NARRATIVE);
    expect(csv).not.toMatch(/C-\d{4}-\d{4}/);

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: es.caseAnalysis.exportPdf, exact: true }).click(),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      fs
        .readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
  });

  it('lists structural barriers and records a new one', async () => {
    const { page, baseUrl } = browser;
    const orgPath = /\/o\/[0-9a-f-]{36}/.exec(page.url())![0];
    await page.goto(`${baseUrl}${orgPath}/barriers`);
    await page.getByRole('heading', { name: es.barriers.title, level: 1 }).waitFor();
    await page.getByRole('button', { name: es.barriers.new, exact: true }).click();
    await page.getByLabel(es.barriers.titleField).fill('Ordenanza de convivencia, art. 8');
    await page
      .getByLabel(es.barriers.descriptionField)
      .fill('Multas por «ofrecer servicios» en la vía pública.');
    await page.getByRole('button', { name: es.barriers.save, exact: true }).click();
    await page.getByText(es.barriers.saved).waitFor();
    await page.getByText('Ordenanza de convivencia, art. 8').waitFor();
    await shot(page, 'barriers');
  });
});
