import type { Page } from 'playwright-core';
import es from '../../src/i18n/es.json';

export interface FirstRunForm {
  networkName: string;
  orgName: string;
  level: 'regional' | 'national';
  admin: { displayName: string; username: string; password: string };
}

/** The first-run page opened from the address printed on the server console. */
export class SetupPage {
  constructor(readonly page: Page) {}

  async waitVisible(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: es.setup.title }).waitFor();
  }

  tokenField() {
    return this.page.getByLabel(es.setup.token);
  }

  async fill(form: FirstRunForm): Promise<void> {
    const page = this.page;
    await page.getByLabel(es.setup.networkName).fill(form.networkName);
    await page.getByLabel(es.setup.orgName).fill(form.orgName);
    await page.getByRole('radio', { name: new RegExp(`^${es.levels[form.level]}`) }).check();
    await page.getByLabel(es.setup.displayName).fill(form.admin.displayName);
    await page.getByLabel(es.setup.username).fill(form.admin.username);
    await page.getByLabel(es.password.new, { exact: true }).fill(form.admin.password);
    await page.getByLabel(es.password.confirm).fill(form.admin.password);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: es.setup.submit }).click();
  }
}
