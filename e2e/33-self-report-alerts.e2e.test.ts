import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ApiSession } from './support/api-session';
import { ensureAdmin, FIRST_RUN, nextTotpCode } from './support/admin-account';
import { LAPTOP, openBrowser, PHONE, type BrowserSession } from './support/browser-session';
import { HomePage } from './pages/home.page';
import { LoginPage } from './pages/login.page';
import { PasswordChangePage } from './pages/password-change.page';
import { ShellPage } from './pages/shell.page';

/** A coordinator: she manages the public link, answers reports and publishes alerts (no TOTP needed). */
const COORDINATOR = {
  username: 'marta.coordinadora',
  displayName: 'Marta Coordinadora',
  temporaryPassword: 'temporal-naranja-47',
  password: 'lirio-puente-tambor-52',
};

/** Synthetic report: no names, no addresses. */
const STORY = 'Dos policías me pararon en la terminal, me quitaron los condones y me pidieron dinero.';
const ANSWER = 'Hola. Podemos acompañarte a poner la denuncia. ¿Te sirve el martes a las 10?';
const SHOTS = '/tmp/shots';

/** Whole pages at phone and laptop size; the fixed bars are hidden so they do not land mid-page. */
async function shot(page: Page, name: string) {
  const bars = (visibility: string) =>
    page.locator('.topbar, .tabbar').evaluateAll((elements, value) => {
      for (const element of elements) (element as HTMLElement).style.visibility = value;
    }, visibility);
  await bars('hidden');
  for (const size of [PHONE, LAPTOP]) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    await page.screenshot({
      path: path.join(SHOTS, `5D-${name}-${size.width}x${size.height}.png`),
      fullPage: true,
    });
  }
  await bars('');
  await page.setViewportSize(PHONE);
}

