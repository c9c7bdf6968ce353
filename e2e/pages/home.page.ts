import type { Page } from 'playwright-core';
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

  orgIdFromUrl(): string {
    const match = this.page.url().match(/\/o\/([0-9a-f-]{36})/);
    if (!match) throw new Error(`not an organization page: ${this.page.url()}`);
    return match[1]!;
  }
}
