import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { buildUic, UIC_RECIPES } from '../src/domain/uic';
import { ApiSession } from './support/api-session';
import { ensureAdmin, FIRST_RUN, nextTotpCode } from './support/admin-account';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';
import { LoginPage } from './pages/login.page';
import { ShellPage } from './pages/shell.page';

/** Synthetic organization, place and people (never real data). */
const SITE = 'Bar Secreto Compartir E2E';
const PEOPLE = 14;
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
      path: path.join(SHOTS, `47-${name}-${size.width}x${size.height}.png`),
      fullPage: true,
    });
    await bars('');
  }
  await page.setViewportSize(PHONE);
}

describe('sharing coverage with the network', () => {
  let browser: BrowserSession;
  let orgId: string;
  const month = new Date().toISOString().slice(0, 7);
  const user = {
    username: `coord.compartir.${Date.now().toString(36)}`,
    password: 'girasol-tormenta-brujula-47',
  };

  beforeAll(async () => {
    const admin = await ensureAdmin();
    browser = await openBrowser();
    const api = new ApiSession(browser.baseUrl);
    await api.signIn(admin.username, admin.password, () => nextTotpCode(admin));
    const me = await api.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    const regionalId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
    orgId = (
      await api.request<{ id: string }>('POST', `/api/orgs/${regionalId}/network/organizations`, {
        name: `Colectivo Compartir ${Date.now().toString(36)}`,
        countryCode: 'BO',
        level: 'national',
        firstAdmin: { kind: 'existing', username: admin.username },
      })
    ).id;
    const base = `/api/orgs/${orgId}`;
    const country = await api.request<{ id: string }>('POST', `${base}/areas`, {
      level: 'country',
      name: 'Bolivia',
      countryCode: 'BO',
    });
    const province = await api.request<{ id: string }>('POST', `${base}/areas`, {
      level: 'province',
      name: 'La Paz',
      parentId: country.id,
    });
    const town = await api.request<{ id: string }>('POST', `${base}/areas`, {
      level: 'municipality',
      name: 'El Alto',
      parentId: province.id,
    });
    const site = await api.request<{ id: string }>('POST', `${base}/sites`, {
      areaId: town.id,
      name: SITE,
      typology: 'venue',
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
      'Mara',
      'Nora',
    ];
    for (let i = 0; i < PEOPLE; i++) {
      const uic = buildUic(UIC_RECIPES.default, {
        motherFirstName: names[i]!,
        fatherFirstName: 'Compartida',
        birthDate: `198${i % 10}-0${1 + (i % 9)}-2${i % 8}`,
      });
      const member = await api.request<{ id: string }>('POST', `${base}/members`, {
        uic: { recipeId: 'default', ...uic },
        ageBand: '25_34',
        genderIdentity: 'woman',
      });
      await api.request('POST', `${base}/contacts`, {
        memberId: member.id,
        siteId: i < 11 ? site.id : null,
        contactedOn: new Date().toISOString().slice(0, 10),
        condoms: 20,
        lubricant: 4,
        infoTopics: ['hiv_prevention'],
      });
    }
    await api.request('POST', `${base}/users`, {
      username: user.username,
      displayName: 'Coordinadora Compartir',
      role: 'coordinator',
      temporaryPassword: 'temporal-mandarina-47',
    });
    const own = new ApiSession(browser.baseUrl);
    await own.signIn(user.username, 'temporal-mandarina-47');
    await own.request('POST', '/api/me/password', {
      currentPassword: 'temporal-mandarina-47',
      newPassword: user.password,
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a coordinator previews exactly what is shared, approves it and can withdraw it', async () => {
    const { page, baseUrl } = browser;
    await page.setViewportSize(PHONE);
    await page.goto(`${baseUrl}/`);
    await new ShellPage(page).chooseLanguage('es');
    const login = new LoginPage(page);
    await login.waitVisible();
    await login.signIn(user.username, user.password);
    await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
    await page.goto(`${baseUrl}/o/${orgId}/coverage-sharing`);
    await page.getByRole('heading', { name: es.coverageShares.title, level: 1 }).waitFor();
    await page.getByLabel(es.coverageShares.fromMonth, { exact: true }).fill(month);
    await page.getByLabel(es.coverageShares.toMonth, { exact: true }).fill(month);
    await page.getByRole('button', { name: es.coverageShares.preview, exact: true }).click();
    const preview = page.getByRole('region', { name: es.coverageShares.previewTitle });
    await preview.getByRole('heading', { name: es.coverageShares.previewTitle }).waitFor();
    const totals = preview
      .getByRole('row', { name: new RegExp(`^${es.coverageShares.metrics.reached}`) })
      .first();
    await expect(totals.textContent()).resolves.toContain(String(PEOPLE));
    // The site is named by municipality and type; 3 people without a site show as "<11".
    await expect(preview.getByText(SITE).count()).resolves.toBe(0);
    await expect(preview.getByText('El Alto · Bar o local 1').count()).resolves.toBeGreaterThan(0);
    await expect(preview.textContent()).resolves.toContain('<11');
    await shot(page, 'preview');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('button', { name: es.coverageShares.approve, exact: true }).click();
    await page.getByText(es.coverageShares.approved).waitFor();
    await page.getByText(es.coverageShares.active, { exact: true }).waitFor();
    await shot(page, 'approved');
    await page.getByRole('button', { name: es.coverageShares.withdraw, exact: true }).click();
    await page.getByRole('button', { name: es.coverageShares.withdraw, exact: true }).last().click();
    await expect.poll(() => page.getByText(es.coverageShares.active, { exact: true }).count()).toBe(0);
  });
});