describe('anonymous self-report and safety alerts', () => {
  let staff: BrowserSession;
  let reporter: BrowserSession;
  let orgPath: string;
  let link: string;
  let claimCode: string;

  beforeAll(async () => {
    const admin = await ensureAdmin();
    const api = new ApiSession((staff = await openBrowser()).baseUrl);
    await api.signIn(admin.username, admin.password, () => nextTotpCode(admin));
    const me = await api.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    const orgId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
    orgPath = `/o/${orgId}`;
    await api.request('POST', `/api/orgs/${orgId}/users`, {
      username: COORDINATOR.username,
      displayName: COORDINATOR.displayName,
      role: 'coordinator',
      temporaryPassword: COORDINATOR.temporaryPassword,
    });
    reporter = await openBrowser();
  });

  afterAll(async () => {
    await staff?.close();
    await reporter?.close();
  });

  it('a coordinator opens the public form and gets its link', async () => {
    const { page, baseUrl } = staff;
    await page.goto(`${baseUrl}/`);
    await new ShellPage(page).chooseLanguage('es');
    const login = new LoginPage(page);
    await login.waitVisible();
    await login.signIn(COORDINATOR.username, COORDINATOR.temporaryPassword);
    const change = new PasswordChangePage(page);
    await change.waitVisible();
    await change.change(COORDINATOR.temporaryPassword, COORDINATOR.password);
    await new HomePage(page).waitFor(FIRST_RUN.orgName);

    await page.goto(`${baseUrl}${orgPath}/self-reports`);
    await page.getByRole('heading', { name: es.selfReport.inbox.title, level: 1 }).waitFor();
    await page.getByRole('button', { name: es.selfReport.inbox.link.openAction, exact: true }).click();
    const address = page.getByLabel(es.selfReport.inbox.link.address);
    await address.waitFor();
    link = (await address.innerText()).trim();
    expect(link).toMatch(/\/r\/[A-Za-z0-9_-]{22}$/);
    await shot(page, 'inbox-link');
  });

  it('a reporter at 360 px tells what happened without an account and gets a claim code', async () => {
    const { page } = reporter;
    await page.setViewportSize(PHONE);
    await page.goto(link);
    await page
      .getByRole('heading', { name: es.selfReport.title.replace('{{organization}}', FIRST_RUN.orgName) })
      .waitFor();
    // Nothing about a session is asked for, and the quick exit is in view.
    await page.getByRole('button', { name: new RegExp(es.quickExit.button) }).waitFor();
    await shot(page, 'public-form');
    await page.getByLabel(es.selfReport.form.whatHappened).fill(STORY);
    await page.getByLabel(es.selfReport.acts.police_extortion).check();
    await page.getByLabel(es.selfReport.acts.condom_confiscation).check();
    await page.getByLabel(es.selfReport.form.areaText, { exact: true }).fill('Terminal de buses');
    await page.getByRole('button', { name: es.selfReport.form.send, exact: true }).click();
    const code = page.locator('.self-report__code');
    await code.waitFor();
    claimCode = (await code.innerText()).trim();
    expect(claimCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    await shot(page, 'public-claim-code');
    // Nothing of hers stays in the browser's storage, and no service worker was installed.
    const stored = await page.evaluate(async () => ({
      local: JSON.stringify(localStorage),
      session: JSON.stringify(sessionStorage),
      workers: (await navigator.serviceWorker?.getRegistrations())?.length ?? 0,
    }));
    expect(stored.local).not.toContain('policías');
    expect(stored.local).not.toContain(claimCode);
    expect(stored.session).toBe('{}');
    expect(stored.workers).toBe(0);
  });

  it('the coordinator reads it in the inbox and answers', async () => {
    const { page, baseUrl } = staff;
    await page.goto(`${baseUrl}${orgPath}/self-reports`);
    const list = page.getByRole('list', { name: es.selfReport.inbox.list.label });
    await list.waitFor();
    expect(await list.innerText()).not.toContain('policías'); // the list holds no text
    await shot(page, 'inbox-list');
    await list.getByRole('link').first().click();
    await page.getByText(STORY).waitFor();
    await page.getByRole('textbox', { name: es.selfReport.inbox.detail.reply }).fill(ANSWER);
    await page.getByRole('button', { name: es.selfReport.inbox.detail.send, exact: true }).click();
    await page.getByText(ANSWER).waitFor();
    await shot(page, 'inbox-detail');
  });

  it('the reporter comes back with her code and reads the answer', async () => {
    const { page } = reporter;
    await page.getByRole('button', { name: es.selfReport.receipt.open, exact: true }).click();
    const code = page.getByRole('textbox', { name: es.selfReport.claim.code });
    await code.fill(claimCode.toLowerCase());
    await page.getByRole('button', { name: es.selfReport.claim.open, exact: true }).click();
    await page.getByText(ANSWER).waitFor();
    await page.getByRole('heading', { name: es.selfReport.status.in_review }).waitFor();
    await page.getByRole('textbox', { name: es.selfReport.claim.write }).fill('Sí, el martes me sirve.');
    await page.getByRole('button', { name: es.selfReport.claim.send, exact: true }).click();
    await page.getByText(es.selfReport.claim.sent).waitFor();
    await shot(page, 'public-answer');
    expect(reporter.foreignRequests).toEqual([]);
    expect(reporter.cspViolations).toEqual([]);
  });

  it('the coordinator publishes a safety alert; the board and the home page show it', async () => {
    const { page, baseUrl } = staff;
    await page.goto(`${baseUrl}${orgPath}/alerts`);
    await page.getByRole('heading', { name: es.safetyAlerts.title, level: 1 }).waitFor();
    await page.getByRole('button', { name: es.safetyAlerts.new, exact: true }).click();
    const form = page.getByRole('form', { name: es.safetyAlerts.form.title });
    await form.getByLabel(es.safetyAlerts.kinds.police_operation).check();
    await form.getByLabel(es.safetyAlerts.form.alertTitle, { exact: true }).fill('Operativo en la terminal');
    await form
      .getByLabel(es.safetyAlerts.form.description, { exact: true })
      .fill('Viernes y sábado desde las 22 h: revisan bolsos y se llevan los condones.');
    await shot(page, 'alert-form');
    await form.getByRole('button', { name: es.safetyAlerts.form.publish, exact: true }).click();
    const board = page.getByRole('list', { name: es.safetyAlerts.board.label });
    await board.getByText('Operativo en la terminal').waitFor();
    await shot(page, 'alert-board');
    await page.goto(`${baseUrl}${orgPath}`);
    await page.getByText('Operativo en la terminal').waitFor();
    await shot(page, 'home-card');
    expect(staff.foreignRequests).toEqual([]);
    expect(staff.cspViolations).toEqual([]);
  });
});
