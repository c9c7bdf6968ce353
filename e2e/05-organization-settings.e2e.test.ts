import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ensureAdmin, FIRST_RUN, nextTotpCode, type AdminState } from './support/admin-account';
import { openBrowser, type BrowserSession } from './support/browser-session';
import { HomePage } from './pages/home.page';
import { LoginPage } from './pages/login.page';
import { OrganizationSettingsPage } from './pages/organization-settings.page';
import { ShellPage } from './pages/shell.page';
import { TotpPage } from './pages/totp.page';

const RENAMED = { name: 'Secretaría Regional Andina', countryCode: 'PE', countryName: 'Perú' } as const;

describe('organization settings (e)', () => {
  let browser: BrowserSession;
  let admin: AdminState;

  beforeAll(async () => {
    admin = await ensureAdmin();
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renames the organization, refuses an empty name, and the shell follows at once', async () => {
    const { page, baseUrl } = browser;
    const shell = new ShellPage(page);
    const home = new HomePage(page);
    await page.goto(`${baseUrl}/`);
    await shell.chooseLanguage('es');
    const login = new LoginPage(page);
    await login.waitVisible();
    await login.signIn(admin.username, admin.password);
    const totp = new TotpPage(page);
    await totp.waitVisible();
    await totp.enterCode(await nextTotpCode(admin));
    await home.openOrganization(FIRST_RUN.orgName);

    const settings = new OrganizationSettingsPage(page);
    await settings.open();
    expect(await settings.nameField().inputValue()).toBe(FIRST_RUN.orgName);

    await settings.fill({ name: '   ' });
    await settings.save();
    expect(await settings.nameError()).toBe('Revise el campo «nombre»: es obligatorio');
    await browser.snap('extra-settings-invalid');

    await settings.fill({ name: RENAMED.name, countryCode: RENAMED.countryCode });
    await settings.save();
    await settings.waitForNotice(`Se guardaron los datos de «${RENAMED.name}».`);
    await page.waitForFunction(
      (name) => document.querySelector('.org-switcher__name')?.textContent === name,
      RENAMED.name,
    );
    await browser.snap('settings-saved');

    await shell.navLink(es.nav.home).click();
    await home.waitFor(RENAMED.name);
    expect(await shell.bodyText()).toContain(RENAMED.countryName);

    // Back to the first-run name, which the other files expect.
    await settings.open();
    await settings.fill({ name: FIRST_RUN.orgName, countryCode: null });
    await settings.save();
    await settings.waitForNotice(`Se guardaron los datos de «${FIRST_RUN.orgName}».`);

    expect(browser.foreignRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
