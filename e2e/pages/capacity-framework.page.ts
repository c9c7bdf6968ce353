import type { Page } from 'playwright-core';
import es from '../../src/i18n/es.json';
import { ShellPage } from './shell.page';

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

const cf = es.capacityFramework;

/** The capacity framework browser and editor (`/o/:orgId/capacity-framework`). */
export class CapacityFrameworkPage {
  readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  async open(orgPath: string, baseUrl: string): Promise<void> {
    await this.page.goto(`${baseUrl}${orgPath}/capacity-framework`);
    await this.shell.waitForHeading(cf.nav);
    await this.page.locator('.cf-status__version').waitFor();
  }

  /** Unfolds a domain by its label. */
  async openDomain(label: string): Promise<void> {
    const summary = this.page.locator('summary.cf-domain__summary', { hasText: label });
    if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click();
  }

  /** Opens an item by (part of) its statement, showing its four levels. */
  async openItem(statement: string): Promise<void> {
    await this.page.locator('summary.cf-item__summary', { hasText: statement }).click();
  }

  /** Opens the form for a new item in a domain and fills it in (without sending it). */
  async startItem(
    domainLabel: string,
    item: { statement: string; levels: [string, string, string, string] },
  ) {
    await this.openDomain(domainLabel);
    await this.page.getByRole('button', { name: fill(cf.addItemTo, { domain: domainLabel }) }).click();
    const form = this.page.getByRole('form', { name: fill(cf.formTitleNew, { domain: domainLabel }) });
    await form.getByLabel(cf.statement, { exact: true }).fill(item.statement);
    const labels = [cf.level1, cf.level2, cf.level3, cf.level4];
    for (const [index, text] of item.levels.entries())
      await form.getByLabel(labels[index]!, { exact: true }).fill(text);
    return form;
  }

  async addItem(domainLabel: string, item: { statement: string; levels: [string, string, string, string] }) {
    const form = await this.startItem(domainLabel, item);
    await form.getByRole('button', { name: cf.create, exact: true }).click();
  }

  async toggleDomain(label: string, enable: boolean): Promise<void> {
    await this.openDomain(label);
    await this.page
      .getByRole('button', { name: fill(enable ? cf.enableDomain : cf.disableDomain, { domain: label }) })
      .click();
  }

  async notice(text: string): Promise<void> {
    await this.page
      .getByRole('status')
      .or(this.page.getByRole('alert'))
      .filter({ hasText: text })
      .first()
      .waitFor();
  }

  /** Picks a version in the version list by its number (the option's label also carries its date). */
  async chooseVersion(version: number): Promise<void> {
    const select = this.page.getByLabel(cf.versionLabel, { exact: true });
    const prefix = fill(cf.versionOption, { version });
    const labels = await select.locator('option').allTextContents();
    const label = labels.find((text) => text === prefix || text.startsWith(`${prefix} `));
    if (!label) throw new Error(`no option for version ${version}: ${labels.join(' | ')}`);
    await select.selectOption({ label });
  }
}

export { fill };
