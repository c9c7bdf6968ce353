import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ensureAdmin, FIRST_RUN, nextTotpCode, type AdminState } from './support/admin-account';
import { openBrowser, type BrowserSession } from './support/browser-session';
import { ExitPage } from './pages/exit.page';
import { HomePage } from './pages/home.page';
import { LoginPage } from './pages/login.page';
import { NetworkPage } from './pages/network.page';
import { ShellPage } from './pages/shell.page';
import { TotpPage } from './pages/totp.page';

const SECOND_ORG = { name: 'AMMAR Córdoba', countryCode: 'AR', level: 'national' } as const;

/** Polls until the old session cookie no longer opens a session on the server. */
async function expectSessionEnded(baseUrl: string, cookie: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  let status = 0;
  while (Date.now() < deadline) {
    status = (await fetch(`${baseUrl}/api/me`, { headers: { cookie } })).status;
    if (status === 401) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(status).toBe(401);
}

describe('sign-in, organization switcher and quick exit (b)', () => {
  let browser: BrowserSession;
  let admin: AdminState;

  beforeAll(async () => {
    admin = await ensureAdmin();
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function signInAsAdmin(): Promise<void> {
    const login = new LoginPage(browser.page);
    await login.waitVisible();
    await login.signIn(admin.username, admin.password);
    const totp = new TotpPage(browser.page);
    await totp.waitVisible();
    await totp.enterCode(await nextTotpCode(admin));
  }

  async function sessionCookie(): Promise<string> {
    const cookie = (await browser.context.cookies()).find((c) => c.name === '__Host-colectiva');
    if (!cookie) throw new Error('no session cookie');
    return `${cookie.name}=${cookie.value}`;
  }

  /** After leaving, Back must land on the sign-in page with no organization data on screen. */
  async function expectBackShowsNoData(): Promise<void> {
    await browser.page.goBack();
    expect(browser.page.url()).toMatch(/\/o\/[0-9a-f-]{36}(\/[a-z-]+)?$/); // an app page, not a blank one
    await new LoginPage(browser.page).waitVisible();
    const text = await new ShellPage(browser.page).bodyText();
    expect(text).not.toContain(FIRST_RUN.orgName);
    expect(text).not.toContain(SECOND_ORG.name);
    expect(text).not.toContain(FIRST_RUN.admin.displayName);
  }

  it('signs in with TOTP, switches organization, and leaves with the button and with Esc Esc', async () => {
    const { page, baseUrl } = browser;
    const shell = new ShellPage(page);
    const home = new HomePage(page);
    await page.goto(`${baseUrl}/`);
    await shell.chooseLanguage('es');
    await new LoginPage(page).waitVisible();
    await browser.snap('login');

    const login = new LoginPage(page);
    await login.signIn(admin.username, admin.password);
    const totp = new TotpPage(page);
    await totp.waitVisible();
    await browser.snap('totp');
    await totp.enterCode(await nextTotpCode(admin));
    await home.waitFor(FIRST_RUN.orgName);
    await browser.snap('home');

    // A second organization in the network, created on the network page with herself as its
    // administrator: the switcher offers it at once, without signing in again.
    const network = new NetworkPage(page);
    await network.open();
    await network.item(FIRST_RUN.orgName).waitFor();
    await network.openCreateForm();
    await network.fillOrganization(SECOND_ORG);
    await network.chooseExistingAdmin(admin.username);
    await browser.snap('network-new');
    const secondOrg = await network.submit();
    await network.waitForNotice(`Se creó «${SECOND_ORG.name}» y usted la administra`);
    await network
      .item(SECOND_ORG.name)
      .getByRole('link', { name: `Abrir «${SECOND_ORG.name}»` })
      .waitFor();
    await browser.snap('network-created');

    await shell.openOrgSwitcher();
    await browser.snap('org-switcher-open');
    await shell.chooseOrganization(SECOND_ORG.name);
    await home.waitFor(SECOND_ORG.name);
    expect(home.orgIdFromUrl()).toBe(secondOrg.id);
    expect(await shell.bodyText()).toContain('Argentina');

    // Quick exit with the button: neutral page, session ended on the server, Back shows nothing.
    const cookie = await sessionCookie();
    await shell.quickExitWithButton();
    await new ExitPage(page).waitVisible();
    expect(await page.title()).toBe(ExitPage.TITLE);
    expect(await shell.bodyText()).not.toMatch(/Colectiva|Agenda|Salir/);
    await browser.snap('quick-exit');
    await expectSessionEnded(baseUrl, cookie);
    await expectBackShowsNoData();

    // Again with the keyboard: Esc twice, from a page reached by navigation.
    await signInAsAdmin();
    await home.openOrganization(FIRST_RUN.orgName);
    await shell.navLink(es.nav.account).click();
    await shell.waitForHeading(es.account.title);
    const cookie2 = await sessionCookie();
    await shell.quickExitWithEscEsc();
    await new ExitPage(page).waitVisible();
    await expectSessionEnded(baseUrl, cookie2);
    await expectBackShowsNoData();

    expect(browser.foreignRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
