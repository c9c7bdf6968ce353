import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../src/i18n/en.json';
import es from '../src/i18n/es.json';
import ptBR from '../src/i18n/pt-BR.json';
import { ensureAdmin, FIRST_RUN, nextTotpCode } from './support/admin-account';
import { ApiSession } from './support/api-session';
import { openBrowser, type BrowserSession } from './support/browser-session';
import { HomePage } from './pages/home.page';
import { LoginPage } from './pages/login.page';
import { PasswordChangePage } from './pages/password-change.page';
import { ShellPage } from './pages/shell.page';

const COORDINATOR = {
  username: 'marta.coord',
  displayName: 'Marta',
  temporaryPassword: 'temporal-ciruela-42',
  password: 'mi-clave-nueva-del-barrio',
};

describe('language switch (c)', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function expectVisible(text: string): Promise<void> {
    await browser.page.getByText(text, { exact: true }).first().waitFor();
  }

  it('changes the visible interface es → pt-BR → en and remembers the choice on this device only', async () => {
    const { page, baseUrl } = browser;
    const shell = new ShellPage(page);
    await page.goto(`${baseUrl}/`);

    await shell.chooseLanguage('es');
    await shell.waitForHeading(es.login.title);
    await expectVisible(es.login.username);
    expect(await shell.quickExitButton(es.quickExit.button).count()).toBe(1);

    await shell.chooseLanguage('pt-BR');
    await expectVisible(ptBR.login.username);
    await expectVisible(ptBR.login.lead);
    expect(await shell.quickExitButton(ptBR.quickExit.button).count()).toBe(1);

    await shell.chooseLanguage('en');
    await shell.waitForHeading(en.login.title);
    await expectVisible(en.login.lead);
    expect(await shell.quickExitButton(en.quickExit.button).count()).toBe(1);

    // The server's messages follow the chosen language, not the browser's.
    await page.getByLabel(en.login.username, { exact: true }).fill('nobody');
    await page.getByLabel(en.login.password, { exact: true }).fill('wrong password');
    await page.getByRole('button', { name: en.login.submit, exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong username or password' }).waitFor();

    // Remembered across a reload; the language is the only thing in browser storage.
    await page.reload();
    await shell.waitForHeading(en.login.title);
    const storage = await page.evaluate(() => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    expect(storage).toEqual({ local: ['locale'], session: [] });
    await shell.chooseLanguage('es');
  });

  it('saves a choice made while signed in to the account (PATCH /api/me)', async () => {
    const { page, baseUrl } = browser;
    // A coordinator account, opened by the administrator with a temporary password.
    const admin = await ensureAdmin();
    const api = new ApiSession(baseUrl);
    await api.signIn(admin.username, admin.password, () => nextTotpCode(admin));
    const me = await api.request<{ memberships: { orgId: string; orgName: string }[] }>('GET', '/api/me');
    const orgId = me.memberships.find((m) => m.orgName === FIRST_RUN.orgName)!.orgId;
    await api.request('POST', `/api/orgs/${orgId}/users`, {
      username: COORDINATOR.username,
      displayName: COORDINATOR.displayName,
      role: 'coordinator',
      temporaryPassword: COORDINATOR.temporaryPassword,
    });

    const shell = new ShellPage(page);
    await page.goto(`${baseUrl}/`);
    const login = new LoginPage(page);
    await login.waitVisible();
    await login.signIn(COORDINATOR.username, COORDINATOR.temporaryPassword);
    const passwordChange = new PasswordChangePage(page);
    await passwordChange.waitVisible();
    await browser.snap('extra-password-change');
    await passwordChange.change(COORDINATOR.temporaryPassword, COORDINATOR.password);
    await new HomePage(page).waitFor(FIRST_RUN.orgName);
    await shell.navLink(es.nav.home).waitFor();

    const patched = page.waitForResponse(
      (r) => r.url().endsWith('/api/me') && r.request().method() === 'PATCH',
    );
    await shell.chooseLanguage('pt-BR');
    expect((await patched).status()).toBe(200);
    await shell.navLink(ptBR.nav.home).waitFor();
    const account = await (await page.request.get(`${baseUrl}/api/me`)).json();
    expect(account.user.locale).toBe('pt-BR');

    await shell.chooseLanguage('en');
    await shell.navLink(en.nav.home).waitFor();
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
