import type { Page } from 'playwright-core';
import es from '../../src/i18n/es.json';
import { ShellPage } from './shell.page';

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/** Zones and sites (`/o/:orgId/sites`): sites, the month's zero returns, and areas. */
export class SitesPage {
  readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  async open(): Promise<void> {
    await this.shell.navLink(es.sites.nav).click();
    await this.shell.waitForHeading(es.sites.title);
  }

  async tab(name: 'sites' | 'month' | 'areas'): Promise<void> {
    await this.page.getByRole('tab', { name: es.sites.tabs[name], exact: true }).click();
  }

  async addCountry(countryCode: string): Promise<void> {
    await this.page.getByRole('button', { name: es.sites.areas.newCountry, exact: true }).click();
    await this.page.getByLabel(es.sites.areas.country, { exact: true }).selectOption(countryCode);
    await this.page.getByRole('button', { name: es.sites.areas.create, exact: true }).click();
  }

  async addChildArea(level: 'province' | 'municipality', parent: string, name: string): Promise<void> {
    await this.page
      .getByRole('button', { name: fill(es.sites.areas.addIn[level], { name: parent }) })
      .click();
    await this.page.getByLabel(es.sites.areas.name, { exact: true }).fill(name);
    await this.page.getByRole('button', { name: es.sites.areas.create, exact: true }).click();
    await this.notice(fill(es.sites.areas.created, { name }));
  }

  async createSite(site: { name: string; area: string; typology: string; days: string[] }): Promise<void> {
    await this.page.getByRole('button', { name: es.sites.list.new, exact: true }).click();
    const form = this.page.getByRole('form', { name: es.sites.form.newTitle });
    await form.getByLabel(es.sites.form.name, { exact: true }).fill(site.name);
    await form.getByLabel(es.sites.form.area, { exact: true }).selectOption({ label: site.area });
    await form.getByLabel(es.sites.form.typology, { exact: true }).selectOption(site.typology);
    for (const day of site.days) await form.getByRole('checkbox', { name: day, exact: true }).check();
    await form.getByRole('button', { name: es.sites.form.create, exact: true }).click();
    await this.notice(fill(es.sites.list.created, { name: site.name }));
  }

  async openSite(name: string): Promise<void> {
    await this.page.getByRole('button', { name: fill(es.sites.list.open, { name }) }).click();
  }

  async addEstimate(values: { low: string; point: string; high: string }): Promise<void> {
    const add = this.page.getByRole('button', { name: es.sites.estimates.add, exact: true });
    if (await add.isVisible()) await add.click();
    const form = this.page.getByRole('form', { name: es.sites.estimates.add });
    await form.getByLabel(es.sites.estimates.low, { exact: true }).fill(values.low);
    await form.getByLabel(es.sites.estimates.point, { exact: true }).fill(values.point);
    await form.getByLabel(es.sites.estimates.high, { exact: true }).fill(values.high);
    await form.getByRole('button', { name: es.sites.estimates.save, exact: true }).click();
  }

  /** The message under a field of the estimate form (empty when there is none). */
  async estimateError(label: string): Promise<string> {
    const id = await this.page.getByLabel(label, { exact: true }).getAttribute('id');
    const error = this.page.locator(`[id="${id}-error"]`);
    await error.waitFor();
    return (await error.innerText()).trim();
  }

  async reportNothing(site: string, monthLabel: RegExp): Promise<void> {
    const prefix = fill(es.sites.month.reportFor, { name: site, month: '' });
    await this.page
      .getByRole('button', { name: new RegExp(`^${escape(prefix)}${monthLabel.source}`) })
      .click();
    await this.notice(fill(es.sites.month.reported, { name: site }));
  }

  async notice(text: string): Promise<void> {
    await this.page.getByRole('status').filter({ hasText: text }).first().waitFor();
  }

  item(name: string) {
    return this.page.getByRole('listitem').filter({ hasText: name }).first();
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
