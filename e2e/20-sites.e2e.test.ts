import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ensureAdmin, type AdminState } from './support/admin-account';
import { signInAdmin } from './support/admin-sign-in';
import { openBrowser, type BrowserSession } from './support/browser-session';
import { SitesPage } from './pages/sites.page';

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
    await signInAdmin(page, baseUrl, admin);

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
