import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ensureAdmin, FIRST_RUN, nextTotpCode, type AdminState } from './support/admin-account';
import { openBrowser, type BrowserSession } from './support/browser-session';
import { HomePage } from './pages/home.page';
import { LoginPage } from './pages/login.page';
import { NetworkPage } from './pages/network.page';
import { OrganizationSettingsPage } from './pages/organization-settings.page';
import { ShellPage } from './pages/shell.page';
import { TotpPage } from './pages/totp.page';

/** A string planted in encrypted notes: it must reach the screen, never browser storage. */
const PLANTED = 'nota-plantada-7f3a9c';

describe('nothing leaves the app’s origin, nothing stays on the device (d)', () => {
  let browser: BrowserSession;
  let admin: AdminState;

  beforeAll(async () => {
    admin = await ensureAdmin();
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('visits every screen of the workspace without a request to another origin', async () => {
    const { page, baseUrl } = browser;
    const shell = new ShellPage(page);
    await page.goto(`${baseUrl}/`);
    await shell.chooseLanguage('es');
    const login = new LoginPage(page);
    await login.waitVisible();
    await login.signIn(admin.username, admin.password);
    const totp = new TotpPage(page);
    await totp.waitVisible();
    await totp.enterCode(await nextTotpCode(admin));
    await new HomePage(page).openOrganization(FIRST_RUN.orgName);

    // Local groups: create one with notes, open it again (the notes are read one group at a time).
    await shell.navLink(es.nav.localGroups).click();
    await shell.waitForHeading(es.nav.localGroups);
    await page.getByRole('button', { name: es.localGroups.new }).click();
    await page.getByLabel(es.localGroups.name).fill('Ángel Azul');
    await page.getByLabel(es.localGroups.notes).fill(PLANTED);
    await page.getByRole('button', { name: es.localGroups.create }).click();
    await page.getByText('Se creó el grupo local «Ángel Azul».').waitFor();
    await page.getByRole('button', { name: 'Editar «Ángel Azul»' }).click();
    const notes = page.getByLabel(es.localGroups.notes);
    await notes.waitFor();
    expect(await notes.inputValue()).toBe(PLANTED);
    await browser.snap('extra-local-group-edit');
    await page.getByRole('button', { name: es.common.cancel }).click();

    // Team: the list, the new-account form and the manage panel of the coordinator (if any).
    await shell.navLink(es.nav.staff).click();
    await shell.waitForHeading(es.nav.staff);
    await page.getByText(FIRST_RUN.admin.displayName).first().waitFor();
    await page.getByRole('button', { name: es.staff.new }).click();
    await page.getByLabel(es.staff.temporaryPassword).waitFor();
    await browser.snap('extra-staff-new');
    await page.getByRole('button', { name: es.common.cancel }).click();

    // Audit log: the local group's creation and the read of its notes are there, without the notes.
    await shell.navLink(es.nav.audit).click();
    await shell.waitForHeading(es.nav.audit);
    await page.getByText(es.audit.actions.local_group_read).first().waitFor();
    await page.getByText(es.audit.actions.local_group_created).first().waitFor();
    expect(await shell.bodyText()).not.toContain(PLANTED);
    await browser.snap('extra-audit');

    // The network and the organization's settings.
    await new NetworkPage(page).open();
    await new OrganizationSettingsPage(page).open();

    // Own account pages.
    await shell.navLink(es.nav.account).click();
    await shell.waitForHeading(es.account.title);
    await page.getByRole('link', { name: new RegExp(es.sessions.title) }).click();
    await shell.waitForHeading(es.sessions.title);
    await page.getByText(es.sessions.current, { exact: true }).waitFor();
    await browser.snap('extra-sessions');
    await page.goto(`${baseUrl}/account/password`);
    await shell.waitForHeading(es.password.title);

    // Nothing but the language choice in storage; no API response in any cache (SECURITY.md S8).
    const stored = await page.evaluate(async () => {
      const cached: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) cached.push(request.url);
      }
      const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
      return {
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        databases: databases.length,
        cached,
      };
    });
    expect(stored.local).toEqual(['locale']);
    expect(stored.session).toEqual([]);
    expect(stored.databases).toBe(0);
    expect(stored.cached.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual([]);

    expect(browser.foreignRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
