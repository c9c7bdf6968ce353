import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ApiSession } from './support/api-session';
import { ensureAdmin, FIRST_RUN, nextTotpCode } from './support/admin-account';
import { signInAdmin } from './support/admin-sign-in';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';
import { CapacityFrameworkPage, fill } from './pages/capacity-framework.page';

/**
 * Issue 6, the capacity framework: browse the standard framework (domains, items, four levels) at
 * 360 px, add an organization item, then — once a self-assessment has used version 1 — enable an
 * optional domain and see version 2 created, with version 1 kept as it was. Runs in an organization of
 * its own so that the assessments of the next browser tests start from an untouched framework.
 */
const ORG_NAME = 'Colectivo Marco de Prueba';
const ITEM = {
  statement: 'La organización tiene un fondo solidario para compañeras en crisis.',
  levels: [
    'No existe ningún fondo.',
    'Se hacen colectas cuando alguien lo necesita.',
    'Hay un fondo con reglas escritas.',
    'El fondo se repone cada mes y rinde cuentas en asamblea.',
  ] as [string, string, string, string],
};
const SHOTS = '/tmp/shots';
const cf = es.capacityFramework;

async function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(SHOTS, `6A-${name}-${size.width}.png`), fullPage: true });
  }
  await page.setViewportSize(PHONE);
}

describe('capacity framework', () => {
  let browser: BrowserSession;
  let api: ApiSession;
  let orgId: string;
  let framework: CapacityFrameworkPage;

  beforeAll(async () => {
    const admin = await ensureAdmin();
    browser = await openBrowser();
    api = new ApiSession(browser.baseUrl);
    await api.signIn(admin.username, admin.password, () => nextTotpCode(admin));
    const me = await api.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    const regionalId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
    orgId =
      me.memberships.find((m) => m.orgName === ORG_NAME)?.orgId ??
      (
        await api.request<{ id: string }>('POST', `/api/orgs/${regionalId}/network/organizations`, {
          name: ORG_NAME,
          countryCode: 'SV',
          level: 'national',
          firstAdmin: { kind: 'existing', username: admin.username },
        })
      ).id;
    await browser.page.setViewportSize(PHONE);
    await signInAdmin(browser.page, browser.baseUrl, admin);
    framework = new CapacityFrameworkPage(browser.page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('browses the standard framework at 360 px: six domains, optional domains off, four levels per item', async () => {
    const { page } = browser;
    await framework.open(`/o/${orgId}`, browser.baseUrl);
    expect(await page.locator('.cf-status__version').innerText()).toBe(fill(cf.version, { version: 1 }));
    await page.getByText(cf.statusEditable).waitFor();
    const summaries = page.locator('summary.cf-domain__summary');
    expect(await summaries.count()).toBe(12);
    expect(await page.locator('.cf-domain--off').count()).toBe(6);
    await framework.openDomain('Gobernanza');
    await framework.openItem('visión, una misión y una estrategia propias');
    await page.getByText(cf.level4).first().waitFor();
    await page.getByText('rechaza fondos que la desvían de ella').waitFor();
    // Nothing horizontal to scroll on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await shot(page, 'browse');
  });

  it('adds an organization item, in place while no assessment uses the version', async () => {
    const { page } = browser;
    const form = await framework.startItem('Movilización de recursos', ITEM);
    await form.scrollIntoViewIfNeeded();
    await shot(page, 'item-form');
    await form.getByRole('button', { name: cf.create, exact: true }).click();
    await framework.notice(fill(cf.saved, { version: 1 }));
    const added = page.locator('li.cf-item', { hasText: ITEM.statement });
    await added.getByText(cf.own, { exact: true }).waitFor();
    await framework.openItem(ITEM.statement);
    await added.getByText(ITEM.levels[3]).waitFor();
    await shot(page, 'item-added');
  });

  it('once an assessment uses version 1, enabling an optional domain creates version 2 and keeps version 1', async () => {
    const { page } = browser;
    // A self-assessment leaves its draft: the framework version it uses is frozen (6B's routes).
    const assessment = await api.request<{ id: string }>('POST', `/api/orgs/${orgId}/capacity/assessments`, {
      title: 'Autoevaluación de prueba del marco',
      heldOn: '2026-11-20',
      facilitator: 'Facilitadora de prueba',
      participants: [{ role: 'board', count: 3 }],
    });
    await api.request('POST', `/api/orgs/${orgId}/capacity/assessments/${assessment.id}/status`, {
      status: 'scoring',
    });
    await page.reload();
    await page.locator('.cf-status__version').waitFor();
    await page.getByText(cf.statusFrozen.split(' {{date}}')[0]!).waitFor();

    await framework.toggleDomain('Recursos humanos', true);
    await framework.notice(fill(cf.newVersionCreated, { version: 2, previous: 1 }));
    expect(await page.locator('.cf-status__version').innerText()).toBe(fill(cf.version, { version: 2 }));
    await page.getByText(fill(cf.changesTitle, { version: 1 })).waitFor();
    expect(await page.locator('.cf-changes').innerText()).toContain(
      fill(cf.changesEnabled_one, { count: 1 }),
    );
    expect(await page.locator('.cf-domain--off').count()).toBe(5);
    // The organization's item was carried into version 2 with the same key.
    await page.locator('li.cf-item', { hasText: ITEM.statement }).waitFor({ state: 'attached' });
    await shot(page, 'version-2');

    // Version 1 stays as the assessment scored it: human resources still off, read only.
    await framework.chooseVersion(1);
    await page.getByText(cf.statusOld).waitFor();
    expect(await page.locator('.cf-domain--off').count()).toBe(6);
    expect(await page.getByRole('button', { name: cf.addItem }).count()).toBe(0);
    await shot(page, 'version-1-read-only');
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
