import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ensureAdmin, nextTotpCode, type AdminState } from './support/admin-account';
import { openBrowser, type BrowserSession } from './support/browser-session';
import { LoginPage } from './pages/login.page';
import { ShellPage } from './pages/shell.page';
import { SitesPage } from './pages/sites.page';
import { TotpPage } from './pages/totp.page';

describe('zones and sites at 360 px', () => {
  let browser: BrowserSession;
  let admin: AdminState;

  beforeAll(async () => {
    admin = await ensureAdmin();
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('builds the area path, creates a site, keeps estimate history with clear errors, files a zero return', async () => {
    const { page, baseUrl } = browser;
    await page.goto(`${baseUrl}/`);
    await new ShellPage(page).chooseLanguage('es');
    const login = new LoginPage(page);
    await login.waitVisible();
    await login.signIn(admin.username, admin.password);
    const totp = new TotpPage(page);
    await totp.waitVisible();
    await totp.enterCode(await nextTotpCode(admin));
    // Any organization the administrator lands on will do: she manages its sites.
    await page.waitForURL(/\/o\/[0-9a-f-]{36}/);

    const sites = new SitesPage(page);
    await sites.open();
    await sites.tab('areas');
    await sites.addCountry('PE');
    await sites.notice('Perú');
    await sites.addChildArea('province', 'Perú', 'Lima');
    await sites.addChildArea('municipality', 'Lima', 'Miraflores');
    await browser.snap('sites-areas');

    await sites.tab('sites');
    await sites.createSite({
      name: 'Parque Kennedy',
      area: 'Perú › Lima › Miraflores',
      typology: 'street',
      days: [es.sites.daysLong.fri, es.sites.daysLong.sat],
    });
    expect(await sites.item('Parque Kennedy').innerText()).toContain('Vie, Sáb');

    await sites.openSite('Parque Kennedy');
    await sites.addEstimate({ low: '30', point: '20', high: '40' });
    expect(await sites.estimateError(es.sites.estimates.low)).toBe(
      'Revise el campo «mínimo»: es demasiado grande (máximo 20)',
    );
    await sites.addEstimate({ low: '10', point: '20', high: '40' });
    await sites.notice(es.sites.estimates.saved);
    await sites.addEstimate({ low: '15', point: '25', high: '35' });
    await sites.notice(es.sites.estimates.saved);
    const history = page.getByRole('list', { name: es.sites.estimates.history });
    await expect.poll(async () => await history.getByRole('listitem').count()).toBe(2);
    await browser.snap('sites-estimates');

    await sites.tab('month');
    await sites.reportNothing('Parque Kennedy', /.+/);
    expect(await sites.item('Parque Kennedy').innerText()).toContain(
      es.sites.month.statuses.nothing_to_report,
    );
    await browser.snap('sites-month');
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
