import type { Page } from 'playwright-core';
import es from '../../src/i18n/es.json';
import { ShellPage } from './shell.page';

/** An organization's start page (`/o/:orgId`): its heading is the organization's name. */
export class HomePage {
  readonly shell: ShellPage;

  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  async waitFor(orgName: string): Promise<void> {
    await this.shell.waitForHeading(orgName);
    await this.page.waitForURL(/\/o\/[0-9a-f-]{36}$/);
  }

  /**
   * Opens the start page of `orgName` from any page of the workspace. After sign-in the app shows the
   * address it was on, or else the first of the person's organizations (the server lists national
   * ones first), so this switches organization when needed.
   */
  async openOrganization(orgName: string): Promise<void> {
    await this.page.waitForURL(/\/o\/[0-9a-f-]{36}/);
    if ((await this.shell.currentOrgName()) === orgName) {
      await this.shell.navLink(es.nav.home).click();
    } else {
      await this.shell.openOrgSwitcher();
      await this.shell.chooseOrganization(orgName);
    }
    await this.waitFor(orgName);
  }

  orgIdFromUrl(): string {
    const match = this.page.url().match(/\/o\/([0-9a-f-]{36})/);
    if (!match) throw new Error(`not an organization page: ${this.page.url()}`);
    return match[1]!;
  }
}
