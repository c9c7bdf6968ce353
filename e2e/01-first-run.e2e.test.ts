import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FIRST_RUN, nextTotpCode, writeAdminState, type AdminState } from './support/admin-account';
import { openBrowser, type BrowserSession } from './support/browser-session';
import { HomePage } from './pages/home.page';
import { SetupPage } from './pages/setup.page';
import { ShellPage } from './pages/shell.page';
import { TotpSetupPage } from './pages/totp-setup.page';

describe('first run (a)', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sets up the network from the console address, turns on the admin second factor and opens home', async () => {
    const { page, baseUrl } = browser;
    await page.goto(`${baseUrl}/setup#token=${inject('setupToken')}`);
    const shell = new ShellPage(page);
    const setup = new SetupPage(page);
    await shell.chooseLanguage('es');
    await setup.waitVisible();

    // The one-time token was read from the fragment and removed from the address.
    expect(page.url()).toBe(`${baseUrl}/setup`);
    expect(await setup.tokenField().count()).toBe(0);

    await setup.fill({ ...FIRST_RUN, level: 'regional' });
    await browser.snap('extra-setup');
    await setup.submit();

    // Signed straight in; an administrator must turn on the second factor first.
    const totpSetup = new TotpSetupPage(page);
    await totpSetup.waitVisible();
    const admin: AdminState = {
      username: FIRST_RUN.admin.username,
      password: FIRST_RUN.admin.password,
      totpSecret: await totpSetup.readSecret(),
      lastStep: 0,
    };
    expect(admin.totpSecret).toMatch(/^[A-Z2-7]{32}$/);
    writeAdminState(admin);
    await browser.snap('extra-totp-setup');
    await totpSetup.confirm(await nextTotpCode(admin));

    const codes = await totpSetup.recoveryCodes();
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    await browser.snap('extra-recovery-codes');
    await totpSetup.finish();

    const home = new HomePage(page);
    await home.waitFor(FIRST_RUN.orgName);
    expect(await shell.bodyText()).toContain(FIRST_RUN.networkName);
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
