import type { Page } from 'playwright-core';
import es from '../../src/i18n/es.json';
import { ShellPage } from './shell.page';

/** The organization's settings (`/o/:orgId/settings`): its name and country, for administrators. */
export class OrganizationSettingsPage {
  readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  async open(): Promise<void> {
    await this.shell.navLink(es.nav.settings).click();
    await this.shell.waitForHeading(es.nav.settings);
    await this.nameField().waitFor();
  }

  nameField() {
    return this.page.getByLabel(es.setup.orgName, { exact: true });
  }

  async fill(values: { name?: string; countryCode?: string | null }): Promise<void> {
    if (values.name !== undefined) await this.nameField().fill(values.name);
    if (values.countryCode !== undefined) {
      await this.page.getByLabel(es.setup.country, { exact: true }).selectOption(values.countryCode ?? '');
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: es.common.save, exact: true }).click();
  }

  /** The message under the name field (empty when there is none). */
  async nameError(): Promise<string> {
    const id = await this.nameField().getAttribute('id');
    const error = this.page.locator(`[id="${id}-error"]`);
    await error.waitFor();
    return (await error.innerText()).trim();
  }

  async waitForNotice(text: string): Promise<void> {
    await this.page.getByRole('status').filter({ hasText: text }).waitFor();
  }
}
