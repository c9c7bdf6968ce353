import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ApiSession } from './support/api-session';
import { ensureAdmin, FIRST_RUN, nextTotpCode } from './support/admin-account';
import { signInAdmin } from './support/admin-sign-in';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';

/** Synthetic grant and organizations (names from the seed's network). */
const GRANT = {
  funder: 'Fondo Mujeres del Sur',
  title: 'Promotoras de salud 2026',
  amount: '48000',
  currency: 'USD',
};
const NATIONAL = ['Fundación Twiggy', 'Flor de Azalea', 'APROASE'];
const SHOTS = '/tmp/shots';
/** Synthetic consensus scores per domain of the three organizations. */
const ASSESSMENTS: Record<string, 1 | 2 | 3 | 4>[] = [
  {
    governance: 4,
    project_management: 3,
    resource_mobilization: 2,
    networking: 3,
    government_engagement: 2,
    ngo_engagement: 3,
  },
  {
    governance: 2,
    project_management: 2,
    resource_mobilization: 1,
    networking: 4,
    government_engagement: 2,
    ngo_engagement: 2,
  },
  {
    governance: 3,
    project_management: 4,
    resource_mobilization: 4,
    networking: 2,
    government_engagement: 1,
    ngo_engagement: 3,
  },
];

async function shot(page: Page, name: string) {
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({
      path: path.join(SHOTS, `6D-${name}-${size.width}x${size.height}.png`),
      fullPage: true,
    });
  }
  await page.setViewportSize(PHONE);
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** A completed self-assessment through the assessments API: every item of a domain gets the given score. */
async function completeAssessment(api: ApiSession, orgId: string, scores: Record<string, 1 | 2 | 3 | 4>) {
  const base = `/api/orgs/${orgId}/capacity/assessments`;
  const created = await api.request<{ id: string }>('POST', base, {
    title: 'Autoevaluación anual',
    heldOn: day(-20),
    facilitator: 'Coordinadora',
    participants: [{ role: 'staff', count: 4 }],
  });
  const url = `${base}/${created.id}`;
  await api.request('POST', `${url}/status`, { status: 'consensus' });
  const detail = await api.request<{ domains: { key: string; items: { id: string }[] }[] }>('GET', url);
  for (const domain of detail.domains)
    for (const item of domain.items)
      await api.request('PUT', `${url}/consensus/${item.id}`, { score: scores[domain.key] ?? null });
  await api.request('POST', `${url}/status`, { status: 'completed' });
}

