import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ensureAdmin, FIRST_RUN, nextTotpCode, type AdminState } from './support/admin-account';
import { ApiSession } from './support/api-session';
import { signInAdmin } from './support/admin-sign-in';
import { openBrowser, type BrowserSession } from './support/browser-session';

describe('supplies and referral follow-up at 360 px', () => {
  let browser: BrowserSession;
  let admin: AdminState;
  let api: ApiSession;
  let orgId: string;

  beforeAll(async () => {
    admin = await ensureAdmin();
    browser = await openBrowser();
    api = new ApiSession(browser.baseUrl);
    await api.signIn(admin.username, admin.password, () => nextTotpCode(admin));
    const me = await api.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    orgId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('creates a stock point, records a receipt, shows what contacts gave out; follows a referral to its result', async () => {
    const { page, baseUrl } = browser;
    await signInAdmin(page, baseUrl, admin);

    await page.goto(`${baseUrl}/o/${orgId}/stock`);
    await page.getByRole('button', { name: es.stock.create.title }).click();
    await page.getByLabel(es.stock.create.name, { exact: true }).fill('Casa Norte');
    await page.getByRole('button', { name: es.stock.create.submit }).click();
    await page.getByText(es.stock.create.created).waitFor();
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Casa Norte' }) });
    await card.getByRole('button', { name: es.stock.open }).click();
    await card.getByLabel(es.stock.receipt.quantity, { exact: true }).fill('100');
    await card.getByRole('button', { name: es.stock.receipt.submit }).click();
    await card.getByText(es.stock.receipt.saved).waitFor();
    await card.getByRole('button', { name: es.stock.edit.submit }).click();
    await card.getByText(es.stock.edit.saved).waitFor();
    await browser.snap('stock-detail');

    // A contact recorded against the point gives 30 condoms out of it, with a referral to follow.
    const { stockPoints } = await api.request<{ stockPoints: { id: string; name: string }[] }>(
      'GET',
      `/api/orgs/${orgId}/stock-points`,
    );
    const point = stockPoints.find((p) => p.name === 'Casa Norte')!;
    await api.request('POST', `/api/orgs/${orgId}/contacts`, {
      contactedOn: new Date().toISOString().slice(0, 10),
      anonymousCount: 2,
      condoms: 30,
      stockPointId: point.id,
      referrals: [{ service: 'pep', facilityType: 'community' }],
    });
    await page.reload();
    const condoms = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Casa Norte' }) })
      .getByRole('listitem')
      .filter({ hasText: es.stock.items.condoms });
    await expect
      .poll(async () => await condoms.innerText())
      .toMatch(/Recibido\s+100\s+Entregado\s+30\s+Saldo\s+70/);
    await browser.snap('stock');

    await page.goto(`${baseUrl}/o/${orgId}/referrals`);
    const steps = page.getByRole('group', { name: `Seguimiento de ${es.contacts.services.pep}` });
    await steps.getByRole('button', { name: es.contacts.referrals.markAttended, exact: true }).click();
    await page.getByRole('button', { name: es.contacts.referrals.save }).click();
    await page.getByText(es.contacts.referrals.saved).waitFor();
    await steps.getByRole('button', { name: es.contacts.referrals.recordResult }).click();
    await page.getByLabel(es.contacts.results.result_known).check();
    await browser.snap('referral-result');
    await page.getByRole('button', { name: es.contacts.referrals.save }).click();
    await expect.poll(async () => await page.getByText(es.contacts.referralStatus.result).count()).toBe(1);
    await page.reload();
    await page.getByRole('heading', { name: es.contacts.referrals.title }).waitFor();
    await expect.poll(async () => await steps.count()).toBe(0); // no longer open
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
