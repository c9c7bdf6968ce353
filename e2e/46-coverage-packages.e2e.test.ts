import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import es from '../src/i18n/es.json';
import { ensureAdmin, type AdminState } from './support/admin-account';
import { signInAdmin } from './support/admin-sign-in';
import { openBrowser, type BrowserSession } from './support/browser-session';
import { ShellPage } from './pages/shell.page';

const p = es.coveragePackages;
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

describe('defined packages at 360 px', () => {
  let browser: BrowserSession;
  let admin: AdminState;

  beforeAll(async () => {
    admin = await ensureAdmin();
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the default package, defines a funder package and saves a changed rule as version 2', async () => {
    const { page, baseUrl } = browser;
    await signInAdmin(page, baseUrl, admin);
    const shell = new ShellPage(page);
    await shell.navLink(p.nav).click();
    await shell.waitForHeading(p.title);
    await expect
      .poll(async () => await page.getByText('Paquete mínimo', { exact: false }).count())
      .toBeGreaterThan(0);

    await page.getByRole('button', { name: p.new, exact: true }).click();
    const form = page.getByRole('form', { name: p.new });
    await form.getByLabel(p.name, { exact: true }).fill('Fondo Mundial KP-1c');
    await form.getByLabel(p.funderLabel, { exact: true }).fill('Fondo Mundial');
    await form.getByRole('group', { name: p.anyOf }).getByLabel(p.atoms.referral_hiv_test).check();
    await browser.snap('coverage-packages-form');
    await form.getByRole('button', { name: p.create, exact: true }).click();
    await page.getByText(fill(p.created, { name: 'Fondo Mundial KP-1c' })).waitFor();

    const edit = fill(p.editTitle, { name: 'Fondo Mundial KP-1c' });
    await page.getByRole('button', { name: edit, exact: true }).click();
    const editForm = page.getByRole('form', { name: edit });
    await editForm.getByLabel(p.minContacts, { exact: true }).fill('2');
    await editForm.getByRole('button', { name: es.common.save, exact: true }).click();
    await page.getByText(fill(p.savedVersion, { name: 'Fondo Mundial KP-1c', version: '2' })).waitFor();

    await page.getByRole('button', { name: fill(p.history_other, { count: '2' }), exact: true }).click();
    const history = page.getByRole('list', { name: fill(p.historyTitle, { name: 'Fondo Mundial KP-1c' }) });
    await expect.poll(async () => await history.locator(':scope > li').count()).toBe(2);
    await browser.snap('coverage-packages-history');
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.cspViolations).toEqual([]);
  });
});