describe('grants with a report due soon, and the network capacity view', () => {
  let browser: BrowserSession;
  let regionalId: string;
  const nationalIds: string[] = [];

  beforeAll(async () => {
    const admin = await ensureAdmin();
    browser = await openBrowser();
    const api = new ApiSession(browser.baseUrl);
    await api.signIn(admin.username, admin.password, () => nextTotpCode(admin));
    const me = await api.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    regionalId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
    // Three member organizations, each administered by her too; each consents and asks for help.
    for (const [index, name] of NATIONAL.entries()) {
      const existing = me.memberships.find((m) => m.orgName === name);
      const org =
        existing ??
        (await api.request<{ id: string }>('POST', `/api/orgs/${regionalId}/network/organizations`, {
          name,
          countryCode: ['CO', 'EC', 'MX'][index],
          level: 'national',
          firstAdmin: { kind: 'existing', username: admin.username },
        }));
      const orgId = 'orgId' in org ? (org as { orgId: string }).orgId : org.id;
      nationalIds.push(orgId);
      await api.request('PUT', `/api/orgs/${orgId}/capacity/sharing`, {
        shareScores: true,
        shareTaRequests: true,
      });
      if (!existing) await completeAssessment(api, orgId, ASSESSMENTS[index]!);
      await api.request('POST', `/api/orgs/${orgId}/capacity/ta-requests`, {
        domainKey: index === 0 ? 'governance' : 'resource_mobilization',
        description: 'Apoyo para escribir propuestas (texto interno)',
      });
    }
    await signInAdmin(browser.page, browser.baseUrl, admin);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('records a grant with a report due in 10 days at 360 px, and the home page shows it', async () => {
    const { page, baseUrl } = browser;
    await page.setViewportSize(PHONE);
    const orgPath = `/o/${nationalIds[0]}`;
    await page.goto(`${baseUrl}${orgPath}/grants`);
    await page.getByRole('heading', { name: es.grants.title, level: 1 }).waitFor();
    await page.getByRole('button', { name: es.grants.list.new, exact: true }).click();
    const form = page.getByRole('form', { name: es.grants.form.title });
    await form.getByLabel(es.grants.form.funder, { exact: true }).fill(GRANT.funder);
    await form.getByLabel(es.grants.form.grantTitle, { exact: true }).fill(GRANT.title);
    await form.getByLabel(es.grants.form.amount, { exact: true }).fill(GRANT.amount);
    await form.getByLabel(es.grants.form.currency, { exact: true }).fill(GRANT.currency);
    await form.getByLabel(es.grants.form.startsOn, { exact: true }).fill(day(-60));
    await form.getByLabel(es.grants.form.endsOn, { exact: true }).fill(day(300));
    await form.getByLabel(es.grants.form.firstReport, { exact: true }).fill(day(10));
    await shot(page, 'grant-form');
    await form.getByRole('button', { name: es.grants.form.create, exact: true }).click();
    await page.getByText(es.grants.list.created.replace('{{title}}', GRANT.title)).waitFor();
    // The amount is formatted by Intl in its own currency.
    await expect.poll(() => page.locator('.grants-item').first().innerText()).toMatch(/48[.,\s ]?000/);
    await page.getByText(es.grants.reportStates.due_soon).first().waitFor();
    await shot(page, 'grants');

    await page.goto(`${baseUrl}${orgPath}`);
    const card = page.getByRole('region', { name: es.grants.card.title.replace('{{count}}', '1') });
    await card.waitFor();
    expect(await card.innerText()).toContain(GRANT.title);
    await shot(page, 'home-card');

    // Pipeline and fees tabs render.
    await page.goto(`${baseUrl}${orgPath}/grants`);
    await page.getByRole('tab', { name: es.grants.tabs.pipeline }).click();
    await page.getByRole('button', { name: es.grants.pipeline.new, exact: true }).waitFor();
    await page.getByRole('tab', { name: es.grants.tabs.fees }).click();
    await page.getByText(es.grants.fees.principle).waitFor();
    await shot(page, 'fees');
  });

  it('the organization consents to share on its own page', async () => {
    const { page, baseUrl } = browser;
    await page.goto(`${baseUrl}/o/${nationalIds[1]}/capacity-sharing`);
    await page.getByRole('heading', { name: es.capacityNetwork.sharing.title, level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel(es.capacityNetwork.sharing.shareScores).isChecked()).toBe(true);
    await page.getByText(es.capacityNetwork.domains.resource_mobilization).first().waitFor();
    await shot(page, 'sharing');
  });

  it('the regional secretariat sees requests by domain and who asks, never the request text', async () => {
    const { page, baseUrl } = browser;
    await page.goto(`${baseUrl}/o/${regionalId}/capacity-network`);
    await page.getByRole('heading', { name: es.capacityNetwork.title, level: 1 }).waitFor();
    const domain = page.getByRole('listitem', { name: es.capacityNetwork.domains.resource_mobilization });
    await domain.waitFor();
    const text = await domain.innerText();
    expect(text).toContain('Flor de Azalea');
    expect(text).toContain('APROASE');
    // Three organizations shared completed assessments: the distribution shows, and the strong one is named.
    const governance = page.getByRole('listitem', { name: es.capacityNetwork.domains.governance });
    await governance.getByRole('table').waitFor();
    expect(await governance.innerText()).toContain('Fundación Twiggy');
    expect(await page.locator('main').innerText()).not.toContain('texto interno');
    await shot(page, 'network');
  });
});
